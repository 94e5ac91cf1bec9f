import { Button, Form, Input, Select, Tag } from "antd";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";
import { currentSession } from "../../session";
import { CountCancelButton } from "./CountCancelButton";
import { scopeOf } from "./counting";
import { keepsWarehouse } from "./stockForms";

type CountSummary = components["schemas"]["CountSummary"];
const STATUSES = ["open", "closed", "cancelled"] as const;
interface Filters {
  warehouse?: string;
  status?: (typeof STATUSES)[number];
}

/** The stock counts of every warehouse, filtered, sorted and keyset paged by the inventory
 * service (the latest opened first unless a sortable header says otherwise). Counting itself is
 * the handheld screen's. */
export function StockCountsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [reload, setReload] = useState(0);
  const session = currentSession();
  const fetchPage = useCallback<FetchPage<CountSummary>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/stock-counts", {
        params: { query: { warehouse: filters.warehouse?.trim() || null, status: filters.status ?? null, limit, ...sortParams(cursor, sort) } },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [filters],
  );
  const columns: Column<CountSummary>[] = [
    { title: t("warehouse"), dataIndex: "warehouse", serverSort: true },
    { title: t("invScope"), dataIndex: "scope", render: (_, r) => scopeOf(r), exportValue: scopeOf, exportTitle: t("invScope") },
    { title: t("status"), dataIndex: "status", serverSort: true, render: (s: string) => <Tag color={s === "open" ? "blue" : s === "closed" ? "green" : "default"}>{s}</Tag> },
    { title: t("invLinesCounted"), dataIndex: "lines_counted", align: "right", serverSort: true },
    { title: t("invLinesAdjusted"), dataIndex: "lines_adjusted", align: "right" },
    { title: t("invUncounted"), dataIndex: "uncounted", align: "right" },
    { title: t("invOpenedAt"), dataIndex: "opened_at", serverSort: true },
    { title: t("invClosedAt"), dataIndex: "closed_at", serverSort: true },
    {
      title: "",
      key: "actions",
      render: (_, r) =>
        r.status === "open" && keepsWarehouse(session?.roles ?? [], session?.warehouses ?? [], r.warehouse) ? (
          <CountCancelButton countId={r.count_id} onDone={() => setReload((n) => n + 1)} />
        ) : null,
    },
  ];
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear data-testid="counts-filter-warehouse" />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 140 }} options={STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<CountSummary> testid="counts-table" rowKey="count_id" fetchPage={fetchPage} columns={columns} exportName="stock-counts" reloadToken={reload} />
    </>
  );
}
