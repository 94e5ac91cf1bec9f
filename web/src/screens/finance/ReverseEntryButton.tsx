import { Alert, App, Button, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { finance } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { currentSession } from "../../session";
import { mayPostEntries } from "./entryLines";

/** Reverse an entry by hand (its mirror image dated `reversed_on`, once), with a reason; the
 * API's messages at the fields. Shown only to who may post entries. */
export function ReverseEntryButton({ entryId }: { entryId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const { form, general, run } = useCommandForm();
  if (!mayPostEntries(currentSession()?.roles ?? [])) return null;

  const submit = async (v: { reversed_on?: Dayjs | null; reason?: string }) => {
    const done = await run(() =>
      finance.POST("/journal-entries/{entry_id}/reverse", {
        params: { path: { entry_id: entryId } },
        body: { reversed_on: v.reversed_on ? v.reversed_on.format("YYYY-MM-DD") : "", reason: v.reason?.trim() ?? "" },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(t("finEntryReversed"));
    navigate("fin-journal", { event: (done as { event_ids?: string[] }).event_ids?.[0] ?? "" });
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="entry-reverse">
        {t("finReverseEntry")}
      </Button>
      <Modal
        open={open}
        title={t("finReverseEntry")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "entry-reverse-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ reversed_on: dayjs() }}>
          <Form.Item name="reversed_on" label={t("finReversedOn")}>
            <DatePicker allowClear={false} data-testid="entry-reverse-on" />
          </Form.Item>
          <Form.Item name="reason" label={t("finReverseReason")}>
            <Input data-testid="entry-reverse-reason" />
          </Form.Item>
          {general && <Alert type="error" title={general} data-testid="entry-reverse-general" />}
        </Form>
      </Modal>
    </>
  );
}
