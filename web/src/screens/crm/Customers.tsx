import { Button, Form, Input } from "antd";
import { useCallback, useState } from "react";
import { crm } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { paged } from "../sales/common";
import { NewCustomerButton } from "./NewCustomerButton";

interface CustomerRow {
  customer_id: string;
  code: string;
  name: string;
  customer_group: string;
  tags: string[];
  sales_owner: string | null;
  credit_limit: { amount: string; currency: string };
}
interface Filters {
  q?: string;
  group?: string;
  tag?: string;
  owner?: string;
}

/** The customers, by name or code, group, tag and sales owner (paged by crm). */
export function CustomersScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [reload, setReload] = useState(0);
  const fetchPage = useCallback<FetchPage<CustomerRow>>(
    (after, limit, sort) =>
      paged(
        crm.GET("/customers", {
          params: {
            query: {
              q: filters.q?.trim() || null,
              group: filters.group?.trim() || null,
              tag: filters.tag?.trim() || null,
              owner: filters.owner?.trim() || null,
              after: after as string | null,
              limit,
              // sorted by the server when a column asks; its cursor then comes back in `next`
              ...(sort ? { sort: sort.field, order: sort.order } : {}),
            },
          },
        }),
      ),
    [filters],
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="q" label={t("crmNameOrCode")}>
          <Input allowClear data-testid="customers-filter-q" />
        </Form.Item>
        <Form.Item name="group" label={t("crmGroup")}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="tag" label={t("crmTag")}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="owner" label={t("crmOwner")}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="customers-search">
          {t("search")}
        </Button>
        <NewCustomerButton onDone={() => setReload((n) => n + 1)} />
      </Form>
      <ServerTable<CustomerRow>
        testid="customers-table"
        exportName="customers"
        rowKey="customer_id"
        fetchPage={fetchPage}
        reloadToken={reload}
        columns={[
          {
            title: t("crmCode"),
            dataIndex: "code",
            serverSort: true,
            render: (code: string, r) => <a href={href("customer", { id: r.customer_id })}>{code}</a>,
          },
          { title: t("name"), dataIndex: "name", serverSort: true },
          { title: t("crmGroup"), dataIndex: "customer_group", serverSort: true },
          { title: t("crmTag"), dataIndex: "tags", render: (tags: string[]) => tags.join(", "), exportValue: (r) => r.tags.join(", ") },
          { title: t("crmOwner"), dataIndex: "sales_owner", serverSort: true },
          {
            title: t("crmCreditLimit"),
            key: "credit_limit",
            serverSort: true,
            render: (_, r) => `${r.credit_limit.amount} ${r.credit_limit.currency}`,
            exportValue: (r) => r.credit_limit.amount,
            align: "right",
          },
        ]}
      />
    </>
  );
}
