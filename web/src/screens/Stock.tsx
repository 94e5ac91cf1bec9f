import { Alert, Button, Drawer, Form, Input, Space, Table } from "antd";
import { useCallback, useEffect, useState } from "react";
import { inventory } from "../api/client";
import type { components } from "../api/inventory";
import type { Problem } from "../api/problems";
import { useT } from "../i18n";

type StockLevel = components["schemas"]["StockLevel"];
type LedgerLine = components["schemas"]["LedgerLine"];
const LEDGER_PAGE = 20;

/** Stock by SKU × warehouse: filtered by the service (sku, warehouse); a row opens its ledger,
 * keyset paged by the service (after_id). */
export function StockScreen() {
  const t = useT();
  const [filters, setFilters] = useState<{ sku?: string; warehouse?: string }>({});
  const [rows, setRows] = useState<StockLevel[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<StockLevel | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    const { data, error: problem } = await inventory.GET("/stock", {
      params: { query: { sku: filters.sku || null, warehouse: filters.warehouse || null } },
    });
    setLoading(false);
    setError(problem ? ((problem as Problem).detail ?? "error") : null);
    setRows(data ?? []);
  }, [filters]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v: { sku?: string; warehouse?: string }) =>
          setFilters({ sku: v.sku?.trim(), warehouse: v.warehouse?.trim() })
        }
      >
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear data-testid="stock-filter-sku" />
        </Form.Item>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear data-testid="stock-filter-warehouse" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="stock-search">
            {t("search")}
          </Button>
          <Button onClick={() => void load()}>{t("refresh")}</Button>
        </Space>
      </Form>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Table<StockLevel>
        data-testid="stock-table"
        rowKey={(r) => `${r.sku}/${r.warehouse}`}
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: "pointer" } })}
        columns={[
          { title: t("sku"), dataIndex: "sku", sorter: (a, b) => a.sku.localeCompare(b.sku) },
          { title: t("warehouse"), dataIndex: "warehouse" },
          { title: t("onHand"), dataIndex: "on_hand", align: "right" },
          { title: t("reserved"), dataIndex: "reserved", align: "right" },
          { title: t("available"), dataIndex: "available", align: "right" },
          { title: t("inTransit"), dataIndex: "in_transit", align: "right" },
          { title: t("backordered"), dataIndex: "backordered", align: "right" },
          { title: t("unit"), dataIndex: "unit" },
          { title: t("value"), render: (_, r) => `${r.value} ${r.currency}`, align: "right" },
        ]}
      />
      <Drawer
        size="large"
        open={open !== null}
        onClose={() => setOpen(null)}
        title={open ? `${t("ledger")} · ${open.sku} @ ${open.warehouse}` : ""}
      >
        {open && <Ledger sku={open.sku} warehouse={open.warehouse} />}
      </Drawer>
    </>
  );
}

function Ledger({ sku, warehouse }: { sku: string; warehouse: string }) {
  const t = useT();
  const [pages, setPages] = useState<number[]>([0]); // after_id of each page seen
  const [lines, setLines] = useState<LedgerLine[]>([]);
  const after = pages[pages.length - 1];

  useEffect(() => {
    void inventory
      .GET("/stock/{sku}/{warehouse}/ledger", {
        params: { path: { sku, warehouse }, query: { after_id: after, limit: LEDGER_PAGE } },
      })
      .then(({ data }) => setLines(data ?? []));
  }, [sku, warehouse, after]);

  return (
    <>
      <Table<LedgerLine>
        data-testid="ledger-table"
        size="small"
        rowKey="id"
        dataSource={lines}
        pagination={false}
        columns={[
          { title: t("occurredAt"), dataIndex: "occurred_at" },
          { title: t("movement"), dataIndex: "movement" },
          { title: t("quantity"), dataIndex: "quantity", align: "right" },
          { title: t("onHandAfter"), dataIndex: "on_hand_after", align: "right" },
          { title: t("reason"), dataIndex: "reason" },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={pages.length === 1} onClick={() => setPages([0])}>
          {t("first")}
        </Button>
        <Button
          disabled={lines.length < LEDGER_PAGE}
          onClick={() => setPages([...pages, lines[lines.length - 1].id])}
        >
          {t("next")}
        </Button>
      </Space>
    </>
  );
}
