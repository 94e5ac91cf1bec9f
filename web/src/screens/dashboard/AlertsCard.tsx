import { List, Space, Statistic, Tag } from "antd";
import { inventory } from "../../api/client";
import { useChanges } from "../../components/useChanges";
import { useT } from "../../i18n";
import { href } from "../../nav";
import type { CardDef } from "./cards";
import { CardFrame } from "./CardFrame";
import { type Alert, alertCounts } from "./charts";
import { useFetched } from "./useFetched";

const SHOWN = 200;

/** Positions outside their reorder rule's band (inventory's alerts), live. */
export function AlertsCard({ card }: { card: CardDef }) {
  const t = useT();
  const { data, error, reload } = useFetched(() => inventory.GET("/alerts", { params: { query: { limit: SHOWN } } }));
  useChanges("inventory", ["stock-keeper"], reload);
  const alerts = (data ?? []) as Alert[];
  const { low, over } = alertCounts(alerts);
  const more = alerts.length >= SHOWN ? "+" : "";
  return (
    <CardFrame card={card} title={t("dashAlerts")} loading={data === undefined} error={error}>
      <Space size="large">
        <Statistic title={t("dashLowStock")} value={`${low}${more}`} valueStyle={{ color: "#cf1322" }} data-testid="alerts-low" />
        <Statistic title={t("dashOverstock")} value={`${over}${more}`} valueStyle={{ color: "#d48806" }} data-testid="alerts-over" />
      </Space>
      <List
        size="small"
        dataSource={alerts.slice(0, 5)}
        renderItem={(a) => (
          <List.Item>
            <a href={href("stock", { sku: a.sku, warehouse: a.warehouse })}>
              {a.sku} @ {a.warehouse}
            </a>
            <span>
              <Tag color={a.alert === "below_min" ? "red" : "gold"}>{a.alert === "below_min" ? t("dashLowStock") : t("dashOverstock")}</Tag>
              {a.available} ({a.min_quantity}–{a.max_quantity})
            </span>
          </List.Item>
        )}
      />
    </CardFrame>
  );
}
