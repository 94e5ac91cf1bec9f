import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { purchasing } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { optionalText } from "./orderForms";

/** Send an approved order to its supplier, saying where it went (an address, a portal). */
export function SendOrderButton(props: { id: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: { sent_to?: string }) => {
    const done = await run(() =>
      purchasing.POST("/purchase-orders/{purchase_order_id}/send", {
        params: { path: { purchase_order_id: props.id } },
        body: { sent_to: optionalText(v.sent_to) },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(t("poSendDone"));
    props.onDone();
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="po-send">
        {t("poSend")}
      </Button>
      <Modal
        open={open}
        title={t("poSend")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "po-send-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="sent_to" label={t("poSentTo")}>
            <Input data-testid="po-send-to" />
          </Form.Item>
          {general && <Alert type="error" title={general} data-testid="po-send-error" />}
        </Form>
      </Modal>
    </>
  );
}
