// The prices of a price list in a form: SKU, from quantity (blank: the base price), unit price.
import { Button, Form, Input, Space } from "antd";
import { useT } from "../../i18n";

export function PriceLines({ testid }: { testid: string }) {
  const t = useT();
  return (
    <Form.List name="prices">
      {(lines, { add, remove }) => (
        <>
          {lines.map(({ key, name }) => (
            <Space key={key} align="start" wrap>
              <Form.Item name={[name, "sku"]} label={t("sku")}>
                <Input data-testid={`${testid}-${name}-sku`} />
              </Form.Item>
              <Form.Item name={[name, "min_quantity"]} label={t("slFromQuantity")}>
                <Input placeholder="0" data-testid={`${testid}-${name}-min`} />
              </Form.Item>
              <Form.Item name={[name, "unit_price"]} label={t("unitPrice")}>
                <Input data-testid={`${testid}-${name}-price`} />
              </Form.Item>
              {lines.length > 1 && (
                <Button style={{ marginTop: 30 }} onClick={() => remove(name)} data-testid={`${testid}-${name}-remove`}>
                  −
                </Button>
              )}
            </Space>
          ))}
          <Form.Item>
            <Button onClick={() => add({})} data-testid={`${testid}-add`}>
              {t("slAddPrice")}
            </Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
