import { Alert, App, Button, Checkbox, Form, Input, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { can } from "./roles";

type Body = components["schemas"]["RegisterWarehouseBody"];

export interface NewWarehouseValues {
  code?: string;
  name?: string;
  allow_negative_on_hand?: boolean;
}

/** The form's values -> inventory's RegisterWarehouseBody (trimmed; the API judges them). */
export function newWarehouseBody(v: NewWarehouseValues): Body {
  return { code: v.code?.trim() ?? "", name: v.name?.trim() ?? "", allow_negative_on_hand: v.allow_negative_on_hand === true };
}

/** "Register a warehouse" (admins): inventory's messages at the fields. */
export function NewWarehouseButton(props: { onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  if (!can("admin")) return null;
  const submit = async (values: NewWarehouseValues) => {
    const body = newWarehouseBody(values);
    const done = await run(() => inventory.POST("/warehouses", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }));
    if (done === undefined) return;
    message.success(`${t("whNewRegistered")}: ${body.code}`);
    setOpen(false);
    form.resetFields();
    props.onDone();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="wh-new-open">
        {t("whNewTitle")}
      </Button>
      <Modal
        open={open}
        title={t("whNewTitle")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t("whNewSubmit")}
        okButtonProps={{ "data-testid": "wh-new-submit" } as never}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} data-testid="wh-new-form">
          <Form.Item name="code" label={t("invCode")}>
            <Input data-testid="wh-new-code" />
          </Form.Item>
          <Form.Item name="name" label={t("name")}>
            <Input data-testid="wh-new-name" />
          </Form.Item>
          <Form.Item name="allow_negative_on_hand" valuePropName="checked">
            <Checkbox data-testid="wh-new-negative">{t("whNewAllowNegative")}</Checkbox>
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
