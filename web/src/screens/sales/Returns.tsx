import { Button, Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { type ReactNode, useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { can, paged } from "./common";
import { salesPageQuery, sortedColumns } from "./sorts";

interface ReturnRow {
  return_id: string;
  order_id: string;
  customer_id: string;
  status: string;
  reason: string;
  requested_at: string;
  updated_at: string;
}

export const RETURN_STATUSES = ["requested", "approved", "refused", "received", "refunded", "exchanged"] as const;
export interface ReturnFilters {
  order_id?: string;
  customer_id?: string;
  status?: (typeof RETURN_STATUSES)[number];
}

/** Customer returns (RMA), by order, customer and status (paged by sales). */
export function ReturnsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<ReturnFilters>({});
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: ReturnFilters) => setFilters(v)}>
        <Form.Item name="order_id" label={t("slOrderId")}>
          <Input allowClear style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="customer_id" label={t("customer")}>
          <Input allowClear style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 140 }} options={RETURN_STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ReturnTable
        filters={filters}
        toolbar={
          can("sales") && (
            <Button type="primary" onClick={() => navigate("request-return")} data-testid="return-new">
              {t("slRequestReturn")}
            </Button>
          )
        }
      />
    </>
  );
}

/** The returns of the filters (an order's on the order's page), paged by sales, exportable. */
export function ReturnTable({ filters, reloadToken, toolbar }: { filters: ReturnFilters; reloadToken?: number; toolbar?: ReactNode }) {
  const t = useT();
  const fetchPage = useCallback<FetchPage<ReturnRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/customer-returns", {
          params: {
            query: {
              order_id: filters.order_id?.trim() || null,
              customer_id: filters.customer_id?.trim() || null,
              status: filters.status ?? null,
              limit,
              ...salesPageQuery("customerReturns", after, sort),
            },
          },
        }),
      ),
    [filters],
  );
  return (
    <ServerTable<ReturnRow>
      testid="returns-table"
      exportName="customer-returns"
      rowKey="return_id"
      fetchPage={fetchPage}
      reloadToken={reloadToken}
      toolbar={toolbar}
      columns={sortedColumns<ReturnRow>("customerReturns", [
        {
          title: t("slReturn"),
          dataIndex: "return_id",
          render: (id: string) => <a href={href("return", { id })}>{id.slice(0, 8)}…</a>,
        },
        {
          title: t("slOrderId"),
          dataIndex: "order_id",
          render: (id: string) => <a href={href("order", { id })}>{id.slice(0, 8)}…</a>,
        },
        { title: t("customer"), dataIndex: "customer_id" },
        { title: t("status"), dataIndex: "status" },
        { title: t("reason"), dataIndex: "reason" },
        // to the minute, in the browser's time zone; exported as the API gives it
        { title: t("slRequestedAt"), dataIndex: "requested_at", render: (at: string) => minute(at) },
        { title: t("slUpdatedAt"), dataIndex: "updated_at", render: (at: string) => minute(at) },
      ])}
    />
  );
}

const minute = (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm");
