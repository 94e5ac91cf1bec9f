// One command on a document: a button that opens its form (through useCommandForm, so the
// API's messages show at the fields), or runs at once when the command takes no input.
import { Alert, App, Button, Form, Modal } from "antd";
import { type ReactNode, useState } from "react";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

interface Props {
  label: string;
  testid: string;
  /** The form's fields (antd Form.Items); none: the button runs the command at once. */
  fields?: ReactNode;
  initialValues?: Record<string, unknown>;
  danger?: boolean;
  primary?: boolean;
  call: (values: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown }>;
  onDone: (answer: unknown) => void;
}

export function Action({ label, testid, fields, initialValues, danger, primary, call, onDone }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    const answer = await run(() => call(values)).finally(() => setBusy(false));
    if (answer === undefined) return;
    message.success(t("saved"));
    setOpen(false);
    form.resetFields();
    onDone(answer);
  };

  if (!fields)
    return (
      <>
        <Button danger={danger} type={primary ? "primary" : "default"} loading={busy} data-testid={testid} onClick={() => void submit({})}>
          {label}
        </Button>
        {general && <Alert type="error" title={general} data-testid={`${testid}-error`} />}
      </>
    );
  return (
    <>
      <Button danger={danger} type={primary ? "primary" : "default"} data-testid={testid} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal open={open} title={label} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues} data-testid={`${testid}-form`}>
          {fields}
          {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} data-testid={`${testid}-error`} />}
          <Button type="primary" htmlType="submit" loading={busy} data-testid={`${testid}-submit`}>
            {t("submit")}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
