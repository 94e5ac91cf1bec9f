import { DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { finance } from "../../api/client";
import { useT } from "../../i18n";
import { CommandModalButton, once } from "./CommandModalButton";
import { month } from "./periodForms";

interface PeriodValues {
  period?: Dayjs | null;
}

function PeriodField({ testid }: { testid: string }) {
  const t = useT();
  // the period is the command's path: without one there is no command to send
  return (
    <Form.Item name="period" label={t("finPeriod")} rules={[{ required: true, message: t("finPeriodNeeded") }]}>
      <DatePicker picker="month" data-testid={testid} />
    </Form.Item>
  );
}

/** Close a period (admin): no posting dated in it is accepted any more. */
export function ClosePeriodButton(props: { allowed: boolean; onDone?: () => void }) {
  const t = useT();
  return (
    <CommandModalButton<PeriodValues>
      label={t("finClosePeriod")}
      testid="close-period"
      allowed={props.allowed}
      initialValues={{ period: dayjs().subtract(1, "month") }}
      call={(v) => finance.POST("/periods/{period}/close", { params: { path: { period: month(v.period) } }, headers: once() })}
      done={(_, v) => `${t("finPeriodClosed")}: ${month(v.period)}`}
      onDone={props.onDone}
    >
      <PeriodField testid="close-period-period" />
    </CommandModalButton>
  );
}

/** Post a period's unrealised exchange differences (accountant), once a period. */
export function RevalueButton(props: { allowed: boolean; onDone?: () => void }) {
  const t = useT();
  return (
    <CommandModalButton<PeriodValues>
      label={t("finRevalue")}
      testid="revalue"
      allowed={props.allowed}
      initialValues={{ period: dayjs() }}
      call={(v) => finance.POST("/periods/{period}/revalue", { params: { path: { period: month(v.period) } }, headers: once() })}
      done={(_, v) => `${t("finRevalued")}: ${month(v.period)}`}
      onDone={props.onDone}
    >
      <PeriodField testid="revalue-period" />
    </CommandModalButton>
  );
}

/** Reopen a closed period (admin), with a reason. */
export function ReopenPeriodButton(props: { period: string; allowed: boolean; onDone?: () => void }) {
  const t = useT();
  return (
    <CommandModalButton<{ reason?: string }>
      label={t("finReopen")}
      title={`${t("finReopen")} ${props.period}`}
      testid={`reopen-${props.period}`}
      allowed={props.allowed}
      call={(v) =>
        finance.POST("/periods/{period}/reopen", {
          params: { path: { period: props.period } },
          body: { reason: v.reason?.trim() ?? "" },
          headers: once(),
        })
      }
      done={() => `${t("finPeriodReopened")}: ${props.period}`}
      onDone={props.onDone}
    >
      <Form.Item name="reason" label={t("finReverseReason")}>
        <Input data-testid={`reopen-${props.period}-reason`} />
      </Form.Item>
    </CommandModalButton>
  );
}

/** Open a fiscal year (admin): its first period; twelve periods follow. */
export function OpenFiscalYearButton(props: { allowed: boolean; onDone?: () => void }) {
  const t = useT();
  return (
    <CommandModalButton<{ year?: string; first_period?: Dayjs | null }>
      label={t("finOpenFiscalYear")}
      testid="open-fiscal-year"
      allowed={props.allowed}
      initialValues={{ year: String(dayjs().year() + 1), first_period: dayjs().add(1, "year").startOf("year") }}
      call={(v) =>
        finance.POST("/fiscal-years", {
          body: { year: (v.year?.trim() ?? "") as unknown as number, first_period: month(v.first_period) },
          headers: once(),
        })
      }
      done={(_, v) => `${t("finFiscalYearOpened")}: ${v.year ?? ""}`}
      onDone={props.onDone}
    >
      <Form.Item name="year" label={t("finFiscalYear")}>
        <Input style={{ width: 100 }} data-testid="open-fiscal-year-year" />
      </Form.Item>
      <Form.Item name="first_period" label={t("finFirstPeriod")}>
        <DatePicker picker="month" data-testid="open-fiscal-year-first" />
      </Form.Item>
    </CommandModalButton>
  );
}
