import { Button, Form, Input, Select } from "antd";
import { useCallback, useState } from "react";
import { finance } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { currentSession } from "../../session";
import { mayRecordPayments } from "./roles";

interface PaymentRow {
  payment_id: string;
  direction: "incoming" | "outgoing";
  party_id: string;
  amount: string;
  unallocated: string;
  currency: string;
  paid_on: string;
  cash_account: string;
  reference: string | null;
}

interface Filters {
  party?: string;
  direction?: "incoming" | "outgoing";
}

/** Payments to suppliers and receipts from customers, filtered by party and direction, keyset
 * paged by finance; recording one is a form (for who may). */
export function PaymentsScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ party: params.get("party") ?? undefined });
  const fetchPage = useCallback<FetchPage<PaymentRow>>(
    async (after, limit, sort) => {
      const { data, error } = await finance.GET("/payments", {
        params: {
          query: {
            party_id: filters.party?.trim() || null,
            direction: filters.direction ?? null,
            after: after as string | null,
            limit,
            // sorted by the server when a column asks; its cursor then comes back in `next`
            ...(sort ? { sort: sort.field, order: sort.order } : {}),
          },
        },
      });
      const page = data as { items: PaymentRow[]; next: string | null } | undefined;
      return { data: page && { rows: page.items, next: page.next }, error };
    },
    [filters],
  );
  return (
    <>
      <h2>{t("finPayments")}</h2>
      <Form layout="inline" style={{ marginBottom: 16 }} initialValues={filters} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="party" label={t("finParty")}>
          <Input allowClear style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="direction" label={t("finDirection")}>
          <Select
            allowClear
            style={{ width: 160 }}
            options={[
              { value: "incoming", label: t("finIncoming") },
              { value: "outgoing", label: t("finOutgoing") },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<PaymentRow>
        testid="payments-table"
        exportName="payments"
        rowKey="payment_id"
        fetchPage={fetchPage}
        size="small"
        toolbar={
          mayRecordPayments(currentSession()?.roles ?? []) && (
            <Button type="primary" href={href("fin-record-payment")} data-testid="payments-record">
              {t("finRecordPayment")}
            </Button>
          )
        }
        columns={[
          { title: t("finPaidOn"), dataIndex: "paid_on", serverSort: true },
          { title: t("finDirection"), dataIndex: "direction", serverSort: true, render: (d: string) => (d === "incoming" ? t("finIncoming") : t("finOutgoing")) },
          { title: t("finParty"), key: "party", dataIndex: "party_id", serverSort: true },
          { title: t("finAmount"), dataIndex: "amount", align: "right", serverSort: true },
          { title: t("finUnallocated"), dataIndex: "unallocated", align: "right", serverSort: true },
          { title: t("finCurrency"), dataIndex: "currency" },
          { title: t("finCashAccount"), dataIndex: "cash_account", serverSort: true },
          { title: t("finReference"), dataIndex: "reference" },
        ]}
      />
    </>
  );
}
