import { Alert, App, Button, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { crm } from "../../api/client";
import type { components } from "../../api/crm";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { can, idempotent } from "../sales/common";
import { newCustomerBody, type NewCustomerValues } from "./newCustomer";

type Body = components["schemas"]["RegisterCustomerBody"];

/** "New customer" (crm users): registers a customer in crm, its messages at the fields. */
export function NewCustomerButton(props: { onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  if (!can("crm")) return null;
  const submit = async (values: NewCustomerValues) => {
    const body = newCustomerBody(values);
    const done = await run(() => crm.POST("/customers", { body: body as unknown as Body, headers: idempotent() }));
    if (done === undefined) return;
    message.success(`${t("custNewRegistered")}: ${body.code}`);
    setOpen(false);
    form.resetFields();
    props.onDone();
  };
  return (
    <>
      <Button style={{ marginLeft: 8 }} onClick={() => setOpen(true)} data-testid="cust-new-open">
        {t("custNewTitle")}
      </Button>
      <Modal
        open={open}
        title={t("custNewTitle")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t("custNewSubmit")}
        okButtonProps={{ "data-testid": "cust-new-submit" } as never}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ currency: "CNY" }} data-testid="cust-new-form">
          <Form.Item name="code" label={t("crmCode")}>
            <Input data-testid="cust-new-code" />
          </Form.Item>
          <Form.Item name="name" label={t("name")}>
            <Input data-testid="cust-new-name" />
          </Form.Item>
          <Form.Item name="customer_group" label={t("crmGroup")}>
            <Input data-testid="cust-new-group" />
          </Form.Item>
          <Form.Item name="currency" label={t("custNewCurrency")}>
            <Input style={{ width: 90 }} data-testid="cust-new-currency" />
          </Form.Item>
          <Form.Item name="sales_owner" label={t("crmOwner")}>
            <Input data-testid="cust-new-owner" />
          </Form.Item>
          <Form.Item name="tags" label={t("crmTag")}>
            <Select mode="tags" tokenSeparators={[","]} data-testid="cust-new-tags" />
          </Form.Item>
          <Form.Item name="contact_name" label={t("custNewContactName")}>
            <Input data-testid="cust-new-contact" />
          </Form.Item>
          <Form.Item name="contact_phone" label={t("custNewContactPhone")}>
            <Input />
          </Form.Item>
          <Form.Item name="contact_email" label={t("custNewContactEmail")}>
            <Input />
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
