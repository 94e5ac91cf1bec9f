import { Alert, App, Button, Card, Form, Input, Space, Spin } from "antd";
import { useEffect, useState } from "react";
import { purchasing } from "../../api/client";
import type { components } from "../../api/purchasing";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { invoiceLines, type OrderView } from "./model";

type Body = components["schemas"]["RecordInvoiceBody"];
interface LineValues {
  line_no?: string | number;
  quantity?: string;
  unit_price?: string;
  tax_rate?: string;
}
interface Values {
  purchase_order_id?: string;
  invoice_number?: string;
  invoice_date?: string;
  lines?: LineValues[];
}

/** A supplier invoice entered against a purchase order: purchasing matches it at once (order,
 * receipts, invoice) and answers matched or held with the reason. The lines start as what was
 * accepted at the order's prices. */
export function EnterInvoiceScreen({ po }: { po?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  // entered against an order: its lines first, so nothing typed is overwritten when they arrive
  const [prefill, setPrefill] = useState<Values | null>(po ? null : { lines: [{}] });

  useEffect(() => {
    if (!po) return;
    setPrefill(null);
    void purchasing
      .GET("/purchase-orders/{purchase_order_id}", { params: { path: { purchase_order_id: po } } })
      .then(({ data }) => {
        const lines = data ? invoiceLines(data as unknown as OrderView) : [];
        setPrefill({ purchase_order_id: po, lines: lines.length ? lines : [{}] });
      });
  }, [po]);

  const submit = async (v: Values) => {
    const orderId = v.purchase_order_id?.trim() ?? "";
    const order = orderId
      ? ((await purchasing.GET("/purchase-orders/{purchase_order_id}", { params: { path: { purchase_order_id: orderId } } }))
          .data as unknown as OrderView | undefined)
      : undefined;
    const body = {
      supplier_id: order?.supplier_id ?? "",
      purchase_order_id: orderId,
      invoice_number: v.invoice_number?.trim() ?? "",
      ...(v.invoice_date?.trim() ? { invoice_date: v.invoice_date.trim() } : {}),
      lines: (v.lines ?? []).map((l) => ({
        line_no: String(l.line_no ?? "").trim(),
        quantity: l.quantity?.trim() ?? "",
        unit_price: l.unit_price?.trim() ?? "",
        ...(l.tax_rate?.trim() ? { tax_rate: l.tax_rate.trim() } : {}),
      })),
    } as unknown as Body; // the API judges the values
    const done = await run(() =>
      purchasing.POST("/supplier-invoices", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }),
    );
    if (done === undefined) return;
    const answer = done as { status: string; hold_reason: string | null };
    message.info(`${answer.status}${answer.hold_reason ? `: ${answer.hold_reason}` : ""}`);
    navigate("supplier-invoices", { po: orderId });
  };

  return (
    <Card title={t("purEnterInvoice")} style={{ maxWidth: 900 }}>
      {prefill === null ? (
        <Spin data-testid="invoice-loading" />
      ) : (
        <Form key={po ?? ""} form={form} layout="vertical" onFinish={submit} initialValues={prefill} data-testid="invoice-form">
          <Form.Item name="purchase_order_id" label={t("purPoId")}>
            <Input data-testid="invoice-po" />
          </Form.Item>
          <Form.Item name="invoice_number" label={t("purInvoiceNo")}>
            <Input data-testid="invoice-number" />
          </Form.Item>
          <Form.Item name="invoice_date" label={`${t("purInvoiceDate")} (YYYY-MM-DD)`}>
            <Input />
          </Form.Item>
          <Form.List name="lines">
            {(lines, { add, remove }) => (
              <>
                {lines.map(({ key, name }) => (
                  <Space key={key} align="start" wrap>
                    <Form.Item name={[name, "line_no"]} label={t("line")}>
                      <Input style={{ width: 70 }} />
                    </Form.Item>
                    <Form.Item name={[name, "quantity"]} label={t("quantity")}>
                      <Input style={{ width: 120 }} data-testid={`invoice-line-${name}-quantity`} />
                    </Form.Item>
                    <Form.Item name={[name, "unit_price"]} label={t("purPrice")}>
                      <Input style={{ width: 120 }} data-testid={`invoice-line-${name}-price`} />
                    </Form.Item>
                    <Form.Item name={[name, "tax_rate"]} label={t("purTaxRate")}>
                      <Input style={{ width: 110 }} />
                    </Form.Item>
                    {lines.length > 1 && (
                      <Button style={{ marginTop: 30 }} onClick={() => remove(name)}>
                        −
                      </Button>
                    )}
                  </Space>
                ))}
                <Form.Item>
                  <Button onClick={() => add({})}>+</Button>
                </Form.Item>
              </>
            )}
          </Form.List>
          {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" data-testid="invoice-submit">
            {t("submit")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
