import { List, Space, Statistic } from "antd";
import { purchasing } from "../../api/client";
import { useT } from "../../i18n";
import { href } from "../../nav";
import type { CardDef } from "./cards";
import { CardFrame } from "./CardFrame";
import { useFetched } from "./useFetched";

const SHOWN = 1000;

/** Open purchase orders (purchasing's default: not yet received) and the late lines. */
export function PurchasingCard({ card }: { card: CardDef }) {
  const t = useT();
  const open = useFetched(() => purchasing.GET("/purchase-orders", { params: { query: { limit: SHOWN } } }));
  const late = useFetched(() => purchasing.GET("/late-deliveries", { params: { query: { limit: SHOWN } } }));
  const count = (rows: unknown[] | undefined) => (rows ? `${rows.length}${rows.length >= SHOWN ? "+" : ""}` : "");
  return (
    <CardFrame
      card={card}
      title={t("dashPurchasing")}
      loading={open.data === undefined || late.data === undefined}
      error={open.error ?? late.error}
    >
      <Space size="large">
        <Statistic title={t("dashOpenOrders")} value={count(open.data)} data-testid="open-pos" />
        <Statistic title={t("dashLateDeliveries")} value={count(late.data)} valueStyle={{ color: "#cf1322" }} data-testid="late-lines" />
      </Space>
      <List
        size="small"
        dataSource={(late.data ?? []).slice(0, 5)}
        renderItem={(l) => (
          <List.Item>
            <a href={href("purchase-order", { id: l.purchase_order_id })}>
              {l.sku} @ {l.warehouse}
            </a>
            <span>
              {l.accepted}/{l.ordered} · {l.expected_date} (+{l.days_late})
            </span>
          </List.Item>
        )}
      />
    </CardFrame>
  );
}
