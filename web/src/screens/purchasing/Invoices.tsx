import { Alert, Button, Descriptions, Drawer, Form, Input, Modal, Select, Space, Table, Tag } from "antd";
import { useCallback, useEffect, useState } from "react";
import { purchasing } from "../../api/client";
import { money, perUnit } from "../../components/decimals";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { currentSession } from "../../session";
import { INVOICE_STATUSES, type InvoiceRow, type InvoiceView, may, poNumber } from "./model";
import { MatchAgainButton } from "./MatchAgainButton";
import { SupplierPicker } from "./SupplierPicker";

interface Filters {
  status?: (typeof INVOICE_STATUSES)[number];
  supplier_id?: string;
  purchase_order_id?: string;
}

/** Supplier invoices with their 3-way match (matched, or held and why), filtered by status,
 * supplier and order, sorted and keyset paged by purchasing (oldest recorded first unless a
 * sortable header says otherwise); an invoice opens with its lines' hold
 * reasons, and an accountant may release a hold with a reason. */
export function InvoicesScreen({ po }: { po?: string }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ purchase_order_id: po });
  const [open, setOpen] = useState<InvoiceRow | null>(null);
  const [reload, setReload] = useState(0);
  const accountant = may(currentSession()?.roles, "accountant");
  const fetchPage = useCallback<FetchPage<InvoiceRow>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await purchasing.GET("/supplier-invoices", {
        params: {
          query: {
            status: filters.status ?? null,
            supplier_id: filters.supplier_id ?? null,
            purchase_order_id: filters.purchase_order_id?.trim() || null,
            limit,
            ...sortParams(cursor, sort),
          },
        },
      });
      const rows = data as unknown as InvoiceRow[] | undefined;
      return { data: error ? undefined : cursorPage(rows, response), error };
    },
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} initialValues={filters} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 140 }} options={INVOICE_STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="supplier_id" label={t("purSupplier")}>
          <SupplierPicker />
        </Form.Item>
        <Form.Item name="purchase_order_id" label={t("purPoId")}>
          <Input allowClear style={{ width: 300 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="invoices-search">
          {t("search")}
        </Button>
        {accountant && (
          <Button style={{ marginLeft: 8 }} onClick={() => navigate("supplier-invoice-entry", { po: filters.purchase_order_id })}>
            {t("purEnterInvoice")}
          </Button>
        )}
      </Form>
      <ServerTable<InvoiceRow>
        testid="invoices-table"
        exportName="supplier-invoices"
        rowKey="invoice_id"
        fetchPage={fetchPage}
        reloadToken={reload}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: "pointer" } })}
        columns={[
          { title: t("purInvoiceNo"), dataIndex: "invoice_number" },
          {
            title: t("purSupplier"),
            dataIndex: "supplier_name",
            render: (name: string | null, r) => <a href={href("supplier", { id: r.supplier_id })}>{name ?? r.supplier_id.slice(-12)}</a>,
          },
          {
            title: t("status"),
            dataIndex: "status",
            serverSort: true,
            render: (s: string) => <Tag color={s === "held" ? "red" : s === "matched" ? "green" : undefined}>{s}</Tag>,
          },
          { title: t("purHoldReason"), dataIndex: "hold_reason" },
          { title: t("total"), key: "total", serverSort: true, render: (_, r) => `${money(r.total)} ${r.currency}`, exportValue: (r) => r.total, exportTitle: "total", align: "right" },
          { title: t("purInvoiceDate"), dataIndex: "invoice_date", serverSort: true },
          { title: t("purDueDate"), dataIndex: "due_date", serverSort: true },
          {
            title: t("purOrder"),
            dataIndex: "po_no",
            render: (no: number | null, r) => (
              <a href={href("purchase-order", { id: r.purchase_order_id })}>{poNumber(no) || r.purchase_order_id.slice(-12)}</a>
            ),
            exportValue: (r) => poNumber(r.po_no) || r.purchase_order_id,
          },
          { title: t("purOverriddenBy"), dataIndex: "overridden_by" },
        ]}
      />
      <Drawer size="large" open={open !== null} onClose={() => setOpen(null)} title={t("purInvoices")}>
        {open && <InvoiceDetail row={open} canRelease={accountant} onReleased={() => setReload((n) => n + 1)} />}
      </Drawer>
    </>
  );
}

/** One invoice: its supplier and order by name and number (from the list's row), its lines and
 * what holds it. */
function InvoiceDetail({ row, canRelease, onReleased }: { row: InvoiceRow; canRelease: boolean; onReleased: () => void }) {
  const t = useT();
  const id = row.invoice_id;
  const [invoice, setInvoice] = useState<InvoiceView | null>(null);
  const [releasing, setReleasing] = useState(false);
  const load = useCallback(async () => {
    const { data } = await purchasing.GET("/supplier-invoices/{invoice_id}", { params: { path: { invoice_id: id } } });
    setInvoice((data ?? null) as unknown as InvoiceView | null);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!invoice) return null;
  return (
    <>
      <Descriptions
        column={2}
        items={[
          { label: t("purInvoiceNo"), children: invoice.invoice_number },
          {
            label: t("purSupplier"),
            children: (
              <a href={href("supplier", { id: row.supplier_id })} data-testid="invoice-supplier">
                {row.supplier_name ?? row.supplier_id}
              </a>
            ),
          },
          {
            label: t("purOrder"),
            children: (
              <a href={href("purchase-order", { id: row.purchase_order_id })} data-testid="invoice-order">
                {poNumber(row.po_no) || row.purchase_order_id}
              </a>
            ),
          },
          { label: t("status"), children: <Tag data-testid="invoice-status">{invoice.status}</Tag> },
          { label: t("purHoldReason"), children: invoice.hold_reason ?? "—" },
          { label: t("total"), children: `${money(invoice.total)} ${invoice.currency}` },
          { label: t("purDueDate"), children: invoice.due_date },
          { label: t("purOverriddenBy"), children: invoice.overridden_by ?? "—" },
        ]}
      />
      <Table
        rowKey="line_no"
        size="small"
        pagination={false}
        dataSource={invoice.lines}
        columns={[
          { title: t("line"), dataIndex: "line_no" },
          { title: t("sku"), dataIndex: "sku" },
          { title: t("quantity"), render: (_, l) => `${l.quantity} ${l.unit}`, align: "right" },
          { title: t("purPrice"), dataIndex: "unit_price", align: "right", render: (v: string) => perUnit(v) },
          { title: t("purHoldReason"), dataIndex: "hold_reason" },
        ]}
      />
      {canRelease && invoice.status === "held" && (
        <Space style={{ marginTop: 16 }} align="start">
          <MatchAgainButton
            id={id}
            onDone={() => {
              void load();
              onReleased();
            }}
          />
          <Button danger onClick={() => setReleasing(true)} data-testid="invoice-release">
            {t("purRelease")}
          </Button>
        </Space>
      )}
      <ReleaseForm
        id={id}
        open={releasing}
        onClose={() => setReleasing(false)}
        onDone={() => {
          setReleasing(false);
          void load();
          onReleased();
        }}
      />
    </>
  );
}

function ReleaseForm(props: { id: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { form, general, run } = useCommandForm();
  const submit = async (v: { reason?: string }) => {
    const done = await run(() =>
      purchasing.POST("/supplier-invoices/{invoice_id}/release", {
        params: { path: { invoice_id: props.id } },
        body: { reason: v.reason?.trim() ?? "" },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done !== undefined) props.onDone();
  };
  return (
    <Modal open={props.open} title={t("purRelease")} onCancel={props.onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t("purReleaseReason")}>
          <Input data-testid="invoice-release-reason" />
        </Form.Item>
        {general && <Alert type="error" title={general} />}
      </Form>
    </Modal>
  );
}
