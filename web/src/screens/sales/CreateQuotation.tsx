import { Alert, Button, Card, Form, Input, Space } from "antd";
import { sales } from "../../api/client";
import type { components } from "../../api/sales";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { idempotent, trimmed } from "./common";

type Body = components["schemas"]["CreateQuotationBody"];
interface Values {
  customer_id?: string;
  valid_until?: string;
  lines?: Record<string, string | undefined>[];
}

/** A quotation with priced lines (a price left out comes from the price list); the API's
 * messages at the fields and lines they name. */
export function CreateQuotationScreen() {
  const t = useT();
  const { form, general, run } = useCommandForm();

  const submit = async (values: Values) => {
    const body = {
      customer_id: values.customer_id?.trim() ?? "",
      valid_until: values.valid_until?.trim() ?? "",
      lines: (values.lines ?? []).map((l) => trimmed(l)),
    } as unknown as Body; // the API, not the form, judges the values
    const made = await run(() => sales.POST("/quotations", { body, headers: idempotent() }));
    if (made !== undefined) navigate("quotation", { id: (made as { id: string }).id });
  };

  return (
    <Card title={t("createQuotation")} style={{ maxWidth: 1000 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ lines: [{}] }} data-testid="quotation-form">
        <Form.Item name="customer_id" label={t("customer")}>
          <Input data-testid="quotation-customer" />
        </Form.Item>
        <Form.Item name="valid_until" label={`${t("slValidUntil")} (YYYY-MM-DD)`}>
          <Input data-testid="quotation-valid-until" />
        </Form.Item>
        <Form.List name="lines">
          {(lines, { add, remove }) => (
            <>
              {lines.map(({ key, name }) => (
                <Space key={key} align="start" wrap>
                  <Form.Item name={[name, "sku"]} label={t("sku")}>
                    <Input data-testid={`quotation-line-${name}-sku`} />
                  </Form.Item>
                  <Form.Item name={[name, "warehouse"]} label={t("warehouse")}>
                    <Input data-testid={`quotation-line-${name}-warehouse`} />
                  </Form.Item>
                  <Form.Item name={[name, "quantity"]} label={t("quantity")}>
                    <Input data-testid={`quotation-line-${name}-quantity`} />
                  </Form.Item>
                  <Form.Item name={[name, "unit_price"]} label={t("unitPrice")}>
                    <Input placeholder={t("fromPriceList")} data-testid={`quotation-line-${name}-price`} />
                  </Form.Item>
                  <Form.Item name={[name, "discount_percent"]} label={t("discountFraction")}>
                    <Input placeholder="0.05" />
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
        <Button type="primary" htmlType="submit" data-testid="quotation-submit">
          {t("submit")}
        </Button>
      </Form>
    </Card>
  );
}
