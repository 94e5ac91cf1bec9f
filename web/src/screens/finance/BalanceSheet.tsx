import { Alert, Descriptions, Space, Tag } from "antd";
import { finance } from "../../api/client";
import { Printable } from "../../components/Printable";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { AmountsTable } from "./AmountsTable";
import { ExportStatement } from "./ExportStatement";
import { MonthPicker } from "./MonthPicker";
import { type BalanceSheet, balanceSheetSheet } from "./statementSheets";
import { periodOf, sameAmount } from "./statements";
import { useStatement } from "./useStatement";

/** Assets, liabilities and equity at the end of a period (assets = liabilities + equity).
 * Printable. */
export function BalanceSheetScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const period = params.get("period") ?? periodOf(new Date());
  const { data, error } = useStatement<BalanceSheet>(
    () => finance.GET("/statements/balance-sheet", { params: { query: { period } } }),
    [period],
  );
  const balanced = data ? sameAmount(data.total_assets, data.total_liabilities_and_equity) : null;
  return (
    <Printable title={`${t("finBalanceSheet")} ${period}`}>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <MonthPicker value={period} onChange={(p) => p && navigate("fin-balance-sheet", { period: p })} testid="bs-period" />
        <ExportStatement sheet={data && balanceSheetSheet(data, t)} name={`balance-sheet-${period}`} testid="bs-export" />
      </Space>
      {error && <Alert type="error" title={error} />}
      {data && (
        <>
          <AmountsTable title={t("finAssets")} rows={data.assets} total={data.total_assets} testid="bs-assets" />
          <AmountsTable title={t("finLiabilities")} rows={data.liabilities} total={data.total_liabilities} testid="bs-liabilities" />
          <AmountsTable title={t("finEquity")} rows={data.equity} total={data.total_equity} testid="bs-equity" />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("finRetainedEarnings")}>{data.retained_earnings}</Descriptions.Item>
            <Descriptions.Item label={t("finResultOfYear")}>{data.result_of_the_year}</Descriptions.Item>
            <Descriptions.Item label={t("finLiabilitiesAndEquity")}>
              <strong data-testid="bs-liabilities-and-equity">{data.total_liabilities_and_equity}</strong>
            </Descriptions.Item>
          </Descriptions>
          <Tag color={balanced ? "green" : "red"} style={{ marginTop: 12 }} data-testid="bs-balanced">
            {balanced ? t("finSheetBalances") : t("finNotBalanced")}
          </Tag>
        </>
      )}
    </Printable>
  );
}
