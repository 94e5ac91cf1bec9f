import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag } from "antd";
import { useCallback, useEffect, useState } from "react";
import { purchasing } from "../../api/client";
import type { Problem } from "../../api/problems";
import { money, perUnit } from "../../components/decimals";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { currentSession } from "../../session";
import { CloseOrderButton } from "./CloseOrderButton";
import { type HistoryStep, type InvoiceRow, orderActions, type OrderView, poNumber } from "./model";
import { orderOps } from "./orderForms";
import { RejectedGoodsButton } from "./RejectedGoodsButton";
import { SendOrderButton } from "./SendOrderButton";

/** One purchase order: its lines with what was received (accepted, rejected, returned) and
 * invoiced, its receipts, its status history (who did what, when), and the commands the user's roles allow in its status. */
export function PurchaseOrderScreen({ id }: { id: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [order, setOrder] = useState<OrderView | null>(null);
  const [invoices, setInvoices] = useState<InvoiceRow[]>([]);
  const [history, setHistory] = useState<HistoryStep[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<"cancel" | "reject" | null>(null);

  const load = useCallback(async () => {
    const { data, error: p } = await purchasing.GET("/purchase-orders/{purchase_order_id}", {
      params: { path: { purchase_order_id: id } },
    });
    setOrder((data ?? null) as unknown as OrderView | null);
    setError(p ? ((p as Problem).detail ?? "error") : null);
    const found = await purchasing.GET("/supplier-invoices", { params: { query: { purchase_order_id: id } } });
    setInvoices((found.data ?? []) as unknown as InvoiceRow[]);
    const steps = await purchasing.GET("/purchase-orders/{purchase_order_id}/history", {
      params: { path: { purchase_order_id: id } },
    });
    setHistory((steps.data ?? []) as unknown as HistoryStep[]);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (path: "submit" | "approve") => {
    const init = { params: { path: { purchase_order_id: id } }, headers: { "Idempotency-Key": crypto.randomUUID() } };
    const { error: p } =
      path === "submit"
        ? await purchasing.POST("/purchase-orders/{purchase_order_id}/submit", init)
        : await purchasing.POST("/purchase-orders/{purchase_order_id}/approve", init);
    if (p) setError((p as Problem).detail ?? (p as Problem).title ?? "error");
    else {
      message.success(t("saved"));
      await load();
    }
  };

  if (!order) return error ? <Alert type="error" title={error} data-testid="po-error" /> : null;
  const actions = orderActions(order.status, currentSession()?.roles);
  const ops = orderOps(order, currentSession()?.roles);
  return (
    <Space orientation="vertical" style={{ width: "100%" }} size="large">
      <Card
        title={
          <span data-testid="po-title">
            {`${t("purOrder")} ${poNumber(order.po_no) || order.purchase_order_id}`}
            {order.supplier_name && ` · ${order.supplier_name}`}
          </span>
        }
        extra={
          <Space>
            {actions.includes("submit") && (
              <Button type="primary" onClick={() => void act("submit")} data-testid="po-submit">
                {t("purSubmit")}
              </Button>
            )}
            {actions.includes("approve") && (
              <Button type="primary" onClick={() => void act("approve")} data-testid="po-approve">
                {t("purApprove")}
              </Button>
            )}
            {actions.includes("reject") && (
              <Button danger onClick={() => setAsking("reject")} data-testid="po-reject">
                {t("purReject")}
              </Button>
            )}
            {actions.includes("receive") && (
              <Button type="primary" onClick={() => navigate("purchase-receive", { id })} data-testid="po-receive">
                {t("purReceive")}
              </Button>
            )}
            {actions.includes("invoice") && (
              <Button onClick={() => navigate("supplier-invoice-entry", { po: id })} data-testid="po-invoice">
                {t("purEnterInvoice")}
              </Button>
            )}
            {ops.includes("send") && <SendOrderButton id={id} onDone={() => void load()} />}
            {ops.includes("close") && <CloseOrderButton id={id} status={order.status} onDone={() => void load()} />}
            {ops.includes("return") && <RejectedGoodsButton order={order} kind="return" onDone={() => void load()} />}
            {ops.includes("claim") && <RejectedGoodsButton order={order} kind="claim" onDone={() => void load()} />}
            {actions.includes("cancel") && (
              <Button danger onClick={() => setAsking("cancel")} data-testid="po-cancel">
                {t("purCancel")}
              </Button>
            )}
          </Space>
        }
      >
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} data-testid="po-error" />}
        <Descriptions
          column={3}
          items={[
            { label: t("status"), children: <Tag data-testid="po-status">{order.status}</Tag> },
            { label: t("total"), children: <span data-testid="po-total">{`${money(order.total)} ${order.currency}`}</span> },
            {
              label: t("purSupplier"),
              children: (
                <a href={href("supplier", { id: order.supplier_id })} data-testid="po-supplier">
                  {order.supplier_name ? `${order.supplier_name} (${order.supplier_code ?? ""})` : order.supplier_id}
                </a>
              ),
            },
            { label: t("purFirstApprovedBy"), children: order.first_approved_by ?? "—" },
            { label: t("purApprovedBy"), children: <span data-testid="po-approved-by">{order.approved_by ?? "—"}</span> },
            { label: t("purStatusReason"), children: order.status_reason ?? "—" },
            { label: t("purFromSuggestion"), children: order.suggestion_id ?? "—" },
            { label: t("purReceipts"), children: order.receipts.length ? order.receipts.join(", ") : "—" },
            { label: t("purPoId"), children: <small>{order.purchase_order_id}</small> },
          ]}
        />
      </Card>
      <Table
        data-testid="po-lines"
        rowKey="line_no"
        size="small"
        pagination={false}
        dataSource={order.lines}
        columns={[
          { title: t("line"), dataIndex: "line_no" },
          { title: t("sku"), dataIndex: "sku" },
          {
            title: t("warehouse"),
            dataIndex: "warehouse",
            render: (code: string, l) => (l.warehouse_name && l.warehouse_name !== code ? `${l.warehouse_name} (${code})` : code),
          },
          { title: t("purPrice"), dataIndex: "unit_price", align: "right", render: (v: string) => perUnit(v) },
          { title: t("purOrdered"), render: (_, l) => `${l.ordered} ${l.unit}`, align: "right" },
          { title: t("purAccepted"), dataIndex: "accepted", align: "right" },
          { title: t("purRejected"), dataIndex: "rejected", align: "right" },
          { title: t("purReturned"), dataIndex: "returned", align: "right" },
          { title: t("purOutstanding"), dataIndex: "outstanding", align: "right" },
          { title: t("purExpected"), dataIndex: "expected_date" },
        ]}
      />
      <Card title={t("purHistory")} size="small">
        <Table
          data-testid="po-history"
          rowKey="version"
          size="small"
          pagination={false}
          dataSource={history}
          columns={[
            { title: t("occurredAt"), dataIndex: "occurred_at", render: (v: string) => v.replace("T", " ").slice(0, 19) },
            { title: t("purEvent"), dataIndex: "event_type", render: (v: string) => v.replace(/^purchasing\./, "") },
            { title: t("status"), dataIndex: "status" },
            { title: t("purActor"), dataIndex: "actor" },
            { title: t("purStatusReason"), dataIndex: "status_reason" },
          ]}
        />
      </Card>
      <Card title={t("purInvoicesOfOrder")} size="small">
        <Table
          rowKey="invoice_id"
          size="small"
          pagination={false}
          dataSource={invoices}
          columns={[
            { title: t("purInvoiceNo"), dataIndex: "invoice_number", render: (n: string, r) => <a href={href("supplier-invoices", { po: r.purchase_order_id })}>{n}</a> },
            { title: t("status"), dataIndex: "status" },
            { title: t("total"), render: (_, r) => `${money(r.total)} ${r.currency}`, align: "right" },
            { title: t("purHoldReason"), dataIndex: "hold_reason" },
          ]}
        />
      </Card>
      <ReasonForm id={id} action={asking} onClose={() => setAsking(null)} onDone={() => void load()} />
    </Space>
  );
}

/** Cancel (buyer) or reject (approver) with a reason; the API's message at the reason. */
function ReasonForm(props: { id: string; action: "cancel" | "reject" | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { form, general, run } = useCommandForm();
  const submit = async (v: { reason?: string }) => {
    const init = {
      params: { path: { purchase_order_id: props.id } },
      body: { reason: v.reason?.trim() ?? "" },
      headers: { "Idempotency-Key": crypto.randomUUID() },
    };
    const done = await run(() =>
      props.action === "reject"
        ? purchasing.POST("/purchase-orders/{purchase_order_id}/reject", init)
        : purchasing.POST("/purchase-orders/{purchase_order_id}/cancel", init),
    );
    if (done === undefined) return;
    props.onClose();
    props.onDone();
  };
  return (
    <Modal
      open={props.action !== null}
      title={t(props.action === "reject" ? "purReject" : "purCancel")}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ "data-testid": "po-reason-ok" } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t("reason")}>
          <Input data-testid="po-reason" />
        </Form.Item>
        {general && <Alert type="error" title={general} />}
      </Form>
    </Modal>
  );
}
