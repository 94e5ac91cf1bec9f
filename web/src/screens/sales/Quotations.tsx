import { Button, Form, Input, Select } from "antd";
import { useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { can, paged } from "./common";
import { salesPageQuery, sortedColumns } from "./sorts";

interface QuotationRow {
  quotation_id: string;
  customer_id: string;
  status: string;
  currency: string;
  total: string;
  line_count: number;
  valid_until: string;
  created_on: string;
  created_by: string;
  order_id: string | null;
}

const STATUSES = ["open", "accepted", "expired", "converted"] as const;
type Status = (typeof STATUSES)[number];
interface Filters {
  customer_id?: string;
  status?: Status;
}

/** The quotations, newest first, by customer and status (paged and sorted by sales). */
export function QuotationsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const fetchPage = useCallback<FetchPage<QuotationRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/quotations", {
          params: {
            query: {
              customer_id: filters.customer_id?.trim() || null,
              status: filters.status ?? null,
              limit,
              ...salesPageQuery("quotations", after, sort),
            },
          },
        }),
      ),
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="customer_id" label={t("customer")}>
          <Input allowClear style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 160 }} options={STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="quotations-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<QuotationRow>
        testid="quotations-table"
        exportName="quotations"
        rowKey="quotation_id"
        fetchPage={fetchPage}
        toolbar={
          can("sales") && (
            <Button type="primary" onClick={() => navigate("create-quotation")} data-testid="quotation-new">
              {t("createQuotation")}
            </Button>
          )
        }
        columns={sortedColumns<QuotationRow>("quotations", [
          {
            title: t("slQuotation"),
            dataIndex: "quotation_id",
            render: (id: string) => <a href={href("quotation", { id })}>{id.slice(0, 8)}…</a>,
          },
          { title: t("customer"), dataIndex: "customer_id" },
          { title: t("status"), dataIndex: "status" },
          {
            title: t("total"),
            key: "total",
            render: (_, r) => `${r.total} ${r.currency}`,
            exportValue: (r) => r.total,
            align: "right",
          },
          { title: t("slValidUntil"), dataIndex: "valid_until" },
          { title: t("slCreatedOn"), dataIndex: "created_on" },
          { title: t("slCreatedBy"), dataIndex: "created_by" },
          {
            title: t("slOrderId"),
            dataIndex: "order_id",
            render: (id: string | null) => id && <a href={href("order", { id })}>{id.slice(0, 8)}…</a>,
          },
        ])}
      />
    </>
  );
}
