import { DatePicker, Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { finance } from "../../api/client";
import { useT } from "../../i18n";
import { CommandModalButton, once } from "./CommandModalButton";
import { type TransferValues, transferBody } from "./periodForms";

/** Move money between two of the company's bank and cash accounts (POST /cash-transfers). */
export function CashTransferButton(props: { allowed: boolean; accounts: { value: string; label: string }[]; onDone?: (data: unknown) => void }) {
  const t = useT();
  return (
    <CommandModalButton<TransferValues>
      label={t("finTransferCash")}
      testid="cash-transfer"
      allowed={props.allowed}
      initialValues={{ transferred_on: dayjs(), from_account: "1002", to_account: "1001" }}
      call={(v) => finance.POST("/cash-transfers", { body: transferBody(v) as never, headers: once() })}
      done={(_, v) => `${t("finCashTransferred")}: ${v.amount?.trim() ?? ""} ${v.from_account ?? ""} → ${v.to_account ?? ""}`}
      onDone={props.onDone}
    >
      <Form.Item name="from_account" label={t("finFromAccount")}>
        <Select showSearch optionFilterProp="label" options={props.accounts} data-testid="cash-transfer-from" />
      </Form.Item>
      <Form.Item name="to_account" label={t("finToAccount")}>
        <Select showSearch optionFilterProp="label" options={props.accounts} data-testid="cash-transfer-to" />
      </Form.Item>
      <Form.Item name="amount" label={t("finAmount")}>
        <Input inputMode="decimal" data-testid="cash-transfer-amount" />
      </Form.Item>
      <Form.Item name="transferred_on" label={t("finTransferredOn")}>
        <DatePicker allowClear={false} data-testid="cash-transfer-on" />
      </Form.Item>
      <Form.Item name="reference" label={t("finReference")}>
        <Input data-testid="cash-transfer-reference" />
      </Form.Item>
    </CommandModalButton>
  );
}
