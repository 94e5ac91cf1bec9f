import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { type CostCorrectionValues, costCorrectionBody } from "./stockForms";

/** Correct a position's cost (an accountant): the whole difference, signed, spread over a
 * quantity, with the reason (e.g. the supplier's invoice differed from the PO price). */
export function CostCorrectionButton(props: { sku: string; warehouse: string; currency: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: CostCorrectionValues) => {
    const done = await run(() =>
      inventory.POST("/stock/{sku}/{warehouse}/cost-corrections", {
        params: { path: { sku: props.sku, warehouse: props.warehouse } },
        body: costCorrectionBody(v, props.currency),
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t("invCostDone")} · ${props.sku} @ ${props.warehouse}`);
    props.onDone();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="stock-cost">
        {t("invCostCorrection")}
      </Button>
      <Modal
        open={open}
        title={`${t("invCostCorrection")} · ${props.sku} @ ${props.warehouse}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "stock-cost-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="amount" label={`${t("invCostAmount")} (${props.currency})`}>
            <Input data-testid="stock-cost-amount" />
          </Form.Item>
          <Form.Item name="quantity" label={t("invCostQuantity")}>
            <Input data-testid="stock-cost-quantity" />
          </Form.Item>
          <Form.Item name="reason" label={t("reason")}>
            <Input data-testid="stock-cost-reason" />
          </Form.Item>
          {general && <Alert type="error" title={general} data-testid="stock-cost-error" />}
        </Form>
      </Modal>
    </>
  );
}
