import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Tabs, Typography } from "antd";
import { sales } from "../../api/client";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { Action } from "./Action";
import { can, compareDecimal, idempotent, type ShippingLine, shippableWarehouses } from "./common";
import { OrderLifecycleButtons } from "./OrderLifecycleButtons";
import { ReturnTable } from "./Returns";
import { InvoiceTable, ShipmentTable } from "./tables";
import { useDocument } from "./useDocument";

interface OrderLine {
  line_no: number;
  sku: string;
  warehouse: string;
  quantity: string;
  unit: string;
  status: string;
  backorder_position: number | null;
  rejection: string | null;
  shipped: string;
  unit_price: string;
  net_amount: string;
  pricing: { price_source: string; explained: string };
}
interface OrderView {
  order_id: string;
  order_no: string;
  customer_id: string;
  customer_code: string | null;
  status: string;
  status_reason: string | null;
  currency: string;
  total: string;
  discount_total: string;
  quotation_id: string | null;
  ship_to: string | null;
  promised_on: string | null;
  taken_on: string;
  taken_by: string;
  credit_hold: { reason: string; exposure: string; order_total: string; credit_limit: string } | null;
  lines: OrderLine[];
}

/** An order's page: its lines with their reservation status and backorders, each line's price
 * explained, its shipments and invoices; cancel it (sales), release or refuse its credit hold
 * (credit controller), create a shipment of its reserved lines (warehouse). */
export function OrderScreen({ id }: { id: string }) {
  const t = useT();
  const { doc, error, reload, token } = useDocument<OrderView>(
    () => sales.GET("/orders/{order_id}", { params: { path: { order_id: id } } }),
    [id],
  );
  if (error) return <Alert type="error" title={error} />;
  if (!doc) return null;
  const held = doc.status === "held_on_credit";
  return (
    <Card
      title={`${t("orderNo")} ${doc.order_no}`}
      data-testid="order-page"
      extra={
        <Button onClick={reload} data-testid="order-refresh">
          {t("refresh")}
        </Button>
      }
    >
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("status")}>
          <span data-testid="order-status">{doc.status}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("customer")}>{doc.customer_code ?? doc.customer_id}</Descriptions.Item>
        <Descriptions.Item label={t("total")}>{`${doc.total} ${doc.currency}`}</Descriptions.Item>
        <Descriptions.Item label={t("slDiscountTotal")}>{doc.discount_total}</Descriptions.Item>
        <Descriptions.Item label={t("takenOn")}>{`${doc.taken_on} (${doc.taken_by})`}</Descriptions.Item>
        <Descriptions.Item label={t("promisedOn")}>{doc.promised_on ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slShipTo")}>{doc.ship_to ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slQuotation")}>
          {doc.quotation_id ? <a href={href("quotation", { id: doc.quotation_id })}>{doc.quotation_id}</a> : "—"}
        </Descriptions.Item>
      </Descriptions>
      {doc.status_reason && (
        <Alert type={held ? "warning" : "info"} title={doc.status_reason} style={{ marginBottom: 16 }} data-testid="order-reason" />
      )}
      {doc.credit_hold && (
        <Descriptions size="small" title={t("slCreditHold")} column={3} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t("slExposure")}>{doc.credit_hold.exposure}</Descriptions.Item>
          <Descriptions.Item label={t("total")}>{doc.credit_hold.order_total}</Descriptions.Item>
          <Descriptions.Item label={t("slCreditLimit")}>{doc.credit_hold.credit_limit}</Descriptions.Item>
        </Descriptions>
      )}
      <Table<OrderLine>
        data-testid="order-lines"
        rowKey="line_no"
        size="small"
        pagination={false}
        dataSource={doc.lines}
        columns={[
          { title: t("line"), dataIndex: "line_no" },
          { title: t("sku"), dataIndex: "sku" },
          { title: t("warehouse"), dataIndex: "warehouse" },
          { title: t("quantity"), render: (_, l) => `${l.quantity} ${l.unit}`, align: "right" },
          {
            title: t("slReservation"),
            render: (_, l) => (
              <span data-testid={`order-line-${l.line_no}-status`}>
                {l.status}
                {l.backorder_position !== null && ` (${t("position")} ${l.backorder_position})`}
                {l.rejection && ` — ${l.rejection}`}
              </span>
            ),
          },
          { title: t("slShipped"), dataIndex: "shipped", align: "right" },
          { title: t("unitPrice"), dataIndex: "unit_price", align: "right" },
          { title: t("slNetAmount"), dataIndex: "net_amount", align: "right" },
          {
            title: t("priceExplained"),
            render: (_, l) => <Typography.Text type="secondary">{l.pricing.explained}</Typography.Text>,
          },
        ]}
      />
      <Space style={{ margin: "16px 0" }} wrap>
        <OrderLifecycleButtons id={id} status={doc.status} lines={doc.lines} onDone={reload} />
        {can("sales") && !["cancelled", "closed", "shipped", "delivered"].includes(doc.status) && (
          <Action
            label={t("cancelOrder")}
            testid="order-cancel"
            danger
            fields={
              <Form.Item name="reason" label={t("reason")}>
                <Input data-testid="order-cancel-reason" />
              </Form.Item>
            }
            call={(v) =>
              sales.POST("/orders/{order_id}/cancel", {
                params: { path: { order_id: id } },
                body: { reason: String(v.reason ?? "").trim() },
                headers: idempotent(),
              })
            }
            onDone={reload}
          />
        )}
        {held && can("credit_controller") && <CreditButtons id={id} onDone={reload} />}
        {can("sales") && doc.lines.some((l) => compareDecimal(l.shipped, "0") > 0) && (
          <Button onClick={() => navigate("request-return", { order: id })} data-testid="order-request-return">
            {t("slRequestReturn")}
          </Button>
        )}
      </Space>
      {can("warehouse") && <Shipping id={id} version={token} />}
      <Tabs
        items={[
          { key: "shipments", label: t("slShipments"), children: <ShipmentTable filters={{ order_id: id }} reloadToken={token} /> },
          { key: "invoices", label: t("slInvoices"), children: <InvoiceTable orderId={id} reloadToken={token} /> },
          { key: "returns", label: t("slReturns"), children: <ReturnTable filters={{ order_id: id }} reloadToken={token} /> },
        ]}
      />
    </Card>
  );
}

export function CreditButtons({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT();
  return (
    <>
      <Action
        label={t("releaseHold")}
        testid={`release-${id}`}
        primary
        fields={
          <Form.Item name="note" label={t("slNote")}>
            <Input />
          </Form.Item>
        }
        call={(v) =>
          sales.POST("/orders/{order_id}/release-credit-hold", {
            params: { path: { order_id: id } },
            body: { note: String(v.note ?? "").trim() || null },
            headers: idempotent(),
          })
        }
        onDone={onDone}
      />
      <Action
        label={t("refuseCredit")}
        testid={`refuse-${id}`}
        danger
        fields={
          <Form.Item name="reason" label={t("reason")}>
            <Input />
          </Form.Item>
        }
        call={(v) =>
          sales.POST("/orders/{order_id}/refuse-credit", {
            params: { path: { order_id: id } },
            body: { reason: String(v.reason ?? "").trim() },
            headers: idempotent(),
          })
        }
        onDone={onDone}
      />
    </>
  );
}

interface ShippingOrder {
  lines: ShippingLine[];
}

/** What the warehouse may ship of the order: reserved, not yet on a shipment, per warehouse. */
function Shipping({ id, version }: { id: string; version: number }) {
  const t = useT();
  const { doc } = useDocument<ShippingOrder>(
    () => sales.GET("/shipping-orders/{order_id}", { params: { path: { order_id: id }, query: {} } }),
    [id, version],
  );
  if (!doc) return null;
  const from = shippableWarehouses(doc.lines);
  return (
    <Space style={{ marginBottom: 16 }} wrap data-testid="order-shipping">
      {from.map((warehouse) => (
        <Action
          key={warehouse}
          label={`${t("createShipment")} ${warehouse}`}
          testid={`create-shipment-${warehouse}`}
          primary
          call={() =>
            sales.POST("/warehouses/{warehouse}/shipments", {
              params: { path: { warehouse } },
              body: { order_id: id },
              headers: idempotent(),
            })
          }
          onDone={(answer) => navigate("shipment", { id: (answer as { id: string }).id })}
        />
      ))}
    </Space>
  );
}
