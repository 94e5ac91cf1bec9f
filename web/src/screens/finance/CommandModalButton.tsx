import { Alert, App, Button, Form, Modal } from "antd";
import { type ReactNode, useState } from "react";
import { useCommandForm } from "../../components/useCommandForm";

/** A button opening a modal form for one finance command: the API's field errors at the
 * fields, the rest above the OK button, a success notice and `onDone` after. */
export function CommandModalButton<V>(props: {
  label: string;
  title?: string;
  testid: string;
  /** Hidden when false (the user's roles cannot use the command). */
  allowed: boolean;
  initialValues?: Partial<V>;
  danger?: boolean;
  call: (values: V) => Promise<{ data?: unknown; error?: unknown }>;
  done: (data: unknown, values: V) => string;
  onDone?: (data: unknown) => void;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const { form, general, run } = useCommandForm();
  if (!props.allowed) return null;
  const submit = async (values: V) => {
    const data = await run(() => props.call(values));
    if (data === undefined) return;
    setOpen(false);
    message.success(props.done(data, values));
    props.onDone?.(data);
  };
  return (
    <>
      <Button danger={props.danger} onClick={() => setOpen(true)} data-testid={props.testid}>
        {props.label}
      </Button>
      <Modal
        open={open}
        title={props.title ?? props.label}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": `${props.testid}-ok` } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={props.initialValues}>
          {props.children}
          {general && <Alert type="error" title={general} data-testid={`${props.testid}-general`} />}
        </Form>
      </Modal>
    </>
  );
}

/** A new Idempotency-Key header for one command. */
export function once() {
  return { "Idempotency-Key": crypto.randomUUID() };
}
