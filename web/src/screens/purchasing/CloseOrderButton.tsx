import { Alert, App, Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { purchasing } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { optionalText } from "./orderForms";

/** Close an order: a received one as it is; one received in part is short-closed, and the API
 * asks why (its message at the reason). */
export function CloseOrderButton(props: { id: string; status: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: { reason?: string }) => {
    const done = await run(() =>
      purchasing.POST("/purchase-orders/{purchase_order_id}/close", {
        params: { path: { purchase_order_id: props.id } },
        body: { reason: optionalText(v.reason) },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(t("poCloseDone"));
    props.onDone();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="po-close">
        {t("poClose")}
      </Button>
      <Modal
        open={open}
        title={t("poClose")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "po-close-ok" } as never}
        destroyOnHidden
      >
        {props.status === "partially_received" && (
          <Typography.Paragraph type="warning">{t("poShortClose")}</Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="reason" label={t("reason")}>
            <Input data-testid="po-close-reason" />
          </Form.Item>
          {general && <Alert type="error" title={general} data-testid="po-close-error" />}
        </Form>
      </Modal>
    </>
  );
}
