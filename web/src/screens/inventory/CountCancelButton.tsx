import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

/** Cancel an open stock count (counted in error, the wrong scope): nothing it counted is
 * posted; the reason is kept with it. */
export function CountCancelButton(props: { countId: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: { reason?: string }) => {
    const reason = v.reason?.trim();
    const done = await run(() =>
      inventory.POST("/stock-counts/{count_id}/cancel", {
        params: { path: { count_id: props.countId } },
        body: reason ? { reason } : {},
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    void message.success(t("invCountCancelDone"));
    props.onDone();
  };
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid={`count-cancel-${props.countId}`}>
        {t("invCountCancel")}
      </Button>
      <Modal
        open={open}
        title={t("invCountCancel")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "count-cancel-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="reason" label={t("reason")}>
            <Input data-testid="count-cancel-reason" />
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
