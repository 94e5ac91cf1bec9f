import { Button, DatePicker, Form, Input, Select, Space, Table, Tabs } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { sales } from "../api/client";
import { useT } from "../i18n";

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
}

interface Page<T> {
  items: T[];
  next: string | null;
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

function usePaged<T>(fetchPage: (after: string | null) => Promise<Page<T> | undefined>, deps: unknown[]) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<Page<T>>({ items: [], next: null });
  const [loading, setLoading] = useState(false);
  const after = cursors[cursors.length - 1];
  useEffect(() => setCursors([null]), deps); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    setLoading(true);
    void fetchPage(after).then((p) => {
      setLoading(false);
      setPage(p ?? { items: [], next: null });
    });
  }, [after, ...deps]); // eslint-disable-line react-hooks/exhaustive-deps
  const pager = (
    <Space style={{ marginTop: 16 }}>
      <PagerButtons
        first={cursors.length > 1 ? () => setCursors([null]) : null}
        next={page.next ? () => setCursors([...cursors, page.next]) : null}
      />
    </Space>
  );
  return { page, loading, pager };
}

function PagerButtons({ first, next }: { first: (() => void) | null; next: (() => void) | null }) {
  const t = useT();
  return (
    <>
      <Button disabled={!first} onClick={first ?? undefined}>
        {t("first")}
      </Button>
      <Button disabled={!next} onClick={next ?? undefined} data-testid="next-page">
        {t("next")}
      </Button>
    </>
  );
}

function OrderBook() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const { page, loading, pager } = usePaged<OrderRow>(
    async (after) => {
      const { data } = await sales.GET("/orders", {
        params: {
          query: {
            sku: filters.sku || null,
            warehouse: filters.warehouse || null,
            status: filters.status || null,
            taken_from: filters.taken?.[0]?.format("YYYY-MM-DD") ?? null,
            taken_to: filters.taken?.[1]?.format("YYYY-MM-DD") ?? null,
            after,
          },
        },
      });
      return data as Page<OrderRow> | undefined;
    },
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
      <Table<OrderRow>
        data-testid="orders-table"
        rowKey="order_id"
        loading={loading}
        dataSource={page.items}
        pagination={false}
        columns={[
          { title: t("orderNo"), dataIndex: "order_no" },
          { title: t("status"), dataIndex: "status" },
          { title: t("total"), render: (_, r) => `${r.total.amount} ${r.total.currency}`, align: "right" },
          { title: t("takenOn"), dataIndex: "taken_on" },
          { title: t("promisedOn"), dataIndex: "promised_on" },
        ]}
      />
      {pager}
    </>
  );
}

function Backorders() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const { page, loading, pager } = usePaged<BackorderRow>(
    async (after) => {
      const { data } = await sales.GET("/backorders", {
        params: { query: { sku: filters.sku || null, warehouse: filters.warehouse || null, after } },
      });
      return data as Page<BackorderRow> | undefined;
    },
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
      <Table<BackorderRow>
        data-testid="backorders-table"
        rowKey={(r) => `${r.order_id}/${r.line_no}`}
        loading={loading}
        dataSource={page.items}
        pagination={false}
        columns={[
          { title: t("orderNo"), dataIndex: "order_no" },
          { title: t("line"), dataIndex: "line_no" },
          { title: t("sku"), dataIndex: "sku" },
          { title: t("warehouse"), dataIndex: "warehouse" },
          { title: t("quantity"), render: (_, r) => `${r.quantity} ${r.unit}`, align: "right" },
          { title: t("position"), dataIndex: "position" },
          { title: t("takenOn"), dataIndex: "taken_on" },
        ]}
      />
      {pager}
    </>
  );
}
