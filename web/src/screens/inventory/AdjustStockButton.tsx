import { Alert, App, Button, Form, Input, Modal, Radio } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { type MessageKey, useT } from "../../i18n";
import { ADJUST_KINDS, type AdjustValues, adjustmentBody } from "./stockForms";

const KIND_WORDS: Record<(typeof ADJUST_KINDS)[number], MessageKey> = {
  writeOff: "invAdjWriteOff",
  scrap: "invAdjScrap",
  damaged: "invAdjDamaged",
  found: "invAdjFound",
};

/** Adjust a position by hand: stock written off, scrapped, damaged (taken off) or found (put
 * on, at the position's cost unless a unit cost is given), with the reason. */
export function AdjustStockButton(props: { sku: string; warehouse: string; unit: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const kind = Form.useWatch("kind", form) as AdjustValues["kind"] | undefined;
  const submit = async (v: AdjustValues) => {
    const done = await run(() =>
      inventory.POST("/stock/{sku}/{warehouse}/adjustments", {
        params: { path: { sku: props.sku, warehouse: props.warehouse } },
        body: adjustmentBody(v, props.unit, t(KIND_WORDS[v.kind])),
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t("invAdjDone")} · ${props.sku} @ ${props.warehouse}`);
    props.onDone();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="stock-adjust">
        {t("invAdjust")}
      </Button>
      <Modal
        open={open}
        title={`${t("invAdjust")} · ${props.sku} @ ${props.warehouse}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "stock-adjust-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: "writeOff" }}>
          <Form.Item name="kind" label={t("invAdjKind")}>
            <Radio.Group data-testid="stock-adjust-kind">
              {ADJUST_KINDS.map((k) => (
                <Radio.Button key={k} value={k} data-testid={`stock-adjust-kind-${k}`}>
                  {t(KIND_WORDS[k])}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="quantity" label={`${t("quantity")} (${props.unit})`}>
            <Input data-testid="stock-adjust-quantity" />
          </Form.Item>
          <Form.Item name="reason" label={t("reason")}>
            <Input data-testid="stock-adjust-reason" />
          </Form.Item>
          {kind === "found" && (
            <Form.Item name="unit_cost" label={t("invAdjUnitCost")}>
              <Input data-testid="stock-adjust-unit-cost" />
            </Form.Item>
          )}
          <Form.Item name="location" label={t("invLocation")}>
            <Input />
          </Form.Item>
          <Form.Item name="lot" label={t("invLot")}>
            <Input />
          </Form.Item>
          {general && <Alert type="error" title={general} data-testid="stock-adjust-error" />}
        </Form>
      </Modal>
    </>
  );
}
