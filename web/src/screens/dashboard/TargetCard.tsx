import { Empty, Progress } from "antd";
import { useMemo } from "react";
import { sales } from "../../api/client";
import { Chart } from "../../components/Chart";
import { useLang, useT } from "../../i18n";
import type { CardDef } from "./cards";
import { CardFrame } from "./CardFrame";
import { type TargetRow, targetOption, today } from "./charts";
import { useFetched } from "./useFetched";

/** This month's sales targets with what was sold against them (sales plans). */
export function TargetCard({ card }: { card: CardDef }) {
  const t = useT();
  const lang = useLang();
  const { month } = today();
  const { data, error } = useFetched(() => sales.GET("/sales-targets", { params: { query: { period: month, limit: 20 } } }));
  const rows = ((data as { items?: TargetRow[] } | undefined)?.items ?? []) as TargetRow[];
  const option = useMemo(
    () => targetOption(rows, { target: t("dashTargetAmount"), actual: t("dashActual") }),
    [rows, lang], // the legend's labels follow the language
  );
  return (
    <CardFrame card={card} title={t("dashTarget")} loading={data === undefined} error={error}>
      {rows.length === 0 ? (
        <Empty description={t("dashNoTarget")} />
      ) : (
        <>
          {rows.slice(0, 3).map((r) => (
            <div key={`${r.dimension}/${r.subject}`}>
              {r.dimension}:{r.subject} · {r.actual.amount}/{r.target.amount} {r.target.currency}
              <Progress percent={Math.min(100, Number(r.attainment_percent))} format={() => `${r.attainment_percent}%`} />
            </div>
          ))}
          <Chart option={option} style={{ height: 200 }} testid="target-chart" />
        </>
      )}
    </CardFrame>
  );
}
