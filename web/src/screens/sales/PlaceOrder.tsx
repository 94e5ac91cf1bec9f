import { Alert, App, Button, Card, Form, Input, Space } from "antd";
import { useState } from "react";
import { sales } from "../../api/client";
import type { components } from "../../api/sales";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { href } from "../../nav";

type Body = components["schemas"]["PlaceOrderBody"];
interface LineValues {
  sku?: string;
  warehouse?: string;
  quantity?: string;
  unit_price?: string;
}
interface Values {
  customer_id?: string;
  promised_on?: string;
  lines?: LineValues[];
}

/** Place a sales order: the sales API's validation messages (422) and refusals (409) are shown
 * at the fields (and order lines) they name. */
export function PlaceOrderScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [placed, setPlaced] = useState<string | null>(null);

  const submit = async (values: Values) => {
    const body = {
      customer_id: values.customer_id?.trim() ?? "",
      promised_on: values.promised_on?.trim() || null,
      lines: (values.lines ?? []).map((l) => ({
        sku: l.sku?.trim() ?? "",
        warehouse: l.warehouse?.trim() ?? "",
        quantity: l.quantity?.trim() ?? "",
        ...(l.unit_price?.trim() ? { unit_price: l.unit_price.trim() } : {}),
      })),
    } as unknown as Body; // the API, not the form, judges the values
    setPlaced(null);
    const answer = await run(() =>
      sales.POST("/orders", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }),
    );
    if (answer === undefined) return;
    const id = (answer as { id?: string }).id ?? "";
    message.success(`${t("saved")}: ${id}`);
    setPlaced(id);
    form.resetFields();
  };

  return (
    <Card title={t("placeOrder")} style={{ maxWidth: 900 }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ lines: [{}] }}
        data-testid="place-order-form"
      >
        <Form.Item name="customer_id" label={t("customer")}>
          <Input data-testid="order-customer" />
        </Form.Item>
        <Form.Item name="promised_on" label={`${t("promisedOn")} (YYYY-MM-DD)`}>
          <Input />
        </Form.Item>
        <Form.List name="lines">
          {(lines, { add, remove }) => (
            <>
              {lines.map(({ key, name }) => (
                <Space key={key} align="start" wrap data-testid={`order-line-${name}`}>
                  <Form.Item name={[name, "sku"]} label={t("sku")}>
                    <Input data-testid={`order-line-${name}-sku`} />
                  </Form.Item>
                  <Form.Item name={[name, "warehouse"]} label={t("warehouse")}>
                    <Input data-testid={`order-line-${name}-warehouse`} />
                  </Form.Item>
                  <Form.Item name={[name, "quantity"]} label={t("quantity")}>
                    <Input data-testid={`order-line-${name}-quantity`} />
                  </Form.Item>
                  <Form.Item name={[name, "unit_price"]} label={t("unitPrice")}>
                    <Input data-testid={`order-line-${name}-price`} />
                  </Form.Item>
                  {lines.length > 1 && (
                    <Button style={{ marginTop: 30 }} onClick={() => remove(name)}>
                      −
                    </Button>
                  )}
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({})}>{t("addLine")}</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} />}
        {placed && (
          <Alert
            type="success"
            style={{ marginBottom: 16 }}
            title={
              <a href={href("order", { id: placed })} data-testid="order-placed-link">
                {t("openOrder")}
              </a>
            }
          />
        )}
        <Button type="primary" htmlType="submit" data-testid="order-submit">
          {t("submit")}
        </Button>
      </Form>
    </Card>
  );
}
