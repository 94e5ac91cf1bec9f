import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { finance } from "../../api/client";
import type { components } from "../../api/finance";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { currentSession } from "../../session";
import { budgetBody, type BudgetValues, maySetBudgets } from "./budgetBody";
import { MonthPicker } from "./MonthPicker";

type Body = components["schemas"]["BudgetBody"];

/** "Set budget" (accountants): a budget for an account (and cost centre) in a month;
 * finance's messages at the fields. */
export function SetBudgetButton(props: { period: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  if (!maySetBudgets(currentSession()?.roles ?? [])) return null;
  const submit = async (values: BudgetValues) => {
    const body = budgetBody(values);
    const done = await run(() =>
      finance.POST("/budgets", { body: body as unknown as Body, headers: { "Idempotency-Key": crypto.randomUUID() } }),
    );
    if (done === undefined) return;
    message.success(`${t("finBudgetSetDone")}: ${body.account} ${body.period}`);
    setOpen(false);
    props.onDone();
  };
  const show = () => {
    form.resetFields();
    form.setFieldsValue({ period: props.period, currency: "CNY", threshold: "0.8" });
    setOpen(true);
  };
  return (
    <>
      <Button onClick={show} data-testid="fin-budget-set-open">
        {t("finBudgetSetTitle")}
      </Button>
      <Modal
        open={open}
        title={t("finBudgetSetTitle")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t("finBudgetSetSave")}
        okButtonProps={{ "data-testid": "fin-budget-set-submit" } as never}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} data-testid="fin-budget-set-form">
          <Form.Item name="period" label={t("finBudgetSetPeriod")}>
            <MonthPicker value={null} onChange={() => {}} />
          </Form.Item>
          <Form.Item name="account" label={t("finAccount")}>
            <Input data-testid="fin-budget-set-account" />
          </Form.Item>
          <Form.Item name="cost_centre" label={t("finBudgetSetCostCentre")}>
            <Input />
          </Form.Item>
          <Form.Item name="amount" label={t("finBudget")}>
            <Input data-testid="fin-budget-set-amount" />
          </Form.Item>
          <Form.Item name="currency" label={t("finCurrency")}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="threshold" label={t("finBudgetSetThreshold")}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
