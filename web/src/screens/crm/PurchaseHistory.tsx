import { Select } from "antd";
import { useCallback, useState } from "react";
import { crm } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { paged } from "../sales/common";
import { dayOf } from "./days";
import { ORDER_STATUSES, type OrderStatus, orderStatusLabel } from "./orderStatus";

export interface OrderRow {
  order_id: string;
  order_no: string | null;
  placed_at: string;
  currency: string;
  total: string;
  status: string;
  shipped_at: string | null;
  delivered_at: string | null;
  invoiced_on: string | null;
}

/** A customer's orders, latest first, each with how far it went (its current status, when it
 * shipped, was delivered and invoiced), filtered by status and paged by crm. */
export function PurchaseHistory({ customerId, code }: { customerId: string; code: string }) {
  const t = useT();
  const [status, setStatus] = useState<OrderStatus | undefined>();
  const fetchOrders = useCallback<FetchPage<OrderRow>>(
    (after, limit) =>
      paged(
        crm.GET("/customers/{customer_id}/purchase-history/orders", {
          params: { path: { customer_id: customerId }, query: { status: status ?? null, after: after as string | null, limit } },
        }),
      ),
    [customerId, status],
  );
  return (
    <ServerTable<OrderRow>
      testid="customer-orders-table"
      exportName={`orders-${code}`}
      rowKey="order_id"
      fetchPage={fetchOrders}
      toolbar={
        <Select<OrderStatus>
          allowClear
          placeholder={t("crmOrderStatus")}
          style={{ width: 180 }}
          value={status}
          onChange={setStatus}
          options={ORDER_STATUSES.map((s) => ({ value: s, label: orderStatusLabel(s, t) }))}
          data-testid="customer-orders-filter-status"
        />
      }
      columns={[
        {
          title: t("crmOrderNo"),
          dataIndex: "order_no",
          render: (no: string | null, r) => <a href={href("order", { id: r.order_id })}>{no ?? r.order_id}</a>,
        },
        { title: t("crmPlacedAt"), dataIndex: "placed_at" },
        {
          title: t("crmOrderStatus"),
          dataIndex: "status",
          render: (s: string, r) => <span data-testid={`customer-order-status-${r.order_id}`}>{orderStatusLabel(s, t)}</span>,
          exportValue: (r) => orderStatusLabel(r.status, t),
        },
        { title: t("crmShippedAt"), dataIndex: "shipped_at", render: dayOf, exportValue: (r) => r.shipped_at },
        { title: t("crmDeliveredAt"), dataIndex: "delivered_at", render: dayOf, exportValue: (r) => r.delivered_at },
        { title: t("crmInvoicedOn"), dataIndex: "invoiced_on", render: dayOf, exportValue: (r) => r.invoiced_on },
        {
          title: t("total"),
          render: (_, r) => `${r.total} ${r.currency}`,
          exportValue: (r) => r.total,
          align: "right",
        },
      ]}
    />
  );
}
