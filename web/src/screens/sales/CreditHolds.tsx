import { Button, Form, Input, Space } from "antd";
import { useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { can, paged } from "./common";
import { CreditButtons } from "./Order";

interface HeldRow {
  order_id: string;
  order_no: string;
  customer_id: string;
  status_reason: string | null;
  total: { amount: string; currency: string };
  taken_on: string;
}

/** The orders held on credit, with why; the credit controller releases or refuses each. */
export function CreditHoldsScreen() {
  const t = useT();
  const [customer, setCustomer] = useState<string>("");
  const [reloads, setReloads] = useState(0);
  const fetchPage = useCallback<FetchPage<HeldRow>>(
    (after, limit) =>
      paged(
        sales.GET("/orders", {
          params: {
            query: { status: "held_on_credit", customer_id: customer || null, after: after as string | null, limit },
          },
        }),
      ),
    // `reloads` too: a decided hold leaves the list at once (the table's reloadToken alone
    // does not fetch again when it is on its first page)
    [customer, reloads], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const decides = can("credit_controller");
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: { customer_id?: string }) => setCustomer(v.customer_id?.trim() ?? "")}>
        <Form.Item name="customer_id" label={t("customer")}>
          <Input allowClear style={{ width: 320 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<HeldRow>
        testid="credit-holds-table"
        exportName="credit-holds"
        rowKey="order_id"
        fetchPage={fetchPage}
        reloadToken={reloads}
        refreshToken={reloads} // reloadToken alone refetches nothing when already on the first page
        columns={[
          {
            title: t("orderNo"),
            dataIndex: "order_no",
            render: (no: string, r) => <a href={href("order", { id: r.order_id })}>{no}</a>,
          },
          { title: t("customer"), dataIndex: "customer_id" },
          {
            title: t("total"),
            render: (_, r) => `${r.total.amount} ${r.total.currency}`,
            exportValue: (r) => r.total.amount,
            align: "right",
          },
          { title: t("takenOn"), dataIndex: "taken_on" },
          { title: t("reason"), dataIndex: "status_reason" },
          ...(decides
            ? [
                {
                  title: "",
                  key: "decide",
                  render: (_: unknown, r: HeldRow) => (
                    <Space>
                      <CreditButtons id={r.order_id} onDone={() => setReloads((n) => n + 1)} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
