import { Alert, App, Button, Checkbox, Form, Input, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { itemUpdateBody, type ItemValues } from "./masterForms";

type Item = components["schemas"]["ItemView"];

/** Edit an item's name, unit, category, barcode and lot tracking. */
export function ItemEditButton(props: { item: Item; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const { item } = props;
  const start = () => {
    setOpen(true);
  };
  const submit = async (v: ItemValues) => {
    const done = await run(() =>
      inventory.POST("/items/{sku}/update", {
        params: { path: { sku: item.sku } },
        body: itemUpdateBody(v),
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t("invItemEditDone")} · ${item.sku}`);
    props.onDone();
  };
  return (
    <>
      <Button size="small" onClick={start} data-testid={`item-edit-${item.sku}`}>
        {t("invItemEdit")}
      </Button>
      <Modal
        open={open}
        title={`${t("invItemEdit")} · ${item.sku}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "item-edit-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: item.name, unit: item.unit, category: item.category ?? "", barcode: item.barcode ?? "", lot_tracked: item.lot_tracked }}>
          <Form.Item name="name" label={t("name")}>
            <Input data-testid="item-edit-name" />
          </Form.Item>
          <Form.Item name="unit" label={t("unit")}>
            <Input />
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
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
