import { Badge, Button, Drawer, Form, Input, Space } from "antd";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { money } from "../../components/decimals";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useChanges } from "../../components/useChanges";
import { useT } from "../../i18n";
import { Ledger } from "./Ledger";
import { StockMovements } from "./StockMovements";

type StockLevel = components["schemas"]["StockLevel"];
interface Filters {
  sku?: string;
  warehouse?: string;
  category?: string;
}

/** Stock by SKU × warehouse, filtered, sorted and keyset paged by the inventory service (by SKU
 * unless a sortable header says otherwise); live: a receipt put in stock elsewhere refetches
 * the page shown. A row opens its ledger. */
export function StockScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const initial = { sku: params.get("sku") ?? undefined, warehouse: params.get("warehouse") ?? undefined };
  const [filters, setFilters] = useState<Filters>(initial);
  const [open, setOpen] = useState<StockLevel | null>(null);
  const [refresh, setRefresh] = useState(0);
  const live = useChanges("inventory", ["stock-keeper"], () => setRefresh((n) => n + 1));

  const fetchPage = useCallback<FetchPage<StockLevel>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/stock", {
        params: {
          query: {
            sku: filters.sku || null,
            warehouse: filters.warehouse || null,
            category: filters.category || null,
            limit,
            ...sortParams(cursor, sort),
          },
        },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [filters],
  );

  const columns: Column<StockLevel>[] = [
    { title: t("sku"), dataIndex: "sku", serverSort: true },
    { title: t("warehouse"), dataIndex: "warehouse", serverSort: true },
    { title: t("onHand"), dataIndex: "on_hand", align: "right", serverSort: true },
    { title: t("reserved"), dataIndex: "reserved", align: "right", serverSort: true },
    { title: t("available"), dataIndex: "available", align: "right" },
    { title: t("inTransit"), dataIndex: "in_transit", align: "right", serverSort: true },
    { title: t("backordered"), dataIndex: "backordered", align: "right" },
    { title: t("unit"), dataIndex: "unit" },
    { title: t("value"), dataIndex: "value", align: "right", serverSort: true, render: (_, r) => `${money(r.value)} ${r.currency}` },
  ];

  return (
    <>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        initialValues={initial}
        onFinish={(v: Filters) => setFilters({ sku: v.sku?.trim(), warehouse: v.warehouse?.trim(), category: v.category?.trim() })}
      >
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear data-testid="stock-filter-sku" />
        </Form.Item>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear data-testid="stock-filter-warehouse" />
        </Form.Item>
        <Form.Item name="category" label={t("category")}>
          <Input allowClear data-testid="stock-filter-category" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="stock-search">
            {t("search")}
          </Button>
          <Button onClick={() => setRefresh((n) => n + 1)}>{t("refresh")}</Button>
          <Badge status={live ? "processing" : "default"} text={live ? t("invLive") : t("invNotLive")} data-testid={live ? "live-on" : "live-off"} />
        </Space>
      </Form>
      <ServerTable<StockLevel>
        testid="stock-table"
        rowKey={(r) => `${r.sku}/${r.warehouse}`}
        fetchPage={fetchPage}
        columns={columns}
        exportName="stock"
        pageSize={Number(params.get("page_size")) || 50}
        refreshToken={refresh}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: "pointer" } })}
      />
      <Drawer
        size="large"
        open={open !== null}
        onClose={() => setOpen(null)}
        title={open ? `${t("ledger")} · ${open.sku} @ ${open.warehouse}` : ""}
      >
        {open && (
          <StockMovements sku={open.sku} warehouse={open.warehouse} unit={open.unit} currency={open.currency} onDone={() => setRefresh((n) => n + 1)} />
        )}
        {open && <Ledger sku={open.sku} warehouse={open.warehouse} refresh={refresh} />}
      </Drawer>
    </>
  );
}
