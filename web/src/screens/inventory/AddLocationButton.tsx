import { Alert, App, Button, Checkbox, Form, Input, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { locationBody, type LocationValues } from "./masterForms";

/** Add a location (a bin, a shelf; a quarantine area) to a warehouse. */
export function AddLocationButton(props: { code: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: LocationValues) => {
    const done = await run(() =>
      inventory.POST("/warehouses/{code}/locations", {
        params: { path: { code: props.code } },
        body: locationBody(v),
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t("invWhLocationDone")} · ${props.code}`);
    props.onDone();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`warehouse-location-${props.code}`}>
        {t("invWhAddLocation")}
      </Button>
      <Modal
        open={open}
        title={`${t("invWhAddLocation")} · ${props.code}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "warehouse-location-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="location" label={t("invLocation")}>
            <Input data-testid="warehouse-location-code" />
          </Form.Item>
          <Form.Item name="name" label={t("name")}>
            <Input />
          </Form.Item>
          <Form.Item name="quarantine" valuePropName="checked">
            <Checkbox>{t("invWhQuarantine")}</Checkbox>
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
