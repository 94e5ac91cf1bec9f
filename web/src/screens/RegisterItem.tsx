import { Alert, App, Button, Card, Checkbox, Form, Input } from "antd";
import { useState } from "react";
import { inventory } from "../api/client";
import type { components } from "../api/inventory";
import { fieldErrors, type Problem } from "../api/problems";
import { useT } from "../i18n";

type Body = components["schemas"]["RegisterItemBody"];
const FIELDS: (keyof Body)[] = ["sku", "name", "unit", "category", "barcode", "lot_tracked"];

/** Register an item: the form checks nothing itself, the inventory API does, and its
 * validation messages (422) or refusal (409) are shown at the fields they name. */
export function RegisterItemScreen() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Body>();
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async (values: Body) => {
    setGeneral(null);
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
    const body: Body = {
      sku: values.sku ?? "",
      name: values.name ?? "",
      unit: values.unit ?? "",
      category: values.category || null,
      barcode: values.barcode || null,
      lot_tracked: values.lot_tracked ?? false,
    };
    const { data, error } = await inventory.POST("/items", {
      body,
      headers: { "Idempotency-Key": crypto.randomUUID() },
    });
    if (error) {
      const problem = error as Problem;
      const byField = fieldErrors(problem);
      const known = Object.entries(byField)
        .map(([f, errors]) => [f.replace(/^body\./, ""), errors] as const)
        .filter(([f]) => (FIELDS as string[]).includes(f));
      form.setFields(known.map(([name, errors]) => ({ name: name as keyof Body, errors })));
      if (!known.length) setGeneral(problem.detail ?? problem.title ?? "error");
      return;
    }
    if (data) {
      message.success(`${t("saved")}: ${body.sku}`);
      form.resetFields();
    }
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
