import { Alert, Descriptions, Space } from "antd";
import { finance } from "../../api/client";
import { Printable } from "../../components/Printable";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { ExportStatement } from "./ExportStatement";
import { MonthRange } from "./MonthPicker";
import { CASH_FLOW_ROWS as ROWS, type CashFlow, cashFlowSheet } from "./statementSheets";
import { periodsOf } from "./TrialBalance";
import { useStatement } from "./useStatement";

/** Cash flow by the direct method, from the bank and cash accounts. Printable. */
export function CashFlowScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const { from, to } = periodsOf(params);
  const { data, error } = useStatement<CashFlow>(
    () => finance.GET("/statements/cash-flow", { params: { query: { from, to } } }),
    [from, to],
  );
  return (
    <Printable title={`${t("finCashFlow")} ${from} – ${to}`}>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <MonthRange from={from} to={to} onChange={(f, l) => navigate("fin-cash-flow", { from: f, to: l })} testid="cf-period" />
        <ExportStatement sheet={data && cashFlowSheet(data, t)} name={`cash-flow-${from}-${to}`} testid="cf-export" />
      </Space>
      {error && <Alert type="error" title={error} />}
      {data && (
        <Descriptions column={1} bordered size="small" data-testid="cf-table">
          {ROWS.map(([field, label]) => (
            <Descriptions.Item key={field} label={t(label)}>
              <span data-testid={`cf-${field}`}>{data[field]}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Printable>
  );
}
