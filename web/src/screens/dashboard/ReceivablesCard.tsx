import { Space, Statistic } from "antd";
import { useMemo } from "react";
import { finance } from "../../api/client";
import { Chart } from "../../components/Chart";
import { useT } from "../../i18n";
import type { CardDef } from "./cards";
import { CardFrame } from "./CardFrame";
import { type AgingParty, agingOption, agingTotals } from "./charts";
import { useFetched } from "./useFetched";

/** Receivables by how long past due (finance's AR aging), summed over the customers. */
export function ReceivablesCard({ card }: { card: CardDef }) {
  const t = useT();
  const { data, error } = useFetched(() => finance.GET("/aging", { params: { query: { kind: "receivable" } } }));
  const parties = ((data as { parties?: AgingParty[] } | undefined)?.parties ?? []) as AgingParty[];
  const totals = useMemo(() => agingTotals(parties), [parties]);
  const option = useMemo(() => agingOption(totals.buckets), [totals]);
  return (
    <CardFrame card={card} title={t("dashReceivables")} loading={data === undefined} error={error}>
      <Space size="large">
        <Statistic title={t("total")} value={totals.total} data-testid="receivables-total" />
        <Statistic title={t("dashOverdue")} value={totals.overdue} valueStyle={{ color: "#cf1322" }} />
      </Space>
      <Chart option={option} style={{ height: 200 }} testid="aging-chart" />
    </CardFrame>
  );
}
