import { Button, Form, Input, Select, Tag } from "antd";
import { useCallback, useState } from "react";
import { purchasing } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { currentSession } from "../../session";
import { DraftOrderForm } from "./DraftOrderForm";
import { may, SUGGESTION_STATUSES, type Suggestion, suggestionReason } from "./model";

interface Filters {
  sku?: string;
  warehouse?: string;
  status?: (typeof SUGGESTION_STATUSES)[number];
}

/** The purchase plan: a suggestion per SKU × warehouse below its minimum, with what is on
 * order, the suggested quantity and why (the sales rate or the demand forecast over the lead
 * time). A buyer turns a suggestion into a draft purchase order. Filtered, sorted and keyset
 * paged by purchasing (the oldest detected first unless a sortable header says otherwise). */
export function PurchasePlanScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ status: "open" });
  const [drafting, setDrafting] = useState<Suggestion | null>(null);
  const [reload, setReload] = useState(0);
  const buyer = may(currentSession()?.roles, "purchaser");
  const why = (r: Suggestion) =>
    suggestionReason(r, { range: t("purWhyRange"), sales: t("purWhySales"), forecast: t("purWhyForecast") });
  const fetchPage = useCallback<FetchPage<Suggestion>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await purchasing.GET("/purchase-plan", {
        params: {
          query: { sku: filters.sku || null, warehouse: filters.warehouse || null, status: filters.status ?? "open", limit, ...sortParams(cursor, sort) },
        },
      });
      return { data: error ? undefined : cursorPage(data as unknown as Suggestion[] | undefined, response), error };
    },
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} initialValues={filters} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear data-testid="plan-filter-sku" />
        </Form.Item>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select style={{ width: 140 }} options={SUGGESTION_STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="plan-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<Suggestion>
        testid="plan-table"
        exportName="purchase-plan"
        rowKey="suggestion_id"
        fetchPage={fetchPage}
        reloadToken={reload}
        columns={[
          { title: t("sku"), dataIndex: "sku", serverSort: true },
          { title: t("warehouse"), dataIndex: "warehouse", serverSort: true },
          { title: t("status"), dataIndex: "status", render: (s: string) => <Tag>{s}</Tag> },
          { title: t("purAvailable"), dataIndex: "available", align: "right", serverSort: true },
          {
            title: t("purMinMax"),
            render: (_, r) => `${r.min_quantity} / ${r.max_quantity}`,
            exportValue: (r) => `${r.min_quantity} / ${r.max_quantity}`,
            exportTitle: "min / max",
          },
          { title: t("purInFlight"), dataIndex: "in_flight", align: "right" },
          {
            title: t("purSuggested"),
            dataIndex: "suggested_quantity",
            align: "right",
            render: (_, r) => <b data-testid={`plan-suggested-${r.sku}`}>{`${r.suggested_quantity} ${r.unit}`}</b>,
          },
          { title: t("purWhy"), render: (_, r) => why(r), exportValue: why, exportTitle: t("purWhy") },
          {
            title: "",
            render: (_, r) =>
              r.purchase_order_id ? (
                <a href={href("purchase-order", { id: r.purchase_order_id })}>{t("purOrder")}</a>
              ) : (
                buyer &&
                r.status === "open" && (
                  <Button size="small" type="primary" onClick={() => setDrafting(r)} data-testid={`plan-draft-${r.sku}`}>
                    {t("purDraftPo")}
                  </Button>
                )
              ),
          },
        ]}
      />
      <DraftOrderForm
        suggestion={drafting}
        onClose={() => setDrafting(null)}
        onDrafted={() => {
          setDrafting(null);
          setReload((n) => n + 1);
        }}
      />
    </>
  );
}
