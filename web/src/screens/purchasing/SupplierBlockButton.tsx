import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { purchasing } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import type { SupplierRow } from "./model";

/** Block a supplier (no new orders to it) or unblock a blocked one, with the reason. */
export function SupplierBlockButton(props: { supplier: SupplierRow; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const unblock = props.supplier.blocked;
  const words = unblock ? t("poSupplierUnblock") : t("poSupplierBlock");
  const submit = async (v: { reason?: string }) => {
    const init = {
      params: { path: { supplier_id: props.supplier.supplier_id } },
      body: { reason: v.reason?.trim() ?? "" },
      headers: { "Idempotency-Key": crypto.randomUUID() },
    };
    const done = await run(() =>
      unblock
        ? purchasing.POST("/suppliers/{supplier_id}/unblock", init)
        : purchasing.POST("/suppliers/{supplier_id}/block", init),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t(unblock ? "poSupplierUnblockDone" : "poSupplierBlockDone")} · ${props.supplier.code}`);
    props.onDone();
  };
  return (
    <>
      <Button danger={!unblock} onClick={() => setOpen(true)} data-testid={unblock ? "supplier-unblock" : "supplier-block"}>
        {words}
      </Button>
      <Modal
        open={open}
        title={`${words} · ${props.supplier.code}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "supplier-block-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="reason" label={t("reason")}>
            <Input data-testid="supplier-block-reason" />
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
