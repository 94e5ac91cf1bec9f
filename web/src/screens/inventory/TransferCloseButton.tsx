import { Alert, App, Button, Checkbox, Form, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

/** Close a transfer: a received one as it is; one with goods still in transit only when they
 * are declared lost (the API's refusal is shown at that box). */
export function TransferCloseButton(props: { transferId: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: { declare_outstanding_lost?: boolean }) => {
    const done = await run(() =>
      inventory.POST("/transfers/{transfer_id}/close", {
        params: { path: { transfer_id: props.transferId } },
        body: { declare_outstanding_lost: !!v.declare_outstanding_lost },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(t("invTrCloseDone"));
    props.onDone();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`transfer-close-${props.transferId}`}>
        {t("invTrClose")}
      </Button>
      <Modal
        open={open}
        title={t("invTrClose")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "transfer-close-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="declare_outstanding_lost" valuePropName="checked">
            <Checkbox data-testid="transfer-close-lost">{t("invTrDeclareLost")}</Checkbox>
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
