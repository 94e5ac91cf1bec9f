import { Button, DatePicker, Form, Input, Select, Tabs } from "antd";
import type { Dayjs } from "dayjs";
import { useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { salesPageQuery, sortedColumns } from "./sorts";

interface OrderRow {
  order_id: string;
  order_no: string;
  customer_id: string;
  status: string;
  total: { amount: string; currency: string };
  taken_on: string;
  promised_on: string | null;
}

interface BackorderRow {
  order_id: string;
  order_no: string;
  line_no: number;
  sku: string;
  warehouse: string;
  unit: string;
  quantity: string;
  position: number;
  taken_on: string;
  promised_on: string | null;
}

// What sales' order book answers as `status`: the stage, and while placed, the reservation.
const STATUSES = [
  "held_on_credit",
  "credit_refused",
  "placed",
  "reserved",
  "partly_backordered",
  "confirmed",
  "partially_shipped",
  "shipped",
  "delivered",
  "closed",
  "cancelled",
];

interface Filters {
  sku?: string;
  warehouse?: string;
  status?: string;
  taken?: [Dayjs | null, Dayjs | null] | null;
}

/** The sales order book (status = its reservation status) and the backordered lines, both
 * filtered and keyset paged by the sales service (`next`). */
export function OrdersScreen() {
  const t = useT();
  return (
    <Tabs
      items={[
        { key: "orders", label: t("orders"), children: <OrderBook /> },
        { key: "backorders", label: t("backorders"), children: <Backorders /> },
      ]}
    />
  );
}

/** A page as sales answers it ({items, next}) for the table. */
async function paged<T>(call: Promise<{ data?: unknown; error?: unknown }>) {
  const { data, error } = await call;
  const page = data as { items: T[]; next: string | null } | undefined;
  return { data: page && { rows: page.items, next: page.next }, error };
}

function OrderBook() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const fetchPage = useCallback<FetchPage<OrderRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/orders", {
        params: {
          query: {
            sku: filters.sku || null,
            warehouse: filters.warehouse || null,
            status: filters.status || null,
            taken_from: filters.taken?.[0]?.format("YYYY-MM-DD") ?? null,
            taken_to: filters.taken?.[1]?.format("YYYY-MM-DD") ?? null,
            after: after as string | null,
            limit,
            // sorted by the server when a column asks; its cursor then comes back in `next`
            ...(sort ? { sort: sort.field, order: sort.order } : {}),
          },
        },
      }),
      ),
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear data-testid="orders-filter-sku" />
        </Form.Item>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 160 }} options={STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="taken" label={t("takenOn")}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="orders-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<OrderRow>
        testid="orders-table"
        exportName="orders"
        rowKey="order_id"
        fetchPage={fetchPage}
        columns={[
          {
            title: t("orderNo"),
            dataIndex: "order_no",
            serverSort: true,
            render: (no: string, r) => <a href={href("order", { id: r.order_id })}>{no}</a>,
          },
          { title: t("status"), dataIndex: "status", serverSort: true },
          {
            title: t("total"),
            key: "total",
            serverSort: true,
            render: (_, r) => `${r.total.amount} ${r.total.currency}`,
            exportValue: (r) => r.total.amount,
            align: "right",
          },
          { title: t("takenOn"), dataIndex: "taken_on", serverSort: true },
          { title: t("promisedOn"), dataIndex: "promised_on", serverSort: true },
        ]}
      />
    </>
  );
}

function Backorders() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const fetchPage = useCallback<FetchPage<BackorderRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/backorders", {
          params: {
            query: {
              sku: filters.sku || null,
              warehouse: filters.warehouse || null,
              limit,
              ...salesPageQuery("backorders", after, sort),
            },
          },
        }),
      ),
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<BackorderRow>
        testid="backorders-table"
        exportName="backorders"
        rowKey={(r) => `${r.order_id}/${r.line_no}`}
        fetchPage={fetchPage}
        columns={sortedColumns<BackorderRow>("backorders", [
          {
            title: t("orderNo"),
            dataIndex: "order_no",
            render: (no: string, r) => <a href={href("order", { id: r.order_id })}>{no}</a>,
          },
          { title: t("line"), dataIndex: "line_no" },
          { title: t("sku"), dataIndex: "sku" },
          { title: t("warehouse"), dataIndex: "warehouse" },
          {
            title: t("quantity"),
            render: (_, r) => `${r.quantity} ${r.unit}`,
            exportValue: (r) => r.quantity,
            align: "right",
          },
          { title: t("position"), dataIndex: "position" },
          { title: t("takenOn"), dataIndex: "taken_on" },
          { title: t("promisedOn"), dataIndex: "promised_on" },
        ])}
      />
    </>
  );
}
