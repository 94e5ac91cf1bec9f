import { Badge, Typography } from "antd";
import { useMemo } from "react";
import { inventory } from "../../api/client";
import { Chart } from "../../components/Chart";
import { useChanges } from "../../components/useChanges";
import { useT } from "../../i18n";
import type { CardDef } from "./cards";
import { CardFrame } from "./CardFrame";
import { stockValueOption, totalsByCurrency, type WarehouseValue } from "./charts";
import { useFetched } from "./useFetched";

export function StockValueCard({ card }: { card: CardDef }) {
  const t = useT();
  const { data, error, reload } = useFetched(() => inventory.GET("/stock-value", {}));
  const live = useChanges("inventory", ["stock-keeper"], reload);
  const rows = (data ?? []) as WarehouseValue[];
  const option = useMemo(() => stockValueOption(rows), [rows]);
  return (
    <CardFrame
      card={card}
      title={t("dashStockValue")}
      loading={data === undefined}
      error={error}
      extra={live ? <Badge status="processing" text={t("dashLive")} style={{ marginRight: 12 }} /> : null}
    >
      <Typography.Text strong data-testid="stock-value-total">
        {totalsByCurrency(rows).join(" · ")}
      </Typography.Text>
      <Chart option={option} testid="stock-value-chart" style={{ height: 240 }} />
    </CardFrame>
  );
}
