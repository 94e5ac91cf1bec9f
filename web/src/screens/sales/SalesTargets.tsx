import { Button, Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { paged } from "./common";
import { SetTargetButton } from "./SetTargetButton";
import { salesPageQuery, sortedColumns } from "./sorts";
import { DIMENSIONS, type Dimension, type TargetRow } from "./targets";

interface Filters {
  dimension?: Dimension;
  subject?: string;
  period?: string;
}

/** The sales targets with what was sold against them and the attainment, by dimension,
 * subject and period (paged and sorted by sales); a sales user sets (or revises) one. */
export function SalesTargetsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [reload, setReload] = useState(0);
  const fetchPage = useCallback<FetchPage<TargetRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/sales-targets", {
          params: {
            query: {
              dimension: filters.dimension ?? null,
              subject: filters.subject?.trim() || null,
              period: filters.period?.trim() || null,
              limit,
              ...salesPageQuery("salesTargets", after, sort),
            },
          },
        }),
      ),
    [filters],
  );
  const dimensions = DIMENSIONS.map((d) => ({ value: d, label: t(`slTargetDim_${d}`) }));
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="dimension" label={t("slTargetDimension")}>
          <Select allowClear style={{ width: 140 }} options={dimensions} />
        </Form.Item>
        <Form.Item name="subject" label={t("slTargetSubject")}>
          <Input allowClear style={{ width: 160 }} data-testid="sl-targets-subject" />
        </Form.Item>
        <Form.Item name="period" label={t("slTargetPeriod")}>
          <Input allowClear style={{ width: 110 }} placeholder="2026-Q4" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="sl-targets-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<TargetRow>
        testid="sl-targets-table"
        exportName="sales-targets"
        rowKey="target_id"
        fetchPage={fetchPage}
        reloadToken={reload}
        toolbar={<SetTargetButton onDone={() => setReload((n) => n + 1)} />}
        columns={sortedColumns<TargetRow>("salesTargets", [
          { title: t("slTargetPeriod"), dataIndex: "period" },
          { title: t("slTargetDimension"), dataIndex: "dimension", render: (d: Dimension) => t(`slTargetDim_${d}`) },
          { title: t("slTargetSubject"), dataIndex: "subject" },
          {
            title: t("slTargetAmount"),
            key: "amount",
            dataIndex: ["target", "amount"],
            align: "right",
            render: (_, r) => <span data-testid={`sl-target-amount-${r.subject}`}>{r.target.amount}</span>,
            exportValue: (r) => r.target.amount,
          },
          { title: t("slTargetSold"), key: "sold", dataIndex: ["actual", "amount"], align: "right", exportValue: (r) => r.actual.amount },
          {
            title: t("slTargetAttainment"),
            dataIndex: "attainment_percent",
            align: "right",
            render: (p: string, r) => <span data-testid={`sl-target-attainment-${r.subject}`}>{p} %</span>,
            exportValue: (r) => r.attainment_percent,
          },
          { title: t("slTargetRemaining"), key: "remaining", dataIndex: ["remaining", "amount"], align: "right", exportValue: (r) => r.remaining.amount },
          { title: t("slTargetCurrency"), key: "currency", dataIndex: ["target", "currency"], exportValue: (r) => r.target.currency },
          { title: t("slTargetSetBy"), dataIndex: "set_by" },
          { title: t("slTargetUpdatedAt"), dataIndex: "updated_at", render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm") },
        ])}
      />
    </>
  );
}
