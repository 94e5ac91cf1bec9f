import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Table } from "antd";
import { sales } from "../../api/client";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { Action } from "./Action";
import { can, idempotent, trimmed } from "./common";
import { useDocument } from "./useDocument";

interface ReturnLine {
  line_no: number;
  sku: string;
  warehouse: string;
  quantity: string;
  unit: string;
  unit_price: string;
  received: string;
}
interface ReturnView {
  status: string;
  order_id: string;
  customer_id: string;
  reason: string;
  refusal: string | null;
  currency: string;
  lines: ReturnLine[];
  received: { line_no: number; quantity: string; disposition: string }[];
  credit_note_id: string | null;
  replacement_order_id: string | null;
}

const DISPOSITIONS = ["restock", "scrap", "return_to_supplier"];

/** A customer return: approve or refuse it (sales), receive it with an inspection per line
 * (warehouse), then refund it with a credit note or exchange it for a replacement order. */
export function ReturnScreen({ id }: { id: string }) {
  const t = useT();
  const { doc, error, reload } = useDocument<ReturnView>(
    () => sales.GET("/customer-returns/{return_id}", { params: { path: { return_id: id } } }),
    [id],
  );
  if (error) return <Alert type="error" title={error} />;
  if (!doc) return null;
  const path = () => ({ params: { path: { return_id: id } }, headers: idempotent() });
  const seller = can("sales");
  return (
    <Card
      title={`${t("slReturn")} ${id}`}
      data-testid="return-page"
      extra={
        <Button onClick={reload} data-testid="return-refresh">
          {t("refresh")}
        </Button>
      }
    >
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("status")}>
          <span data-testid="return-status">{doc.status}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("slOrderId")}>
          <a href={href("order", { id: doc.order_id })}>{doc.order_id}</a>
        </Descriptions.Item>
        <Descriptions.Item label={t("reason")}>{doc.reason}</Descriptions.Item>
        <Descriptions.Item label={t("slRefusal")}>{doc.refusal ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slCreditNote")}>{doc.credit_note_id ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slReplacement")}>
          {doc.replacement_order_id ? <a href={href("order", { id: doc.replacement_order_id })}>{doc.replacement_order_id}</a> : "—"}
        </Descriptions.Item>
      </Descriptions>
      <Table<ReturnLine>
        data-testid="return-lines"
        rowKey="line_no"
        size="small"
        pagination={false}
        dataSource={doc.lines}
        columns={[
          { title: t("line"), dataIndex: "line_no" },
          { title: t("sku"), dataIndex: "sku" },
          { title: t("warehouse"), dataIndex: "warehouse" },
          { title: t("quantity"), render: (_, l) => `${l.quantity} ${l.unit}`, align: "right" },
          { title: t("unitPrice"), render: (_, l) => `${l.unit_price} ${doc.currency}`, align: "right" },
          { title: t("slReceived"), dataIndex: "received", align: "right" },
        ]}
      />
      <Space style={{ marginTop: 16 }} wrap>
        {seller && doc.status === "requested" && (
          <>
            <Action
              label={t("slApprove")}
              testid="return-approve"
              primary
              fields={
                <Form.Item name="note" label={t("slNote")}>
                  <Input />
                </Form.Item>
              }
              call={(v) => sales.POST("/customer-returns/{return_id}/approve", { ...path(), body: trimmed(v) as never })}
              onDone={reload}
            />
            <Action
              label={t("slRefuse")}
              testid="return-refuse"
              danger
              fields={
                <Form.Item name="reason" label={t("reason")}>
                  <Input />
                </Form.Item>
              }
              call={(v) => sales.POST("/customer-returns/{return_id}/refuse", { ...path(), body: trimmed(v) as never })}
              onDone={reload}
            />
          </>
        )}
        {can("warehouse") && doc.status === "approved" && (
          <Action
            label={t("slReceiveInspect")}
            testid="return-receive"
            primary
            initialValues={{ lines: doc.lines.map((l) => ({ line_no: l.line_no, quantity: l.quantity, disposition: "restock" })) }}
            fields={
              <Form.List name="lines">
                {(lines) =>
                  lines.map(({ key, name }) => (
                    <Space key={key} align="start">
                      <Form.Item name={[name, "line_no"]} label={t("line")}>
                        <Input style={{ width: 60 }} />
                      </Form.Item>
                      <Form.Item name={[name, "quantity"]} label={t("quantity")}>
                        <Input style={{ width: 100 }} />
                      </Form.Item>
                      <Form.Item name={[name, "disposition"]} label={t("slDisposition")}>
                        <Select style={{ width: 180 }} options={DISPOSITIONS.map((d) => ({ value: d, label: d }))} />
                      </Form.Item>
                    </Space>
                  ))
                }
              </Form.List>
            }
            call={(v) =>
              sales.POST("/customer-returns/{return_id}/receive", {
                ...path(),
                body: { lines: ((v.lines as Record<string, unknown>[]) ?? []).map(trimmed) } as never,
              })
            }
            onDone={reload}
          />
        )}
        {seller && doc.status === "received" && (
          <>
            <Action
              label={t("slRefund")}
              testid="return-refund"
              primary
              initialValues={{ tax_rate: "0.13" }}
              fields={
                <Form.Item name="tax_rate" label={t("slTaxRate")}>
                  <Input />
                </Form.Item>
              }
              call={(v) => sales.POST("/customer-returns/{return_id}/refund", { ...path(), body: trimmed(v) as never })}
              onDone={reload}
            />
            <Action
              label={t("slExchange")}
              testid="return-exchange"
              call={() => sales.POST("/customer-returns/{return_id}/exchange", { ...path(), body: {} })}
              onDone={reload}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
