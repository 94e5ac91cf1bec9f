import { Button, DatePicker, Form, Select, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useCallback, useState } from "react";
import { purchasing } from "../../api/client";
import { money } from "../../components/decimals";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { ORDER_STATUSES, type OrderRow, poNumber } from "./model";
import { SupplierPicker } from "./SupplierPicker";

type Status = (typeof ORDER_STATUSES)[number];
interface Filters {
  status?: Status[];
  supplier_id?: string;
  created?: [Dayjs | null, Dayjs | null] | null;
}

/** Purchase orders filtered by status (default: the open ones), supplier and creation day,
 * sorted and keyset paged by purchasing (oldest first unless a sortable header says
 * otherwise); a row opens the order. */
export function PurchaseOrdersScreen({ initialStatus }: { initialStatus?: Status[] }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ status: initialStatus });
  const fetchPage = useCallback<FetchPage<OrderRow>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await purchasing.GET("/purchase-orders", {
        params: {
          query: {
            status: filters.status?.length ? filters.status : null,
            supplier_id: filters.supplier_id ?? null,
            created_from: filters.created?.[0]?.format("YYYY-MM-DD") ?? null,
            created_to: filters.created?.[1]?.format("YYYY-MM-DD") ?? null,
            limit,
            ...sortParams(cursor, sort),
          },
        },
      });
      const rows = data as unknown as OrderRow[] | undefined;
      return { data: error ? undefined : cursorPage(rows, response), error };
    },
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} initialValues={filters} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="status" label={t("status")}>
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 220 }}
            data-testid="orders-filter-status"
            options={ORDER_STATUSES.map((s) => ({ value: s, label: s }))}
          />
        </Form.Item>
        <Form.Item name="supplier_id" label={t("purSupplier")}>
          <SupplierPicker />
        </Form.Item>
        <Form.Item name="created" label={t("purCreatedOn")}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="po-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<OrderRow>
        testid="po-table"
        exportName="purchase-orders"
        rowKey="purchase_order_id"
        fetchPage={fetchPage}
        onRow={(r) => ({ onClick: () => navigate("purchase-order", { id: r.purchase_order_id }), style: { cursor: "pointer" } })}
        columns={[
          {
            title: t("purOrder"),
            dataIndex: "po_no",
            serverSort: true,
            render: (no: number | null, r) => (
              <a href={href("purchase-order", { id: r.purchase_order_id })}>{poNumber(no) || r.purchase_order_id.slice(-12)}</a>
            ),
            exportValue: (r) => poNumber(r.po_no),
          },
          { title: t("status"), dataIndex: "status", serverSort: true, render: (s: string) => <Tag data-testid="po-status">{s}</Tag> },
          {
            title: t("purSupplier"),
            key: "supplier",
            dataIndex: "supplier_name",
            serverSort: true,
            render: (name: string | null, r) => <a href={href("supplier", { id: r.supplier_id })}>{name ?? r.supplier_id.slice(-12)}</a>,
          },
          { title: t("total"), key: "total", serverSort: true, render: (_, r) => `${money(r.total)} ${r.currency}`, exportValue: (r) => r.total, exportTitle: "total", align: "right" },
          { title: t("purApprovedBy"), dataIndex: "approved_by" },
          { title: t("purCreatedOn"), dataIndex: "created_at", serverSort: true, render: (v: string) => v.slice(0, 10) },
        ]}
      />
    </>
  );
}
