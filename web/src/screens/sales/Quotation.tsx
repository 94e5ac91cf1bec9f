import { Alert, Card, Descriptions, Form, Input, Space, Table } from "antd";
import { sales } from "../../api/client";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { Action } from "./Action";
import { can, idempotent, trimmed } from "./common";
import { useDocument } from "./useDocument";

interface QuotedLine {
  line_no: number;
  sku: string;
  warehouse: string;
  quantity: string;
  unit: string;
  unit_price: string;
  discount_percent: string;
  net_amount: string;
}
interface QuotationView {
  quotation_id: string;
  status: string;
  customer_id: string;
  currency: string;
  total: string;
  valid_until: string;
  accepted_on: string | null;
  order_id: string | null;
  created_by: string;
  lines: QuotedLine[];
}

/** A quotation with its priced lines; accept it, and convert an accepted one into an order. */
export function QuotationScreen({ id }: { id: string }) {
  const t = useT();
  const { doc, error, reload } = useDocument<QuotationView>(
    () => sales.GET("/quotations/{quotation_id}", { params: { path: { quotation_id: id } } }),
    [id],
  );
  if (error) return <Alert type="error" title={error} />;
  if (!doc) return null;
  const mine = can("sales");
  return (
    <Card title={`${t("slQuotation")} ${doc.quotation_id}`} data-testid="quotation-page">
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("status")}>
          <span data-testid="quotation-status">{doc.status}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("customer")}>{doc.customer_id}</Descriptions.Item>
        <Descriptions.Item label={t("total")}>{`${doc.total} ${doc.currency}`}</Descriptions.Item>
        <Descriptions.Item label={t("slValidUntil")}>{doc.valid_until}</Descriptions.Item>
        <Descriptions.Item label={t("slAcceptedOn")}>{doc.accepted_on ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slCreatedBy")}>{doc.created_by}</Descriptions.Item>
        <Descriptions.Item label={t("slOrderId")}>
          {doc.order_id ? <a href={href("order", { id: doc.order_id })}>{doc.order_id}</a> : "—"}
        </Descriptions.Item>
      </Descriptions>
      <Table<QuotedLine>
        rowKey="line_no"
        size="small"
        pagination={false}
        dataSource={doc.lines}
        columns={[
          { title: t("line"), dataIndex: "line_no" },
          { title: t("sku"), dataIndex: "sku" },
          { title: t("warehouse"), dataIndex: "warehouse" },
          { title: t("quantity"), render: (_, l) => `${l.quantity} ${l.unit}`, align: "right" },
          { title: t("unitPrice"), dataIndex: "unit_price", align: "right" },
          { title: t("discountFraction"), dataIndex: "discount_percent", align: "right" },
          { title: t("slNetAmount"), dataIndex: "net_amount", align: "right" },
        ]}
      />
      {mine && (
        <Space style={{ marginTop: 16 }}>
          {doc.status === "open" && (
            <Action
              label={t("acceptQuotation")}
              testid="quotation-accept"
              primary
              call={() =>
                sales.POST("/quotations/{quotation_id}/accept", {
                  params: { path: { quotation_id: id } },
                  headers: idempotent(),
                })
              }
              onDone={reload}
            />
          )}
          {doc.status === "accepted" && (
            <Action
              label={t("convertQuotation")}
              testid="quotation-convert"
              primary
              fields={
                <>
                  <Form.Item name="ship_to" label={t("slShipTo")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="promised_on" label={`${t("promisedOn")} (YYYY-MM-DD)`}>
                    <Input />
                  </Form.Item>
                </>
              }
              call={async (values) => {
                const answer = await sales.POST("/quotations/{quotation_id}/convert", {
                  params: { path: { quotation_id: id } },
                  body: trimmed(values) as never,
                  headers: idempotent(),
                });
                return answer;
              }}
              onDone={() => {
                reload();
              }}
            />
          )}
          {doc.order_id && (
            <a onClick={() => navigate("order", { id: doc.order_id })} data-testid="quotation-open-order">
              {t("openOrder")}
            </a>
          )}
        </Space>
      )}
    </Card>
  );
}
