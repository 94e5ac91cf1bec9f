import { Alert, App, Button, Card, Form, Input } from "antd";
import { purchasing } from "../../api/client";
import type { components } from "../../api/purchasing";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";

type Body = components["schemas"]["RegisterSupplierBody"];

/** Register a supplier; purchasing's messages (a taken code, a bad currency) at the fields. */
export function RegisterSupplierScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const submit = async (v: Record<string, string | undefined>) => {
    const body = {
      code: v.code?.trim() ?? "",
      name: v.name?.trim() ?? "",
      currency: v.currency?.trim() ?? "",
      ...(v.payment_terms_days?.trim() ? { payment_terms_days: v.payment_terms_days.trim() } : {}),
      ...(v.email?.trim() ? { email: v.email.trim() } : {}),
    } as unknown as Body; // the API judges the values
    const done = await run(() =>
      purchasing.POST("/suppliers", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }),
    );
    if (done === undefined) return;
    message.success(t("saved"));
    navigate("supplier", { id: (done as { id: string }).id });
  };
  return (
    <Card title={t("purRegisterSupplier")} style={{ maxWidth: 600 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ currency: "CNY" }} data-testid="register-supplier-form">
        <Form.Item name="code" label={t("purSupplierCode")}>
          <Input data-testid="supplier-code" />
        </Form.Item>
        <Form.Item name="name" label={t("name")}>
          <Input data-testid="supplier-name" />
        </Form.Item>
        <Form.Item name="currency" label={t("purCurrency")}>
          <Input data-testid="supplier-currency" />
        </Form.Item>
        <Form.Item name="payment_terms_days" label={t("purPaymentTerms")}>
          <Input placeholder="30" />
        </Form.Item>
        <Form.Item name="email" label={t("purEmail")}>
          <Input />
        </Form.Item>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" data-testid="supplier-submit">
          {t("submit")}
        </Button>
      </Form>
    </Card>
  );
}
