import { Alert, App, Button, Card, Form, Input, Space, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { inventory, purchasing } from "../../api/client";
import type { components } from "../../api/purchasing";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { type OrderView, poNumber, receiptBody, type ReceiptLineValues, receiptLines } from "./model";

type Body = components["schemas"]["GoodsReceiptBody"];

/** A goods receipt with inspection against a purchase order: per line the accepted and the
 * rejected quantity with the reason, and the lot where inventory tracks the item by lot.
 * Purchasing's messages are shown at the line and field they name. */
export function ReceiveScreen({ id }: { id: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [order, setOrder] = useState<OrderView | null>(null);
  const [lotTracked, setLotTracked] = useState<Record<string, boolean>>({});

  useEffect(() => {
    void purchasing
      .GET("/purchase-orders/{purchase_order_id}", { params: { path: { purchase_order_id: id } } })
      .then(async ({ data }) => {
        const found = (data ?? null) as unknown as OrderView | null;
        setOrder(found);
        if (!found) return;
        form.setFieldsValue({ lines: receiptLines(found) });
        const tracked: Record<string, boolean> = {};
        for (const sku of new Set(found.lines.map((l) => l.sku))) {
          const item = await inventory.GET("/items/{sku}", { params: { path: { sku } } });
          tracked[sku] = !!(item.data as { lot_tracked?: boolean } | undefined)?.lot_tracked;
        }
        setLotTracked(tracked);
      });
  }, [id, form]);

  const submit = async (v: { lines?: ReceiptLineValues[] }) => {
    const body = receiptBody(v.lines ?? []) as unknown as Body; // the API judges the values
    const done = await run(() =>
      purchasing.POST("/purchase-orders/{purchase_order_id}/receipts", {
        params: { path: { purchase_order_id: id } },
        body,
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    message.success(t("saved"));
    navigate("purchase-order", { id });
  };

  if (!order) return null;
  const lineOf = (no: number) => order.lines.find((l) => l.line_no === no);
  return (
    <Card
      title={
        <span data-testid="receipt-title">
          {`${t("purReceiveAgainst")} ${poNumber(order.po_no) || order.purchase_order_id}`}
          {order.supplier_name && ` · ${order.supplier_name}`}
        </span>
      }
      style={{ maxWidth: 1100 }}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="receipt-form">
        <Form.List name="lines">
          {(lines) =>
            lines.map(({ key, name }) => {
              const l = lineOf(form.getFieldValue(["lines", name, "line_no"]) as number);
              return (
                <Space key={key} align="start" wrap data-testid={`receipt-line-${name}`}>
                  <Form.Item name={[name, "line_no"]} hidden>
                    <Input />
                  </Form.Item>
                  <Typography.Text style={{ display: "inline-block", width: 220, marginTop: 30 }}>
                    {l && `#${l.line_no} ${l.sku} @ ${l.warehouse_name ?? l.warehouse} · ${t("purOutstanding")} ${l.outstanding} ${l.unit}`}{" "}
                    {l && lotTracked[l.sku] && <Tag>{t("purLotTracked")}</Tag>}
                  </Typography.Text>
                  <Form.Item name={[name, "quantity_accepted"]} label={t("purQtyAccepted")}>
                    <Input style={{ width: 110 }} data-testid={`receipt-line-${name}-accepted`} />
                  </Form.Item>
                  <Form.Item name={[name, "quantity_rejected"]} label={t("purQtyRejected")}>
                    <Input style={{ width: 110 }} data-testid={`receipt-line-${name}-rejected`} />
                  </Form.Item>
                  <Form.Item name={[name, "rejection_reason"]} label={t("purRejectReason")}>
                    <Input style={{ width: 200 }} data-testid={`receipt-line-${name}-reason`} />
                  </Form.Item>
                  {l && lotTracked[l.sku] && (
                    <Form.Item name={[name, "lot"]} label={t("purLot")}>
                      <Input style={{ width: 130 }} data-testid={`receipt-line-${name}-lot`} />
                    </Form.Item>
                  )}
                </Space>
              );
            })
          }
        </Form.List>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} data-testid="receipt-error" />}
        <Button type="primary" htmlType="submit" data-testid="receipt-submit">
          {t("purRecordReceipt")}
        </Button>
      </Form>
    </Card>
  );
}
