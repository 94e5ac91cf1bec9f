import { Alert, Descriptions } from "antd";
import { finance } from "../../api/client";
import { Printable } from "../../components/Printable";
import { type MessageKey, useT } from "../../i18n";
import { navigate } from "../../nav";
import { MonthRange } from "./MonthPicker";
import { periodsOf } from "./TrialBalance";
import { useStatement } from "./useStatement";

type CashFlow = Record<(typeof ROWS)[number][0], string>;

const ROWS = [
  ["opening_cash", "finOpeningCash"],
  ["received_from_customers", "finReceivedFromCustomers"],
  ["paid_to_suppliers", "finPaidToSuppliers"],
  ["transfers_between_own_accounts", "finOwnTransfers"],
  ["other", "finOther"],
  ["net_change", "finNetChange"],
  ["closing_cash", "finClosingCash"],
] as const satisfies readonly (readonly [string, MessageKey])[];

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
      <div className="no-print" style={{ marginBottom: 16 }}>
        <MonthRange from={from} to={to} onChange={(f, l) => navigate("fin-cash-flow", { from: f, to: l })} testid="cf-period" />
      </div>
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
