import { Alert, App, Button, Checkbox, Form, Input, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

type Warehouse = components["schemas"]["WarehouseSummary"];

/** Edit a warehouse's name and whether its stock may go below zero (an admin). */
export function WarehouseEditButton(props: { warehouse: Warehouse; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const { warehouse } = props;
  const start = () => {
    setOpen(true);
  };
  const submit = async (v: { name?: string; allow_negative_on_hand?: boolean }) => {
    const done = await run(() =>
      inventory.POST("/warehouses/{code}/update", {
        params: { path: { code: warehouse.code } },
        body: { name: (v.name ?? "").trim(), allow_negative_on_hand: !!v.allow_negative_on_hand },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t("invWhEditDone")} · ${warehouse.code}`);
    props.onDone();
  };
  return (
    <>
      <Button size="small" onClick={start} data-testid={`warehouse-edit-${warehouse.code}`}>
        {t("invWhEdit")}
      </Button>
      <Modal
        open={open}
        title={`${t("invWhEdit")} · ${warehouse.code}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "warehouse-edit-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: warehouse.name, allow_negative_on_hand: warehouse.allow_negative_on_hand }}>
          <Form.Item name="name" label={t("name")}>
            <Input />
          </Form.Item>
          <Form.Item name="allow_negative_on_hand" valuePropName="checked">
            <Checkbox>{t("invNegativeAllowed")}</Checkbox>
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
