import { Space, Statistic } from "antd";
import { finance } from "../../api/client";
import { useT } from "../../i18n";
import type { CardDef } from "./cards";
import { CardFrame } from "./CardFrame";
import { today } from "./charts";
import { roundDecimal } from "../../components/decimals";
import { useFetched } from "./useFetched";

interface Pnl {
  total_income: string;
  total_expenses: string;
  result: string;
}

/** The profit and loss of the current period (this month), from finance's statement. */
export function PnlCard({ card }: { card: CardDef }) {
  const t = useT();
  const { month } = today();
  const { data, error } = useFetched(() =>
    finance.GET("/statements/profit-and-loss", { params: { query: { from: month, to: month } } }),
  );
  const pnl = data as Pnl | undefined;
  return (
    <CardFrame card={{ ...card, link: { ...card.link, params: { from: month, to: month } } }} title={`${t("dashPnl")} · ${month}`} loading={pnl === undefined} error={error}>
      {pnl && (
        <Space size="large" wrap>
          <Statistic title={t("dashIncome")} value={roundDecimal(pnl.total_income)} />
          <Statistic title={t("dashExpenses")} value={roundDecimal(pnl.total_expenses)} />
          <Statistic
            title={t("dashResult")}
            value={roundDecimal(pnl.result)}
            valueStyle={{ color: pnl.result.startsWith("-") ? "#cf1322" : "#3f8600" }}
            data-testid="pnl-result"
          />
        </Space>
      )}
    </CardFrame>
  );
}
