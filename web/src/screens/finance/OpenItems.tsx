import { Button, Form, Input, Select } from "antd";
import { useCallback, useState } from "react";
import { finance } from "../../api/client";
import { type FetchPage, keysetPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { currentSession } from "../../session";
import { mayRecordPayments } from "./roles";

interface OpenItemRow {
  document_id: string;
  document_no: string;
  party_id: string;
  issued_on: string;
  due_on: string;
  currency: string;
  amount: string;
  credited: string;
  allocated: string;
  open: string;
  cursor: string;
}

type Kind = "payable" | "receivable";

/** The record-payment form's link for settling one open item in full. */
export function payLink(kind: Kind, item: Pick<OpenItemRow, "party_id" | "document_id" | "open" | "currency">): string {
  return href("fin-record-payment", {
    direction: kind === "payable" ? "outgoing" : "incoming",
    party: item.party_id,
    invoice: item.document_id,
    amount: item.open,
    currency: item.currency,
  });
}

/** Invoices of suppliers (payable) or customers (receivable) not settled yet, of one party or
 * all, paged by finance; each may be paid (or its receipt recorded) through the form. */
export function OpenItemsScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const [filters, setFilters] = useState<{ kind: Kind; party?: string }>({
    kind: params.get("kind") === "receivable" ? "receivable" : "payable",
    party: params.get("party") ?? undefined,
  });
  const fetchPage = useCallback<FetchPage<OpenItemRow>>(
    async (after, limit, sort) => {
      const base = { kind: filters.kind, party_id: filters.party?.trim() || null, limit };
      if (sort) {
        // sorted by the server: the next page's cursor comes in the X-Next-Cursor header
        const { data, error, response } = await finance.GET("/open-items", {
          params: { query: { ...base, ...sortParams(after, sort) } },
        });
        return { data: data && cursorPage(data as unknown as OpenItemRow[], response), error };
      }
      const { data, error } = await finance.GET("/open-items", {
        params: { query: { ...base, after: after as string | null } },
      });
      const rows = data as unknown as OpenItemRow[] | undefined;
      return { data: keysetPage(rows, limit, (r) => r.cursor), error };
    },
    [filters],
  );
  const mayPay = mayRecordPayments(currentSession()?.roles ?? []);
  return (
    <>
      <h2>{t("finOpenItems")}</h2>
      <Form layout="inline" style={{ marginBottom: 16 }} initialValues={filters} onFinish={(v: typeof filters) => setFilters(v)}>
        <Form.Item name="kind" label={t("finKind")}>
          <Select
            style={{ width: 180 }}
            options={[
              { value: "payable", label: t("finPayables") },
              { value: "receivable", label: t("finReceivables") },
            ]}
          />
        </Form.Item>
        <Form.Item name="party" label={t("finParty")}>
          <Input allowClear style={{ width: 320 }} data-testid="open-items-filter-party" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="open-items-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<OpenItemRow>
        testid="open-items-table"
        exportName={`open-items-${filters.kind}`}
        rowKey="document_id"
        fetchPage={fetchPage}
        size="small"
        columns={[
          { title: t("finDocumentNo"), dataIndex: "document_no", serverSort: true },
          { title: t("finParty"), key: "party", dataIndex: "party_id", serverSort: true },
          { title: t("finIssuedOn"), dataIndex: "issued_on", serverSort: true },
          { title: t("finDueOn"), dataIndex: "due_on", serverSort: true },
          { title: t("finAmount"), dataIndex: "amount", align: "right", serverSort: true },
          { title: t("finCredited"), dataIndex: "credited", align: "right" },
          { title: t("finAllocated"), dataIndex: "allocated", align: "right" },
          { title: t("finOpen"), dataIndex: "open", align: "right", serverSort: true },
          { title: t("finCurrency"), dataIndex: "currency" },
          ...(mayPay
            ? [
                {
                  title: "",
                  key: "pay",
                  render: (_: unknown, r: OpenItemRow) => (
                    <a href={payLink(filters.kind, r)} data-testid={`open-item-pay-${r.document_no}`}>
                      {filters.kind === "payable" ? t("finPay") : t("finReceive")}
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
