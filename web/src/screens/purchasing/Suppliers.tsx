import { Button, Form, Input, Tag } from "antd";
import { useCallback, useState } from "react";
import { purchasing } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { currentSession } from "../../session";
import { may, type SupplierRow } from "./model";

/** Suppliers filtered by the start of the code or a part of the name, sorted (by code unless
 * a header says otherwise) and keyset paged by purchasing; a row opens the supplier's profile
 * with its scorecard. */
export function SuppliersScreen() {
  const t = useT();
  const [filters, setFilters] = useState<{ code?: string; name?: string }>({});
  const fetchPage = useCallback<FetchPage<SupplierRow>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await purchasing.GET("/suppliers", {
        params: { query: { code: filters.code || null, name: filters.name || null, limit, ...sortParams(cursor, sort) } },
      });
      const rows = data as unknown as SupplierRow[] | undefined;
      return { data: error ? undefined : cursorPage(rows, response), error };
    },
    [filters],
  );
  return (
    <>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v: { code?: string; name?: string }) => setFilters({ code: v.code?.trim(), name: v.name?.trim() })}
      >
        <Form.Item name="code" label={t("purSupplierCode")}>
          <Input allowClear data-testid="suppliers-filter-code" />
        </Form.Item>
        <Form.Item name="name" label={t("name")}>
          <Input allowClear data-testid="suppliers-filter-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="suppliers-search">
          {t("search")}
        </Button>
        {may(currentSession()?.roles, "purchaser") && (
          <Button style={{ marginLeft: 8 }} onClick={() => navigate("register-supplier")} data-testid="suppliers-register">
            {t("purRegisterSupplier")}
          </Button>
        )}
      </Form>
      <ServerTable<SupplierRow>
        testid="suppliers-table"
        exportName="suppliers"
        rowKey="supplier_id"
        fetchPage={fetchPage}
        columns={[
          {
            title: t("purSupplierCode"),
            dataIndex: "code",
            serverSort: true,
            render: (_, r) => <a href={href("supplier", { id: r.supplier_id })}>{r.code}</a>,
          },
          { title: t("name"), dataIndex: "name", serverSort: true },
          { title: t("purCurrency"), dataIndex: "currency", serverSort: true },
          { title: t("purPaymentTerms"), dataIndex: "payment_terms_days", align: "right", serverSort: true },
          { title: t("purEmail"), dataIndex: "email" },
          {
            title: t("status"),
            key: "status",
            dataIndex: "blocked",
            serverSort: true,
            render: (_, r) => (r.blocked ? <Tag color="red">{t("purBlocked")}</Tag> : null),
          },
        ]}
      />
    </>
  );
}
