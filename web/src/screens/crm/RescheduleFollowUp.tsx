import { DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { crm } from "../../api/client";
import { useT } from "../../i18n";
import { Action } from "../sales/Action";
import { idempotent } from "../sales/common";

/** Move an open follow-up to another day (and owner), with a reason (crm). */
export function RescheduleFollowUp(props: { id: string; dueOn: string; owner: string; onDone: () => void }) {
  const t = useT();
  return (
    <Action
      label={t("crmReschedule")}
      testid={`follow-up-reschedule-${props.id}`}
      initialValues={{ due_on: dayjs(props.dueOn), owner: props.owner }}
      fields={
        <>
          <Form.Item name="due_on" label={t("crmDueOn")}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="owner" label={t("crmOwner")}>
            <Input />
          </Form.Item>
          <Form.Item name="reason" label={t("reason")}>
            <Input />
          </Form.Item>
        </>
      }
      call={(v) => {
        const due = v.due_on as Dayjs | undefined;
        return crm.POST("/follow-ups/{follow_up_id}/reschedule", {
          params: { path: { follow_up_id: props.id } },
          body: {
            due_on: due ? due.format("YYYY-MM-DD") : "",
            reason: String(v.reason ?? "").trim(),
            owner: String(v.owner ?? "").trim() || null,
          },
          headers: idempotent(),
        });
      }}
      onDone={props.onDone}
    />
  );
}
