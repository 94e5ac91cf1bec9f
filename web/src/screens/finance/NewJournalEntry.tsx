import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { finance } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { type EntryValues, entryBody, entryTotals, showAmount } from "./entryLines";
import { useChart } from "./useChart";

const EMPTY_LINES = [{}, {}];

/** An entry by hand (opening balances, capital paid in, accruals, corrections): lines of an
 * account and a debit or a credit, the totals and their difference shown as they are typed
 * (exact decimals); finance judges it, its messages at the lines' fields. Posted, the journal
 * opens filtered to it. */
export function NewJournalEntryScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const { accounts, centres } = useChart();
  const lines = Form.useWatch("lines", form) as EntryValues["lines"];
  const totals = useMemo(() => entryTotals(lines), [lines]);
  const accountOptions = useMemo(
    () => accounts.filter((a) => a.active).map((a) => ({ value: a.code, label: `${a.code} ${a.name}` })),
    [accounts],
  );
  const centreOptions = useMemo(
    () => centres.filter((c) => c.active).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` })),
    [centres],
  );

  const submit = async (values: EntryValues) => {
    const done = await run(() =>
      finance.POST("/journal-entries", {
        body: entryBody(values, crypto.randomUUID()) as never,
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    const posted = done as { event_ids?: string[] };
    message.success(`${t("finEntryPosted")}: ${values.description?.trim() ?? ""}`);
    navigate("fin-journal", { event: posted.event_ids?.[0] ?? "" });
  };

  const balanced = totals.difference === "0" && totals.debit !== "0";
  return (
    <Card title={t("finNewEntry")} style={{ maxWidth: 1200 }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ posted_on: dayjs(), lines: EMPTY_LINES }}
        data-testid="new-entry-form"
      >
        <Space wrap align="start">
          <Form.Item name="posted_on" label={t("finPostedOn")}>
            <DatePicker allowClear={false} data-testid="new-entry-posted-on" />
          </Form.Item>
          <Form.Item name="description" label={t("finDescription")}>
            <Input style={{ width: 420 }} data-testid="new-entry-description" />
          </Form.Item>
          <Form.Item name="reference" label={t("finReference")}>
            <Input style={{ width: 200 }} data-testid="new-entry-reference" />
          </Form.Item>
        </Space>
        <Form.List name="lines">
          {(rows, { add, remove }) => (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={rows}
                data-testid="new-entry-lines"
                columns={[
                  { title: "#", render: (_, r) => r.name + 1, width: 40 },
                  {
                    title: t("finAccount"),
                    render: (_, r) => (
                      <Form.Item name={[r.name, "account"]} style={{ margin: 0 }}>
                        <Select
                          showSearch
                          optionFilterProp="label"
                          options={accountOptions}
                          style={{ width: 260 }}
                          data-testid={`new-entry-${r.name}-account`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t("finDebit"),
                    render: (_, r) => (
                      <Form.Item name={[r.name, "debit"]} style={{ margin: 0 }}>
                        <Input style={{ width: 150 }} inputMode="decimal" data-testid={`new-entry-${r.name}-debit`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t("finCredit"),
                    render: (_, r) => (
                      <Form.Item name={[r.name, "credit"]} style={{ margin: 0 }}>
                        <Input style={{ width: 150 }} inputMode="decimal" data-testid={`new-entry-${r.name}-credit`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t("finCostCentre"),
                    render: (_, r) => (
                      <Form.Item name={[r.name, "cost_centre"]} style={{ margin: 0 }}>
                        <Select allowClear options={centreOptions} style={{ width: 160 }} data-testid={`new-entry-${r.name}-centre`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t("finMemo"),
                    render: (_, r) => (
                      <Form.Item name={[r.name, "memo"]} style={{ margin: 0 }}>
                        <Input style={{ width: 180 }} data-testid={`new-entry-${r.name}-memo`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: "",
                    render: (_, r) => (
                      <Button disabled={rows.length <= 2} onClick={() => remove(r.name)} data-testid={`new-entry-${r.name}-remove`}>
                        −
                      </Button>
                    ),
                  },
                ]}
              />
              <Button style={{ margin: "12px 0" }} onClick={() => add({})} data-testid="new-entry-add-line">
                {t("finAddLine")}
              </Button>
            </>
          )}
        </Form.List>
        <Space size="large" style={{ display: "flex", marginBottom: 16 }} data-testid="new-entry-totals">
          <span>
            {t("finDebit")}: <b data-testid="new-entry-debit-total">{showAmount(totals.debit)}</b>
          </span>
          <span>
            {t("finCredit")}: <b data-testid="new-entry-credit-total">{showAmount(totals.credit)}</b>
          </span>
          <span>
            {t("finDifference")}:{" "}
            <Typography.Text type={balanced ? "success" : "danger"} strong data-testid="new-entry-difference">
              {showAmount(totals.difference)}
            </Typography.Text>
          </span>
          {totals.unreadable.length > 0 && (
            <Typography.Text type="warning" data-testid="new-entry-unreadable">
              {t("finNotANumber")}: {totals.unreadable.map((u) => `#${Number(u.split(".")[0]) + 1}`).join(", ")}
            </Typography.Text>
          )}
        </Space>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} data-testid="new-entry-general" />}
        <Button type="primary" htmlType="submit" data-testid="new-entry-submit">
          {t("finPostEntry")}
        </Button>
      </Form>
    </Card>
  );
}
