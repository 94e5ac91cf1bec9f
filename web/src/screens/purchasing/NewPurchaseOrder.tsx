import { Alert, App, Button, Card, DatePicker, Form, Input, Space } from "antd";
import { purchasing } from "../../api/client";
import type { components } from "../../api/purchasing";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { ItemPicker } from "./ItemPicker";
import { newOrderBody, type NewOrderValues } from "./newOrder";
import { SupplierPicker } from "./SupplierPicker";
import { WarehousePicker } from "./WarehousePicker";

type Body = components["schemas"]["CreatePurchaseOrderBody"];

/** A purchase order from scratch (not from a plan's suggestion): an active supplier, its
 * currency, and lines of items from the item master; purchasing's messages at the fields and
 * lines they name (`lines.0.quantity`). On success, the new order's page.
 * (Its lines editor is its own: the sales order form types SKUs, this one picks items.) */
export function NewPurchaseOrderScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const submit = async (values: NewOrderValues) => {
    const body = newOrderBody(values) as unknown as Body; // the API judges the values
    const done = await run(() =>
      purchasing.POST("/purchase-orders", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }),
    );
    if (done === undefined) return;
    const id = (done as { id: string }).id;
    message.success(t("poNewCreated"));
    navigate("purchase-order", { id });
  };
  return (
    <Card title={t("poNewTitle")} style={{ maxWidth: 1100 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ lines: [{}] }} data-testid="po-new-form">
        <Space align="start" wrap>
          <Form.Item name="supplier_id" label={t("purSupplier")}>
            <SupplierPicker
              testid="po-new-supplier"
              activeOnly
              onPicked={(s) => s && form.setFieldValue("currency", s.currency)}
            />
          </Form.Item>
          <Form.Item name="currency" label={t("purCurrency")}>
            <Input style={{ width: 90 }} data-testid="po-new-currency" />
          </Form.Item>
        </Space>
        <Form.List name="lines">
          {(lines, { add, remove }) => (
            <>
              {lines.map(({ key, name }) => (
                <Space key={key} align="start" wrap data-testid={`po-new-line-${name}`}>
                  <Form.Item name={[name, "sku"]} label={t("poNewItem")}>
                    <ItemPicker
                      testid={`po-new-line-${name}-sku`}
                      onPicked={(item) => item && form.setFieldValue(["lines", name, "unit"], item.unit)}
                    />
                  </Form.Item>
                  <Form.Item name={[name, "unit"]} label={t("poNewUnit")}>
                    <Input style={{ width: 70 }} data-testid={`po-new-line-${name}-unit`} />
                  </Form.Item>
                  <Form.Item name={[name, "quantity"]} label={t("poNewQuantity")}>
                    <Input style={{ width: 100 }} data-testid={`po-new-line-${name}-quantity`} />
                  </Form.Item>
                  <Form.Item name={[name, "unit_price"]} label={t("poNewUnitPrice")}>
                    <Input style={{ width: 100 }} data-testid={`po-new-line-${name}-price`} />
                  </Form.Item>
                  <Form.Item name={[name, "warehouse"]} label={t("poNewWarehouse")}>
                    <WarehousePicker testid={`po-new-line-${name}-warehouse`} />
                  </Form.Item>
                  <Form.Item name={[name, "expected_date"]} label={t("purExpectedDate")}>
                    <DatePicker data-testid={`po-new-line-${name}-date`} />
                  </Form.Item>
                  {lines.length > 1 && (
                    <Button style={{ marginTop: 30 }} onClick={() => remove(name)} data-testid={`po-new-line-${name}-remove`}>
                      −
                    </Button>
                  )}
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({})} data-testid="po-new-add-line">
                  {t("poNewAddLine")}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" data-testid="po-new-submit">
          {t("poNewSubmit")}
        </Button>
      </Form>
    </Card>
  );
}
