import { Alert, Descriptions, Space } from "antd";
import { finance } from "../../api/client";
import { Printable } from "../../components/Printable";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { AmountsTable } from "./AmountsTable";
import { ExportStatement } from "./ExportStatement";
import { MonthRange } from "./MonthPicker";
import { type ProfitAndLoss, profitAndLossSheet } from "./statementSheets";
import { periodsOf } from "./TrialBalance";
import { useStatement } from "./useStatement";

/** Income and expenses of the periods and the result. Printable. */
export function ProfitAndLossScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const { from, to } = periodsOf(params);
  const { data, error } = useStatement<ProfitAndLoss>(
    () => finance.GET("/statements/profit-and-loss", { params: { query: { from, to } } }),
    [from, to],
  );
  return (
    <Printable title={`${t("finProfitAndLoss")} ${from} – ${to}`}>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <MonthRange from={from} to={to} onChange={(f, l) => navigate("fin-pnl", { from: f, to: l })} testid="pnl-period" />
        <ExportStatement sheet={data && profitAndLossSheet(data, t)} name={`profit-and-loss-${from}-${to}`} testid="pnl-export" />
      </Space>
      {error && <Alert type="error" title={error} />}
      {data && (
        <>
          <AmountsTable title={t("finIncome")} rows={data.income} total={data.total_income} testid="pnl-income" />
          <AmountsTable title={t("finExpenses")} rows={data.expenses} total={data.total_expenses} testid="pnl-expenses" />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t("finResult")}>
              <strong data-testid="pnl-result">{data.result}</strong>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Printable>
  );
}
