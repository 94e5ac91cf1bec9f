import { Alert, Space, Table, Tag } from "antd";
import { finance } from "../../api/client";
import { Printable } from "../../components/Printable";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { ExportStatement } from "./ExportStatement";
import { MonthRange } from "./MonthPicker";
import { type TrialBalance, type TrialBalanceLine as Line, trialBalanceSheet } from "./statementSheets";
import { periodOf, sameAmount } from "./statements";
import { useStatement } from "./useStatement";

/** The periods of a statement from its route (`from`, `to`), this month by default. */
export function periodsOf(params: URLSearchParams): { from: string; to: string } {
  const now = periodOf(new Date());
  return { from: params.get("from") ?? params.get("period") ?? now, to: params.get("to") ?? params.get("period") ?? now };
}

/** Per account: opening, debits and credits of the periods, closing; the totals, and whether
 * debits equal credits. Printable. */
export function TrialBalanceScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const { from, to } = periodsOf(params);
  const { data, error } = useStatement<TrialBalance>(
    () => finance.GET("/statements/trial-balance", { params: { query: { from, to } } }),
    [from, to],
  );
  const balanced = data ? sameAmount(data.totals.debit, data.totals.credit) : null;
  return (
    <Printable title={`${t("finTrialBalance")} ${from} – ${to}`}>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <MonthRange from={from} to={to} onChange={(f, l) => navigate("fin-trial-balance", { from: f, to: l })} testid="tb-period" />
        <ExportStatement sheet={data && trialBalanceSheet(data, t)} name={`trial-balance-${from}-${to}`} testid="tb-export" />
      </Space>
      {error && <Alert type="error" title={error} />}
      {data && (
        <>
          <Table<Line>
            data-testid="tb-table"
            rowKey="account"
            size="small"
            pagination={false}
            dataSource={data.lines}
            columns={[
              { title: t("finAccount"), dataIndex: "account" },
              { title: t("name"), dataIndex: "name" },
              { title: t("finOpening"), dataIndex: "opening", align: "right" },
              { title: t("finDebit"), dataIndex: "debit", align: "right" },
              { title: t("finCredit"), dataIndex: "credit", align: "right" },
              { title: t("finClosing"), dataIndex: "closing", align: "right" },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <strong>{t("finTotal")}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {data.totals.opening}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <strong data-testid="tb-total-debit">{data.totals.debit}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <strong data-testid="tb-total-credit">{data.totals.credit}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {data.totals.closing}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <div style={{ marginTop: 12 }}>
            <Tag color={balanced ? "green" : "red"} data-testid="tb-balanced">
              {balanced ? t("finBalanced") : t("finNotBalanced")}
            </Tag>
          </div>
        </>
      )}
    </Printable>
  );
}
