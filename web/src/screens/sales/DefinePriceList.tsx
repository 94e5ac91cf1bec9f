import { Alert, Button, Card, Form, Input, Space } from "antd";
import { sales } from "../../api/client";
import type { components } from "../../api/sales";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { idempotent } from "./common";
import { PriceLines } from "./PriceLines";
import { priceListBody, type PriceListValues } from "./priceLists";

type Body = components["schemas"]["DefinePriceListBody"];

/** A new price list for a customer group in a currency, with its prices (quantity breaks);
 * the API's messages at the fields and price lines they name. */
export function DefinePriceListScreen() {
  const t = useT();
  const { form, general, run } = useCommandForm();

  const submit = async (values: PriceListValues) => {
    const body = priceListBody(values) as unknown as Body; // the API, not the form, judges the values
    const made = await run(() => sales.POST("/price-lists", { body, headers: idempotent() }));
    if (made !== undefined) navigate("price-list", { id: (made as { id: string }).id });
  };

  return (
    <Card title={t("slDefinePriceList")} style={{ maxWidth: 900 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ prices: [{}] }} data-testid="price-list-form">
        <Space wrap>
          <Form.Item name="code" label={t("slPriceListCode")}>
            <Input data-testid="price-list-code" />
          </Form.Item>
          <Form.Item name="customer_group" label={t("slCustomerGroup")}>
            <Input data-testid="price-list-group" />
          </Form.Item>
          <Form.Item name="currency" label={t("slCurrency")}>
            <Input placeholder="CNY" data-testid="price-list-currency" />
          </Form.Item>
          <Form.Item name="valid_from" label={`${t("slValidFrom")} (YYYY-MM-DD)`}>
            <Input data-testid="price-list-valid-from" />
          </Form.Item>
          <Form.Item name="valid_until" label={`${t("slValidUntil")} (YYYY-MM-DD)`}>
            <Input data-testid="price-list-valid-until" />
          </Form.Item>
        </Space>
        <PriceLines testid="price-list-line" />
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" data-testid="price-list-submit">
          {t("submit")}
        </Button>
      </Form>
    </Card>
  );
}
