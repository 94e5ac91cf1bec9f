import { Alert, App, Button, Card, Form, Input, Select, Space } from "antd";
import { finance } from "../../api/client";
import type { components } from "../../api/finance";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

type Body = components["schemas"]["PaymentBody"];
interface Values {
  direction?: string;
  party_id?: string;
  amount?: string;
  currency?: string;
  paid_on?: string;
  cash_account?: string;
  reference?: string;
  allocations?: { invoice_id?: string; amount?: string }[];
}

/** The form's values as the API's body: trimmed, nothing judged (the API judges). */
export function paymentBody(values: Values): Body {
  return {
    direction: values.direction ?? "",
    party_id: values.party_id?.trim() ?? "",
    amount: values.amount?.trim() ?? "",
    currency: values.currency?.trim() ?? "",
    paid_on: values.paid_on?.trim() ?? "",
    cash_account: values.cash_account?.trim() ?? "",
    reference: values.reference?.trim() || null,
    allocations: (values.allocations ?? [])
      .filter((a) => a.invoice_id?.trim() || a.amount?.trim())
      .map((a) => ({ invoice_id: a.invoice_id?.trim() ?? "", amount: a.amount?.trim() ?? "" })),
  } as unknown as Body;
}

/** The form's first values: from the route when an open item's "Pay" link opened it. */
export function initialPayment(params: URLSearchParams): Values {
  const invoice = params.get("invoice");
  return {
    direction: params.get("direction") === "incoming" ? "incoming" : "outgoing",
    party_id: params.get("party") ?? undefined,
    amount: params.get("amount") ?? undefined,
    currency: params.get("currency") ?? "CNY",
    cash_account: "1002",
    allocations: invoice ? [{ invoice_id: invoice, amount: params.get("amount") ?? undefined }] : [],
  };
}

/** Record a payment to a supplier or a receipt from a customer, allocated to invoices; finance's
 * validation messages (422) and refusals (409) at the fields they name. */
export function RecordPaymentScreen({ params }: { params?: URLSearchParams }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();

  const submit = async (values: Values) => {
    const done = await run(() =>
      finance.POST("/payments", { body: paymentBody(values), headers: { "Idempotency-Key": crypto.randomUUID() } }),
    );
    if (done === undefined) return;
    message.success(`${t("saved")}: ${(done as { stream?: string }).stream ?? ""}`);
    form.resetFields();
  };

  return (
    <Card title={t("finRecordPayment")} style={{ maxWidth: 900 }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialPayment(params ?? new URLSearchParams())}
        data-testid="payment-form"
      >
        <Space wrap align="start">
          <Form.Item name="direction" label={t("finDirection")}>
            <Select
              style={{ width: 180 }}
              data-testid="payment-direction"
              options={[
                { value: "outgoing", label: t("finOutgoing") },
                { value: "incoming", label: t("finIncoming") },
              ]}
            />
          </Form.Item>
          <Form.Item name="party_id" label={t("finParty")}>
            <Input style={{ width: 340 }} data-testid="payment-party" />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="amount" label={t("finAmount")}>
            <Input data-testid="payment-amount" />
          </Form.Item>
          <Form.Item name="currency" label={t("finCurrency")}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="paid_on" label={`${t("finPaidOn")} (YYYY-MM-DD)`}>
            <Input data-testid="payment-paid-on" />
          </Form.Item>
          <Form.Item name="cash_account" label={t("finCashAccount")}>
            <Input style={{ width: 110 }} />
          </Form.Item>
        </Space>
        <Form.Item name="reference" label={t("finReference")}>
          <Input />
        </Form.Item>
        <Form.List name="allocations">
          {(rows, { add, remove }) => (
            <>
              {rows.map(({ key, name }) => (
                <Space key={key} align="start" wrap>
                  <Form.Item name={[name, "invoice_id"]} label={t("finInvoice")}>
                    <Input style={{ width: 340 }} data-testid={`payment-allocation-${name}-invoice`} />
                  </Form.Item>
                  <Form.Item name={[name, "amount"]} label={t("finAmount")}>
                    <Input data-testid={`payment-allocation-${name}-amount`} />
                  </Form.Item>
                  <Button style={{ marginTop: 30 }} onClick={() => remove(name)}>
                    −
                  </Button>
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({})} data-testid="payment-add-allocation">
                  {t("finAddAllocation")}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} data-testid="payment-general" />}
        <Button type="primary" htmlType="submit" data-testid="payment-submit">
          {t("submit")}
        </Button>
      </Form>
    </Card>
  );
}
