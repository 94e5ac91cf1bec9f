import { Button, DatePicker, Form, Input, Tabs } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useCallback, useState } from "react";
import { finance } from "../../api/client";
import { Chart } from "../../components/Chart";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { type MessageKey, useT } from "../../i18n";
import { href } from "../../nav";
import { agingChart, BUCKETS, type Bucket } from "./statements";

type Kind = "payable" | "receivable";
export type AgedRow = { party_id: string; total: string; overdue: string } & Record<Bucket, string>;

/** The aging table's columns: what it shows and what its export (the whole list) writes. */
export function agingColumns(kind: Kind, t: (k: MessageKey) => string): Column<AgedRow>[] {
  return [
    {
      title: kind === "payable" ? t("finSupplier") : t("finCustomer"),
      key: "party",
      dataIndex: "party_id",
      serverSort: true,
      render: (id: string) => (
        <a href={href("fin-open-items", { kind, party: id })} data-testid={`aging-party-${id}`}>
          {id}
        </a>
      ),
    },
    ...BUCKETS.map((b) => ({ title: b === "current" ? t("finCurrent") : b, dataIndex: b, align: "right" as const })),
    { title: t("finOverdue"), dataIndex: "overdue", align: "right", serverSort: true },
    { title: t("total"), dataIndex: "total", align: "right", serverSort: true },
  ];
}

/** Accounts payable and receivable, aged per supplier or customer (current, 1-30 ... 90+ days
 * past due on a day), paged by finance, with the totals per bucket as a chart. */
export function AgingScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  const first = params.get("kind") === "receivable" ? "receivable" : "payable";
  return (
    <Tabs
      defaultActiveKey={first}
      items={[
        { key: "payable", label: t("finPayables"), children: <Aged kind="payable" /> },
        { key: "receivable", label: t("finReceivables"), children: <Aged kind="receivable" /> },
      ]}
    />
  );
}

function Aged({ kind }: { kind: Kind }) {
  const t = useT();
  const [filters, setFilters] = useState<{ as_of: Dayjs; party?: string }>({ as_of: dayjs() });
  const [totals, setTotals] = useState<Record<Bucket, string> | undefined>();
  const fetchPage = useCallback<FetchPage<AgedRow>>(
    async (after, limit, sort) => {
      const { data, error } = await finance.GET("/aging", {
        params: {
          query: {
            kind,
            as_of: filters.as_of.format("YYYY-MM-DD"),
            party_id: filters.party?.trim() || null,
            after: after as string | null,
            limit,
            // sorted by the server when a column asks; its cursor then comes back in `next`
            ...(sort ? { sort: sort.field, order: sort.order } : {}),
          },
        },
      });
      const page = data as { parties: AgedRow[]; next: string | null; totals: Record<Bucket, string> } | undefined;
      if (page && after === null) setTotals(page.totals);
      return { data: page && { rows: page.parties, next: page.next }, error };
    },
    [kind, filters],
  );
  const testid = `aging-${kind}`;
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} initialValues={filters} onFinish={(v: typeof filters) => setFilters(v)}>
        <Form.Item name="as_of" label={t("finAsOf")}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="party" label={kind === "payable" ? t("finSupplier") : t("finCustomer")}>
          <Input allowClear style={{ width: 320 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid={`${testid}-search`}>
          {t("search")}
        </Button>
      </Form>
      <Chart option={agingChart(totals, t("total"))} style={{ height: 220 }} testid={`${testid}-chart`} />
      <ServerTable<AgedRow>
        testid={`${testid}-table`}
        exportName={`aging-${kind}-${filters.as_of.format("YYYY-MM-DD")}`}
        rowKey="party_id"
        fetchPage={fetchPage}
        size="small"
        columns={agingColumns(kind, t)}
      />
    </>
  );
}
