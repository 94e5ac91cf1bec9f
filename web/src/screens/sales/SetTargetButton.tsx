import { Alert, App, Button, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { sales } from "../../api/client";
import type { components } from "../../api/sales";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { can, idempotent } from "./common";
import { DIMENSIONS, setTargetBody, type SetTargetValues } from "./targets";

type Body = components["schemas"]["SetTargetBody"];

/** "Set target" (sales users): a target for a salesperson, team, category or warehouse in a
 * period (set again, it is revised); sales' messages at the fields. */
export function SetTargetButton(props: { onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  if (!can("sales")) return null;
  const submit = async (values: SetTargetValues) => {
    const body = setTargetBody(values);
    const done = await run(() => sales.POST("/sales-targets", { body: body as unknown as Body, headers: idempotent() }));
    if (done === undefined) return;
    message.success(`${t("slTargetSaved")}: ${body.subject} ${body.period}`);
    setOpen(false);
    form.resetFields();
    props.onDone();
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="sl-target-open">
        {t("slTargetSet")}
      </Button>
      <Modal
        open={open}
        title={t("slTargetSet")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t("slTargetSave")}
        okButtonProps={{ "data-testid": "sl-target-submit" } as never}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ dimension: "salesperson", currency: "CNY" }} data-testid="sl-target-form">
          <Form.Item name="dimension" label={t("slTargetDimension")}>
            <Select data-testid="sl-target-dimension" options={DIMENSIONS.map((d) => ({ value: d, label: t(`slTargetDim_${d}`) }))} />
          </Form.Item>
          <Form.Item name="subject" label={t("slTargetSubject")}>
            <Input data-testid="sl-target-subject" />
          </Form.Item>
          <Form.Item name="period" label={t("slTargetPeriod")}>
            <Input placeholder="2026 / 2026-Q4 / 2026-11" data-testid="sl-target-period" />
          </Form.Item>
          <Form.Item name="amount" label={t("slTargetAmount")}>
            <Input data-testid="sl-target-amount" />
          </Form.Item>
          <Form.Item name="currency" label={t("slTargetCurrency")}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="quantity" label={t("slTargetQuantity")}>
            <Input />
          </Form.Item>
          <Form.Item name="members" label={t("slTargetMembers")}>
            <Select mode="tags" tokenSeparators={[","]} />
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
