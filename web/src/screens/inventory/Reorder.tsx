import { Alert, App, Button, Card, Form, Input, Select, Space, Tabs, Tag } from "antd";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useChanges } from "../../components/useChanges";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { can } from "./roles";

type Rule = components["schemas"]["RuleView"];
type AlertRow = components["schemas"]["AlertView"];
type RuleBody = components["schemas"]["SetRuleBody"];

/** Reorder rules (min/max per SKU × warehouse) and the alerts of positions outside them, both
 * filtered, sorted and keyset paged by the inventory service (by warehouse and SKU unless a
 * sortable header says otherwise). */
export function ReorderScreen({ params }: { params: URLSearchParams }) {
  const t = useT();
  return (
    <Tabs
      defaultActiveKey={params.get("tab") ?? "rules"}
      items={[
        { key: "rules", label: t("invRules"), children: <Rules /> },
        { key: "alerts", label: t("invAlerts"), children: <Alerts /> },
      ]}
    />
  );
}

function Filters({ onFilter, kinds }: { onFilter: (v: { warehouse?: string; sku?: string; kind?: string }) => void; kinds?: boolean }) {
  const t = useT();
  return (
    <Form layout="inline" style={{ marginBottom: 16 }} onFinish={onFilter}>
      <Form.Item name="warehouse" label={t("warehouse")}>
        <Input allowClear />
      </Form.Item>
      {!kinds && (
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear />
        </Form.Item>
      )}
      {kinds && (
        <Form.Item name="kind" label={t("invAlertKind")}>
          <Select allowClear style={{ width: 160 }} options={[{ value: "below_min", label: t("invBelowMin") }, { value: "above_max", label: t("invAboveMax") }]} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit">
        {t("search")}
      </Button>
    </Form>
  );
}

function alertTag(t: ReturnType<typeof useT>, alert: string | null | undefined) {
  if (!alert) return null;
  return <Tag color={alert === "below_min" ? "red" : "gold"}>{alert === "below_min" ? t("invBelowMin") : t("invAboveMax")}</Tag>;
}

function Rules() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [filters, setFilters] = useState<{ warehouse?: string; sku?: string }>({});
  const [reload, setReload] = useState(0);
  const fetchPage = useCallback<FetchPage<Rule>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/reorder-rules", {
        params: { query: { warehouse: filters.warehouse || null, sku: filters.sku || null, limit, ...sortParams(cursor, sort) } },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [filters],
  );
  const purchaser = can("purchaser");
  const key = () => ({ "Idempotency-Key": crypto.randomUUID() });
  const remove = async (r: Rule) => {
    const removed = await run(() =>
      inventory.POST("/reorder-rules/{sku}/{warehouse}/remove", { params: { path: { sku: r.sku, warehouse: r.warehouse } }, headers: key() }),
    );
    if (removed !== undefined) setReload((n) => n + 1);
  };
  const submit = async (v: Partial<RuleBody>) => {
    const body: RuleBody = {
      sku: v.sku ?? "",
      warehouse: v.warehouse ?? "",
      min_quantity: v.min_quantity ?? "",
      max_quantity: v.max_quantity ?? "",
      reorder_quantity: v.reorder_quantity || null,
    };
    const set = await run(() => inventory.POST("/reorder-rules", { body, headers: key() }));
    if (set === undefined) return;
    message.success(t("saved"));
    form.resetFields();
    setReload((n) => n + 1);
  };
  const columns: Column<Rule>[] = [
    { title: t("sku"), dataIndex: "sku", serverSort: true, render: (sku: string, r) => <a href={href("stock", { sku, warehouse: r.warehouse })}>{sku}</a> },
    { title: t("warehouse"), dataIndex: "warehouse", serverSort: true },
    { title: t("invMin"), dataIndex: "min_quantity", align: "right", serverSort: true },
    { title: t("invMax"), dataIndex: "max_quantity", align: "right", serverSort: true },
    { title: t("invReorderQty"), dataIndex: "reorder_quantity", align: "right" },
    { title: t("unit"), dataIndex: "unit" },
    { title: t("invAlerts"), dataIndex: "alert", render: (a: string | null) => alertTag(t, a) },
    {
      title: "",
      key: "actions",
      render: (_, r) =>
        purchaser && (
          <Button size="small" danger onClick={() => void remove(r)}>
            {t("invRemove")}
          </Button>
        ),
    },
  ];
  return (
    <>
      <Filters onFilter={setFilters} />
      <ServerTable<Rule> testid="rules-table" rowKey={(r) => `${r.sku}/${r.warehouse}`} fetchPage={fetchPage} columns={columns} exportName="reorder-rules" reloadToken={reload} />
      {purchaser && (
        <Card title={t("invSetRule")} size="small" style={{ marginTop: 16, maxWidth: 720 }}>
          <Form form={form} layout="vertical" onFinish={submit}>
            <Space wrap>
              {(["sku", "warehouse", "min_quantity", "max_quantity", "reorder_quantity"] as const).map((name) => (
                <Form.Item key={name} name={name} label={{ sku: t("sku"), warehouse: t("warehouse"), min_quantity: t("invMin"), max_quantity: t("invMax"), reorder_quantity: t("invReorderQty") }[name]}>
                  <Input />
                </Form.Item>
              ))}
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

function Alerts() {
  const t = useT();
  const [filters, setFilters] = useState<{ warehouse?: string; kind?: string }>({});
  const [refresh, setRefresh] = useState(0);
  useChanges("inventory", ["stock-keeper"], () => setRefresh((n) => n + 1));
  const fetchPage = useCallback<FetchPage<AlertRow>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/alerts", {
        params: { query: { warehouse: filters.warehouse || null, kind: (filters.kind as AlertRow["alert"]) ?? null, limit, ...sortParams(cursor, sort) } },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [filters],
  );
  const columns: Column<AlertRow>[] = [
    { title: t("sku"), dataIndex: "sku", serverSort: true, render: (sku: string, r) => <a href={href("stock", { sku, warehouse: r.warehouse })}>{sku}</a> },
    { title: t("warehouse"), dataIndex: "warehouse", serverSort: true },
    { title: t("invAlertKind"), dataIndex: "alert", render: (a: string | null) => alertTag(t, a) },
    { title: t("available"), dataIndex: "available", align: "right" },
    { title: t("invMin"), dataIndex: "min_quantity", align: "right", serverSort: true },
    { title: t("invMax"), dataIndex: "max_quantity", align: "right" },
    { title: t("invReorderQty"), dataIndex: "reorder_quantity", align: "right" },
    { title: t("invSince"), dataIndex: "alert_since", serverSort: true },
  ];
  return (
    <>
      <Filters onFilter={setFilters} kinds />
      <ServerTable<AlertRow> testid="alerts-table" rowKey={(r) => `${r.sku}/${r.warehouse}`} fetchPage={fetchPage} columns={columns} exportName="stock-alerts" refreshToken={refresh} />
    </>
  );
}
