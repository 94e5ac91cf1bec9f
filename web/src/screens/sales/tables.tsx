// The shipments and invoices lists (paged by sales), used on their own screens and on an
// order's page (filtered by the order).
import { useCallback } from "react";
import { sales } from "../../api/client";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { type MessageKey, useT } from "../../i18n";
import { href } from "../../nav";
import { paged } from "./common";
import { salesPageQuery, sortedColumns } from "./sorts";

export interface ShipmentRow {
  shipment_id: string;
  order_id: string;
  customer_id: string;
  warehouse: string;
  status: string;
  currency: string;
  value: string;
  carrier: string | null;
  service: string | null;
  tracking_number: string | null;
  promised_on: string | null;
  dispatched_on: string | null;
  delivered_on: string | null;
}

export interface InvoiceRow {
  invoice_id: string;
  invoice_no: string;
  order_id: string;
  shipment_id: string | null;
  customer_id: string;
  issued_on: string;
  due_on: string;
  currency: string;
  net_total: string;
  tax_total: string;
  gross_total: string;
}

export interface ShipmentFilters {
  order_id?: string;
  warehouse?: string;
  status?: string;
  carrier?: string;
  dispatched_on?: string;
}

const short = (id: string) => `${id.slice(0, 8)}…`;

export function shipmentColumns(t: (k: MessageKey) => string): Column<ShipmentRow>[] {
  return sortedColumns<ShipmentRow>("shipments", [
    {
      title: t("slShipment"),
      dataIndex: "shipment_id",
      render: (id: string) => <a href={href("shipment", { id })}>{short(id)}</a>,
    },
    {
      title: t("slOrderId"),
      dataIndex: "order_id",
      render: (id: string) => <a href={href("order", { id })}>{short(id)}</a>,
    },
    { title: t("warehouse"), dataIndex: "warehouse" },
    { title: t("status"), dataIndex: "status" },
    { title: t("value"), key: "value", render: (_, r) => `${r.value} ${r.currency}`, exportValue: (r) => r.value, align: "right" },
    { title: t("slCarrier"), dataIndex: "carrier" },
    { title: t("slTrackingNo"), dataIndex: "tracking_number" },
    { title: t("promisedOn"), dataIndex: "promised_on" },
    { title: t("slDispatchedOn"), dataIndex: "dispatched_on" },
    { title: t("slDeliveredOn"), dataIndex: "delivered_on" },
  ]);
}

export function ShipmentTable({ filters, reloadToken }: { filters: ShipmentFilters; reloadToken?: number }) {
  const t = useT();
  const fetchPage = useCallback<FetchPage<ShipmentRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/shipments", {
          params: {
            query: {
              order_id: filters.order_id || null,
              warehouse: filters.warehouse || null,
              status: (filters.status || null) as never,
              carrier: filters.carrier || null,
              dispatched_on: filters.dispatched_on || null,
              limit,
              ...salesPageQuery("shipments", after, sort),
            },
          },
        }),
      ),
    [filters],
  );
  return (
    <ServerTable<ShipmentRow>
      testid="shipments-table"
      exportName="shipments"
      rowKey="shipment_id"
      fetchPage={fetchPage}
      reloadToken={reloadToken}
      columns={shipmentColumns(t)}
    />
  );
}

export function InvoiceTable({ orderId, customerId, reloadToken }: { orderId?: string; customerId?: string; reloadToken?: number }) {
  const t = useT();
  const fetchPage = useCallback<FetchPage<InvoiceRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/invoices", {
          params: {
            query: {
              order_id: orderId || null,
              customer_id: customerId || null,
              limit,
              ...salesPageQuery("invoices", after, sort),
            },
          },
        }),
      ),
    [orderId, customerId],
  );
  return (
    <ServerTable<InvoiceRow>
      testid="invoices-table"
      exportName="invoices"
      rowKey="invoice_id"
      fetchPage={fetchPage}
      reloadToken={reloadToken}
      columns={sortedColumns<InvoiceRow>("invoices", [
        { title: t("slInvoiceNo"), dataIndex: "invoice_no" },
        {
          title: t("slOrderId"),
          dataIndex: "order_id",
          render: (id: string) => <a href={href("order", { id })}>{short(id)}</a>,
        },
        {
          title: t("slShipment"),
          dataIndex: "shipment_id",
          render: (id: string | null) => id && <a href={href("shipment", { id })}>{short(id)}</a>,
        },
        { title: t("customer"), dataIndex: "customer_id" },
        { title: t("slIssuedOn"), dataIndex: "issued_on" },
        { title: t("slDueOn"), dataIndex: "due_on" },
        { title: t("slNetAmount"), dataIndex: "net_total", align: "right" },
        { title: t("slTax"), dataIndex: "tax_total", align: "right" },
        {
          title: t("slGrossAmount"),
          key: "gross_total",
          render: (_, r) => `${r.gross_total} ${r.currency}`,
          exportValue: (r) => r.gross_total,
          align: "right",
        },
      ])}
    />
  );
}
