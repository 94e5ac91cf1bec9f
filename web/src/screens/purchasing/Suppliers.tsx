import { Button, Form, Input, Tag } from "antd";
import { useCallback, useState } from "react";
import { purchasing } from "../../api/client";
import { type FetchPage, keysetPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href, navigate } from "../../nav";
import { currentSession } from "../../session";
import { may, type SupplierRow } from "./model";

/** Suppliers by code, filtered by the start of the code and keyset paged by purchasing; a row
 * opens the supplier's profile with its scorecard. */
export function SuppliersScreen() {
  const t = useT();
  const [code, setCode] = useState<string>("");
  const fetchPage = useCallback<FetchPage<SupplierRow>>(
    async (after, limit) => {
      const { data, error } = await purchasing.GET("/suppliers", {
        params: { query: { code: code || null, after: (after as string | null) ?? null, limit: Math.min(limit, 200) } },
      });
      const rows = data as unknown as SupplierRow[] | undefined;
      return { data: error ? undefined : keysetPage(rows, Math.min(limit, 200), (r) => r.code), error };
    },
    [code],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: { code?: string }) => setCode(v.code?.trim() ?? "")}>
        <Form.Item name="code" label={t("purSupplierCode")}>
          <Input allowClear data-testid="suppliers-filter-code" />
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
            render: (_, r) => <a href={href("supplier", { id: r.supplier_id })}>{r.code}</a>,
          },
          { title: t("name"), dataIndex: "name" },
          { title: t("purCurrency"), dataIndex: "currency" },
          { title: t("purPaymentTerms"), dataIndex: "payment_terms_days", align: "right" },
          { title: t("purEmail"), dataIndex: "email" },
          {
            title: t("status"),
            dataIndex: "blocked",
            render: (_, r) => (r.blocked ? <Tag color="red">{t("purBlocked")}</Tag> : null),
          },
        ]}
      />
    </>
  );
}
