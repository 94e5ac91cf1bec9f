import { Alert, App, Button, Card, Checkbox, Form, Input } from "antd";
import { inventory } from "../api/client";
import type { components } from "../api/inventory";
import { useCommandForm } from "../components/useCommandForm";
import { useT } from "../i18n";

type Body = components["schemas"]["RegisterItemBody"];

/** Register an item: the form checks nothing itself, the inventory API does, and its
 * validation messages (422) or refusal (409) are shown at the fields they name. */
export function RegisterItemScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();

  const submit = async (values: Partial<Body>) => {
    const body: Body = {
      sku: values.sku ?? "",
      name: values.name ?? "",
      unit: values.unit ?? "",
      category: values.category || null,
      barcode: values.barcode || null,
      lot_tracked: values.lot_tracked ?? false,
    };
    const registered = await run(() =>
      inventory.POST("/items", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }),
    );
    if (registered === undefined) return;
    message.success(`${t("saved")}: ${body.sku}`);
    form.resetFields();
  };

  return (
    <Card title={t("registerItem")} style={{ maxWidth: 560 }}>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="register-item-form">
        <Form.Item name="sku" label={t("sku")}>
          <Input data-testid="item-sku" />
        </Form.Item>
        <Form.Item name="name" label={t("name")}>
          <Input data-testid="item-name" />
        </Form.Item>
        <Form.Item name="unit" label={t("unit")}>
          <Input data-testid="item-unit" />
        </Form.Item>
        <Form.Item name="category" label={t("category")}>
          <Input />
        </Form.Item>
        <Form.Item name="barcode" label={t("barcode")}>
          <Input />
        </Form.Item>
        <Form.Item name="lot_tracked" valuePropName="checked">
          <Checkbox>{t("lotTracked")}</Checkbox>
        </Form.Item>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" data-testid="item-submit">
          {t("submit")}
        </Button>
      </Form>
    </Card>
  );
}
