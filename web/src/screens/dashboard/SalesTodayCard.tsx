import { Space, Statistic } from "antd";
import { sales } from "../../api/client";
import { useT } from "../../i18n";
import type { CardDef } from "./cards";
import { CardFrame } from "./CardFrame";
import { today } from "./charts";
import { useFetched } from "./useFetched";

const PAGE = 200;
type Paged = { items: unknown[]; next: string | null };

/** Orders taken and shipments dispatched today: the count of the first page (the sales API
 * pages at 200; "200+" says there are more). */
export function SalesTodayCard({ card }: { card: CardDef }) {
  const t = useT();
  const { day } = today();
  const orders = useFetched(() =>
    sales.GET("/orders", { params: { query: { taken_from: day, taken_to: day, limit: PAGE } } }),
  );
  const shipments = useFetched(() => sales.GET("/shipments", { params: { query: { dispatched_on: day, limit: PAGE } } }));
  const count = (page: unknown) => {
    const p = page as Paged | undefined;
    return p ? `${p.items.length}${p.next ? "+" : ""}` : "";
  };
  return (
    <CardFrame
      card={card}
      title={t("dashSalesToday")}
      loading={orders.data === undefined || shipments.data === undefined}
      error={orders.error ?? shipments.error}
    >
      <Space size="large">
        <Statistic title={t("dashOrdersToday")} value={count(orders.data)} data-testid="orders-today" />
        <Statistic title={t("dashShipmentsToday")} value={count(shipments.data)} data-testid="shipments-today" />
      </Space>
    </CardFrame>
  );
}
