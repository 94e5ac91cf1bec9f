import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { money } from "../../components/decimals";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { can } from "./roles";

type ClassRow = components["schemas"]["ClassView"];
const [A_SHARE, B_SHARE] = ["0.80", "0.15"]; // the API's defaults

/** ABC classes, filtered, sorted and keyset paged by the inventory service (highest consumption
 * value first unless a sortable header says otherwise); a warehouse user classifies a period
 * anew. */
export function AbcScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [filters, setFilters] = useState<{ warehouse?: string; abc?: string; sku?: string }>({});
  const [reload, setReload] = useState(0);
  const fetchPage = useCallback<FetchPage<ClassRow>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/abc", {
        params: {
          query: {
            warehouse: filters.warehouse || null,
            class: (filters.abc as ClassRow["abc_class"] | undefined) ?? null,
            sku: filters.sku || null,
            limit,
            ...sortParams(cursor, sort),
          },
        },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [filters],
  );
  const classify = async (v: { period?: [Dayjs, Dayjs]; a_share?: string; b_share?: string }) => {
    const body = {
      period_from: v.period?.[0]?.format("YYYY-MM-DD") ?? "",
      period_to: v.period?.[1]?.format("YYYY-MM-DD") ?? "",
      a_share: v.a_share || A_SHARE,
      b_share: v.b_share || B_SHARE,
    };
    const done = await run(() => inventory.POST("/abc/classify", { body, headers: { "Idempotency-Key": crypto.randomUUID() } }));
    if (done === undefined) return;
    message.success(t("saved"));
    setReload((n) => n + 1);
  };
  const columns: Column<ClassRow>[] = [
    { title: t("sku"), dataIndex: "sku", serverSort: true },
    { title: t("warehouse"), dataIndex: "warehouse" },
    { title: t("invClass"), dataIndex: "abc_class", serverSort: true },
    { title: t("invConsumption"), dataIndex: "consumption_value", align: "right", serverSort: true, render: (_, r) => `${money(r.consumption_value)} ${r.currency}` },
    { title: t("invCumulativeShare"), dataIndex: "cumulative_share", align: "right", serverSort: true },
    { title: t("invPeriod"), render: (_, r) => `${r.period_from} – ${r.period_to}`, exportValue: (r) => `${r.period_from} - ${r.period_to}`, exportTitle: t("invPeriod") },
    { title: t("invClassifiedAt"), dataIndex: "classified_at" },
  ];
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={setFilters}>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="abc" label={t("invClass")}>
          <Select allowClear style={{ width: 90 }} options={["A", "B", "C"].map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<ClassRow> testid="abc-table" rowKey={(r) => `${r.sku}/${r.warehouse ?? ""}`} fetchPage={fetchPage} columns={columns} exportName="abc-classes" reloadToken={reload} />
      {can("warehouse") && (
        <Card title={t("invClassify")} size="small" style={{ marginTop: 16, maxWidth: 720 }}>
          <Form form={form} layout="vertical" onFinish={classify}>
            <Space wrap>
              <Form.Item name="period" label={t("invPeriod")}>
                <DatePicker.RangePicker />
              </Form.Item>
              <Form.Item name="a_share" label={t("invAShare")}>
                <Input placeholder={A_SHARE} />
              </Form.Item>
              <Form.Item name="b_share" label={t("invBShare")}>
                <Input placeholder={B_SHARE} />
              </Form.Item>
            </Space>
            {general && <Alert type="error" title={general} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit">
              {t("submit")}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
