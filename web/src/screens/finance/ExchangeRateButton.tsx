import { DatePicker, Form, Input } from "antd";
import dayjs from "dayjs";
import { finance } from "../../api/client";
import { useT } from "../../i18n";
import { CommandModalButton, once } from "./CommandModalButton";
import { type RateValues, rateBody } from "./periodForms";

/** Record a currency's rate for a day: one unit in the company's currency (POST /exchange-rates). */
export function ExchangeRateButton(props: { allowed: boolean; onDone?: () => void }) {
  const t = useT();
  return (
    <CommandModalButton<RateValues>
      label={t("finRecordRate")}
      testid="exchange-rate"
      allowed={props.allowed}
      initialValues={{ on: dayjs(), currency: "USD" }}
      call={(v) => finance.POST("/exchange-rates", { body: rateBody(v) as never, headers: once() })}
      done={(_, v) => `${t("finRateRecorded")}: ${v.currency ?? ""} ${v.rate?.trim() ?? ""}`}
      onDone={props.onDone}
    >
      <Form.Item name="currency" label={t("finCurrency")}>
        <Input style={{ width: 90 }} data-testid="exchange-rate-currency" />
      </Form.Item>
      <Form.Item name="on" label={t("finRateOn")}>
        <DatePicker allowClear={false} data-testid="exchange-rate-on" />
      </Form.Item>
      <Form.Item name="rate" label={t("finRate")}>
        <Input inputMode="decimal" data-testid="exchange-rate-rate" />
      </Form.Item>
      <Form.Item name="source" label={t("finRateSource")}>
        <Input data-testid="exchange-rate-source" />
      </Form.Item>
    </CommandModalButton>
  );
}
