import { AutoComplete, Button, Form, Input } from "antd";
import { useCallback, useState } from "react";
import { finance } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { MonthPicker } from "./MonthPicker";

export interface JournalRow {
  entry_id: number;
  line_no: number;
  source_event_id: string;
  source_type: string;
  source_stream: string | null;
  posted_on: string;
  period: string;
  description: string;
  currency: string;
  account: string;
  cost_centre: string | null;
  debit: string;
  credit: string;
  party_id: string | null;
  sku: string | null;
}

/** The events the general ledger posts, for the source filter. */
export const SOURCE_TYPES = [
  "purchasing.SupplierInvoiceMatched",
  "inventory.StockReceived",
  "inventory.StockIssued",
  "inventory.StockAdjusted",
  "inventory.CostAdjusted",
  "inventory.TransferDispatched",
  "inventory.TransferReceived",
  "sales.InvoiceIssued",
  "sales.CreditNoteIssued",
  "sales.FreightCharged",
  "finance.PaymentRecorded",
  "finance.CashTransferred",
  "finance.FxRevalued",
  "finance.FxRevaluationReversed",
  "finance.JournalEntryPosted",
  "finance.JournalEntryReversed",
];

interface Filters {
  period: string | null;
  account?: string;
  source_type?: string;
  /** One entry's event (a link from a posted or reversed entry by hand): waits for the ledger. */
  event?: string;
}

/** Journal lines with their entries, filtered by period, account and source event type, keyset
 * paged by finance; each entry opens its page (lines, source event, document). */
export function JournalScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const [period, setPeriod] = useState<string | null>(params.get("period"));
  const [filters, setFilters] = useState<Filters>({
    period: params.get("period"),
    account: params.get("account") ?? undefined,
    source_type: params.get("source") ?? undefined,
    event: params.get("event") ?? undefined,
  });
  const fetchPage = useCallback<FetchPage<JournalRow>>(
    async (after, limit, sort) => {
      const { data, error } = await finance.GET("/journal", {
        params: {
          query: {
            period: filters.period || null,
            account: filters.account?.trim() || null,
            source_type: filters.source_type?.trim() || null,
            source_event_id: filters.event || null,
            wait_for_event: filters.event || null,
            after: after as string | null,
            limit,
            // sorted by the server when a column asks; its cursor then comes back in `next`
            ...(sort ? { sort: sort.field, order: sort.order } : {}),
          },
        },
      });
      const page = data as { items: JournalRow[]; next: string | null } | undefined;
      return { data: page && { rows: page.items, next: page.next }, error };
    },
    [filters],
  );
  return (
    <>
      <h2>{t("finJournal")}</h2>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        initialValues={filters}
        onFinish={(v: Filters) => setFilters({ ...v, period, event: undefined })}
      >
        <Form.Item label={t("finPeriod")}>
          <MonthPicker value={period} onChange={setPeriod} allowClear testid="journal-filter-period" />
        </Form.Item>
        <Form.Item name="account" label={t("finAccount")}>
          <Input allowClear style={{ width: 140 }} data-testid="journal-filter-account" />
        </Form.Item>
        <Form.Item name="source_type" label={t("finSource")}>
          <AutoComplete
            allowClear
            style={{ width: 280 }}
            options={SOURCE_TYPES.map((s) => ({ value: s }))}
            filterOption={(input, o) => String(o?.value).toLowerCase().includes(input.toLowerCase())}
            data-testid="journal-filter-source"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="journal-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<JournalRow>
        testid="journal-table"
        exportName="journal"
        rowKey={(r) => `${r.entry_id}.${r.line_no}`}
        fetchPage={fetchPage}
        size="small"
        columns={[
          {
            title: t("finEntry"),
            key: "entry",
            dataIndex: "entry_id",
            serverSort: true,
            render: (id: number) => (
              <a href={href("fin-entry", { id })} data-testid={`journal-entry-${id}`}>
                {id}
              </a>
            ),
          },
          { title: t("line"), dataIndex: "line_no" },
          { title: t("finPostedOn"), dataIndex: "posted_on", serverSort: true },
          { title: t("finPeriod"), dataIndex: "period", serverSort: true },
          { title: t("finAccount"), dataIndex: "account", serverSort: true },
          { title: t("finCostCentre"), dataIndex: "cost_centre" },
          { title: t("finDebit"), dataIndex: "debit", align: "right" },
          { title: t("finCredit"), dataIndex: "credit", align: "right" },
          { title: t("finCurrency"), dataIndex: "currency" },
          { title: t("finDescription"), dataIndex: "description" },
          { title: t("finSource"), dataIndex: "source_type", serverSort: true },
        ]}
      />
    </>
  );
}
