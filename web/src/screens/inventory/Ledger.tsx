import { Button, DatePicker, Descriptions, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { money, perUnit } from "../../components/decimals";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";

type LedgerLine = components["schemas"]["LedgerLine"];
type AsOf = components["schemas"]["StockAsOf"];

/** A position's ledger, sorted (in the order posted unless a header says otherwise: newest
 * first by sorting descending) and keyset paged by the service, and its stock at a moment. */
export function Ledger({ sku, warehouse, refresh }: { sku: string; warehouse: string; refresh?: number }) {
  const t = useT();
  const [asOf, setAsOf] = useState<AsOf | null>(null);

  const fetchPage = useCallback<FetchPage<LedgerLine>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/stock/{sku}/{warehouse}/ledger", {
        params: { path: { sku, warehouse }, query: { limit, ...sortParams(cursor, sort) } },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [sku, warehouse],
  );

  const at = async (day: Dayjs | null) => {
    if (!day) return setAsOf(null);
    const { data } = await inventory.GET("/stock/{sku}/{warehouse}/as-of", {
      params: { path: { sku, warehouse }, query: { at: day.endOf("day").toISOString() } },
    });
    setAsOf(data ?? null);
  };

  const columns: Column<LedgerLine>[] = [
    { title: t("occurredAt"), dataIndex: "occurred_at", serverSort: true },
    { title: t("movement"), dataIndex: "movement" },
    { title: t("quantity"), dataIndex: "quantity", align: "right" },
    { title: t("invUnitCost"), dataIndex: "unit_cost", align: "right", render: (v: string | null) => perUnit(v) },
    { title: t("invValueChange"), dataIndex: "value_change", align: "right", render: (v: string, r) => `${money(v)} ${r.currency}` },
    { title: t("onHandAfter"), dataIndex: "on_hand_after", align: "right" },
    { title: t("invValueAfter"), dataIndex: "value_after", align: "right", render: (v: string) => money(v) },
    { title: t("reason"), dataIndex: "reason" },
  ];

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <span>{t("invAsOf")}</span>
        <DatePicker onChange={(d) => void at(d)} data-testid="as-of-date" />
        {asOf && (
          <Descriptions size="small" column={2} data-testid="as-of">
            <Descriptions.Item label={t("onHand")}>{asOf.on_hand}</Descriptions.Item>
            <Descriptions.Item label={t("value")}>{money(asOf.value)}</Descriptions.Item>
          </Descriptions>
        )}
        {asOf && <Button onClick={() => setAsOf(null)}>×</Button>}
      </Space>
      <ServerTable<LedgerLine>
        testid="ledger-table"
        size="small"
        rowKey="id"
        fetchPage={fetchPage}
        columns={columns}
        exportName={`ledger-${sku}-${warehouse}`}
        pageSize={20}
        refreshToken={refresh}
      />
    </>
  );
}
