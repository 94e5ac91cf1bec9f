import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

/** Cancel a transfer not yet dispatched, with the reason. */
export function TransferCancelButton(props: { transferId: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: { reason?: string }) => {
    const done = await run(() =>
      inventory.POST("/transfers/{transfer_id}/cancel", {
        params: { path: { transfer_id: props.transferId } },
        body: { reason: v.reason?.trim() ?? "" },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(t("invTrCancelDone"));
    props.onDone();
  };
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid={`transfer-cancel-${props.transferId}`}>
        {t("invTrCancel")}
      </Button>
      <Modal
        open={open}
        title={t("invTrCancel")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "transfer-cancel-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="reason" label={t("reason")}>
            <Input data-testid="transfer-cancel-reason" />
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
