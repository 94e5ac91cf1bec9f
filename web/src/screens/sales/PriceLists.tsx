import { Button, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { can, paged } from "./common";
import { salesPageQuery, sortedColumns } from "./sorts";

export interface PriceListRow {
  price_list_id: string;
  code: string;
  customer_group: string;
  currency: string;
  valid_from: string;
  valid_until: string | null;
  price_count: number;
  version: number;
  changed_at: string;
  changed_by: string | null;
}

interface Filters {
  code?: string;
  customer_group?: string;
  currency?: string;
  sku?: string;
  valid_on?: Dayjs | null;
}

/** The price lists, newest first, by code, customer group, currency, a SKU they price and a
 * day they are valid on (paged by sales); a sales user defines a new one. */
export function PriceListsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const fetchPage = useCallback<FetchPage<PriceListRow>>(
    (after, limit, sort) =>
      paged(
        sales.GET("/price-lists", {
          params: {
            query: {
              code: filters.code?.trim() || null,
              customer_group: filters.customer_group?.trim() || null,
              currency: filters.currency?.trim() || null,
              sku: filters.sku?.trim() || null,
              valid_on: filters.valid_on ? filters.valid_on.format("YYYY-MM-DD") : null,
              limit,
              ...salesPageQuery("priceLists", after, sort),
            },
          },
        }),
      ),
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="code" label={t("slPriceListCode")}>
          <Input allowClear style={{ width: 160 }} data-testid="price-lists-code" />
        </Form.Item>
        <Form.Item name="customer_group" label={t("slCustomerGroup")}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="currency" label={t("slCurrency")}>
          <Input allowClear style={{ width: 80 }} placeholder="CNY" />
        </Form.Item>
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="valid_on" label={t("slValidOn")}>
          <DatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="price-lists-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<PriceListRow>
        testid="price-lists-table"
        exportName="price-lists"
        rowKey="price_list_id"
        fetchPage={fetchPage}
        toolbar={
          can("sales") && (
            <Button type="primary" onClick={() => navigate("define-price-list")} data-testid="price-list-new">
              {t("slDefinePriceList")}
            </Button>
          )
        }
        columns={sortedColumns<PriceListRow>("priceLists", [
          {
            title: t("slPriceListCode"),
            dataIndex: "code",
            render: (code: string, r) => <a href={href("price-list", { id: r.price_list_id })}>{code}</a>,
          },
          { title: t("slCustomerGroup"), dataIndex: "customer_group" },
          { title: t("slCurrency"), dataIndex: "currency" },
          { title: t("slValidFrom"), dataIndex: "valid_from" },
          { title: t("slValidUntil"), dataIndex: "valid_until" },
          { title: t("slPriceCount"), dataIndex: "price_count", align: "right" },
          { title: t("slVersion"), dataIndex: "version", align: "right" },
          // shown to the minute, in the browser's time zone; exported as the API gives it
          { title: t("slChangedAt"), dataIndex: "changed_at", render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm") },
          { title: t("slChangedBy"), dataIndex: "changed_by" },
        ])}
      />
    </>
  );
}
