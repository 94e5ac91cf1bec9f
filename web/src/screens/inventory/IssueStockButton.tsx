import { Alert, App, Button, Form, Input, Modal, Radio } from "antd";
import { useState } from "react";
import { inventory } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { type IssueValues, issueBody } from "./stockForms";

/** Issue goods from a position (internal use, damage, a sale outside the order book), at its
 * cost, with the reason. */
export function IssueStockButton(props: { sku: string; warehouse: string; unit: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const submit = async (v: IssueValues) => {
    const done = await run(() =>
      inventory.POST("/stock/{sku}/{warehouse}/issues", {
        params: { path: { sku: props.sku, warehouse: props.warehouse } },
        body: issueBody(v, props.unit),
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t("invIssueDone")} · ${props.sku} @ ${props.warehouse}`);
    props.onDone();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="stock-issue">
        {t("invIssue")}
      </Button>
      <Modal
        open={open}
        title={`${t("invIssue")} · ${props.sku} @ ${props.warehouse}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "stock-issue-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: "other" }}>
          <Form.Item name="kind" label={t("invIssueKind")}>
            <Radio.Group>
              <Radio.Button value="other">{t("invIssueOther")}</Radio.Button>
              <Radio.Button value="shipment">{t("invIssueShipment")}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="quantity" label={`${t("quantity")} (${props.unit})`}>
            <Input data-testid="stock-issue-quantity" />
          </Form.Item>
          <Form.Item name="reason" label={t("reason")}>
            <Input data-testid="stock-issue-reason" />
          </Form.Item>
          <Form.Item name="location" label={t("invLocation")}>
            <Input />
          </Form.Item>
          <Form.Item name="lot" label={t("invLot")}>
            <Input />
          </Form.Item>
          {general && <Alert type="error" title={general} data-testid="stock-issue-error" />}
        </Form>
      </Modal>
    </>
  );
}
