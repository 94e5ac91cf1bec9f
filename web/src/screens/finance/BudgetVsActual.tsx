import { Alert, Space, Table } from "antd";
import { useMemo, useState } from "react";
import { finance } from "../../api/client";
import { Chart } from "../../components/Chart";
import { Printable } from "../../components/Printable";
import { useLang, useT } from "../../i18n";
import { navigate } from "../../nav";
import { ExportStatement } from "./ExportStatement";
import { MonthPicker } from "./MonthPicker";
import { SetBudgetButton } from "./SetBudgetButton";
import { budgetSheet } from "./statementSheets";
import { type BudgetLine, budgetChart, periodOf } from "./statements";
import { useStatement } from "./useStatement";

/** Each budget of a period against the actual, with a bar chart. Printable. */
export function BudgetVsActualScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const lang = useLang();
  const period = params.get("period") ?? periodOf(new Date());
  // loaded again after a budget is set (finance writes budgets in the command: no waiting)
  const [reload, setReload] = useState(0);
  const { data, error } = useStatement<{ lines: BudgetLine[] }>(
    () => finance.GET("/budgets/against-actual", { params: { query: { period } } }),
    [period, reload],
  );
  const option = useMemo(
    () => budgetChart(data?.lines ?? [], { budget: t("finBudget"), actual: t("finActual") }),
    [data, lang], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return (
    <Printable title={`${t("finBudgetVsActual")} ${period}`}>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <MonthPicker value={period} onChange={(p) => p && navigate("fin-budget", { period: p })} testid="budget-period" />
        <ExportStatement sheet={data && budgetSheet(data.lines, t)} name={`budget-vs-actual-${period}`} testid="budget-export" />
        <SetBudgetButton period={period} onDone={() => setReload((n) => n + 1)} />
      </Space>
      {error && <Alert type="error" title={error} />}
      <Chart option={option} testid="budget-chart" />
      <Table<BudgetLine>
        data-testid="budget-table"
        rowKey="account"
        size="small"
        pagination={false}
        dataSource={data?.lines ?? []}
        columns={[
          { title: t("finAccount"), dataIndex: "account" },
          { title: t("name"), dataIndex: "name" },
          { title: t("finBudget"), dataIndex: "budget", align: "right" },
          { title: t("finActual"), dataIndex: "actual", align: "right" },
          { title: t("finVariance"), dataIndex: "variance", align: "right" },
          { title: t("finUsedPercent"), dataIndex: "used_percent", align: "right" },
          { title: t("finCurrency"), dataIndex: "currency" },
        ]}
      />
    </Printable>
  );
}
