import { Button, Form, Input, Space } from "antd";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { currentSession } from "../../session";
import { ItemEditButton } from "./ItemEditButton";
import { masterActions } from "./masterForms";

type Item = components["schemas"]["ItemView"];
interface Filters {
  q?: string;
  category?: string;
  barcode?: string;
}

/** The item master: by SKU or name prefix, category or barcode; sorted and keyset paged by the
 * inventory service (the body's next_after: a SKU by SKU, a cursor when a header sorts). */
export function ItemsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [reload, setReload] = useState(0);
  const may = masterActions(currentSession()?.roles ?? []);
  const fetchPage = useCallback<FetchPage<Item>>(
    async (cursor, limit, sort) => {
      const { data, error } = await inventory.GET("/items", {
        params: {
          query: {
            q: filters.q || null,
            category: filters.category || null,
            barcode: filters.barcode || null,
            limit,
            ...sortParams(cursor, sort),
          },
        },
      });
      return { data: data && { rows: data.items, next: data.next_after }, error };
    },
    [filters],
  );
  const columns: Column<Item>[] = [
    { title: t("sku"), dataIndex: "sku", serverSort: true, render: (sku: string) => <a href={href("stock", { sku })}>{sku}</a> },
    { title: t("name"), dataIndex: "name", serverSort: true },
    { title: t("unit"), dataIndex: "unit" },
    { title: t("category"), dataIndex: "category", serverSort: true },
    { title: t("barcode"), dataIndex: "barcode" },
    { title: t("lotTracked"), dataIndex: "lot_tracked", render: (v: boolean) => (v ? "✓" : "") },
    ...(may.editItem
      ? [{ title: "", key: "edit", render: (_: unknown, r: Item) => <ItemEditButton item={r} onDone={() => setReload((n) => n + 1)} /> }]
      : []),
  ];
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="q" label={t("invSkuOrName")}>
          <Input allowClear data-testid="items-filter-q" />
        </Form.Item>
        <Form.Item name="category" label={t("category")}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="barcode" label={t("barcode")}>
          <Input allowClear />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="items-search">
            {t("search")}
          </Button>
          <Button href={href("register-item")}>{t("registerItem")}</Button>
        </Space>
      </Form>
      <ServerTable<Item> testid="items-table" rowKey="sku" fetchPage={fetchPage} columns={columns} exportName="items" reloadToken={reload} />
    </>
  );
}
