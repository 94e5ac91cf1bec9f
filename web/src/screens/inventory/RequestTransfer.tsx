import { Alert, Button, Card, Form, Input, Space } from "antd";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

type Body = components["schemas"]["RequestBody"];
interface Values {
  from_warehouse?: string;
  to_warehouse?: string;
  note?: string;
  lines?: { sku?: string; quantity?: string; unit?: string }[];
}

/** Request a transfer: the API judges; its messages are shown at the fields (lines.0.sku…). */
export function RequestTransfer({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { form, general, run } = useCommandForm();
  const submit = async (v: Values) => {
    const body: Body = {
      from_warehouse: v.from_warehouse ?? "",
      to_warehouse: v.to_warehouse ?? "",
      note: v.note || null,
      lines: (v.lines ?? []).map((l) => ({ sku: l.sku ?? "", quantity: l.quantity ?? "", unit: l.unit ?? "" })),
    };
    const made = await run(() => inventory.POST("/transfers", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }));
    if (made === undefined) return;
    form.resetFields();
    onDone();
  };
  return (
    <Card title={t("invRequestTransfer")} size="small" style={{ marginTop: 16, maxWidth: 720 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ lines: [{}] }} data-testid="transfer-form">
        <Space wrap>
          <Form.Item name="from_warehouse" label={t("invFrom")}>
            <Input />
          </Form.Item>
          <Form.Item name="to_warehouse" label={t("invTo")}>
            <Input />
          </Form.Item>
          <Form.Item name="note" label={t("invNote")}>
            <Input />
          </Form.Item>
        </Space>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap>
                  <Form.Item name={[f.name, "sku"]} label={t("sku")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, "quantity"]} label={t("quantity")}>
                    <Input inputMode="decimal" />
                  </Form.Item>
                  <Form.Item name={[f.name, "unit"]} label={t("unit")}>
                    <Input />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>−</Button>
                </Space>
              ))}
              <Button onClick={() => add({})}>+ {t("line")}</Button>
            </>
          )}
        </Form.List>
        {general && <Alert type="error" title={general} style={{ margin: "12px 0" }} />}
        <div style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit">
            {t("submit")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
