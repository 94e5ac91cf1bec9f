import { Button, Form, Input, Select, Space } from "antd";
import { useCallback, useState } from "react";
import { crm } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { Action } from "../sales/Action";
import { can, idempotent, paged, trimmed } from "../sales/common";
import { RescheduleFollowUp } from "./RescheduleFollowUp";

interface FollowUpRow {
  follow_up_id: string;
  customer_id: string;
  kind: string;
  subject: string;
  owner: string;
  due_on: string;
  status: string;
  outcome: string | null;
  completed_on: string | null;
}
interface Filters {
  owner?: string;
  status?: "open" | "done" | "cancelled";
  due_by?: string;
}

/** Follow-ups (calls, visits): by owner, status and due date; schedule, complete, cancel. With
 * `customerId`, a customer's own (on the profile). */
export function FollowUpsScreen({ customerId }: { customerId?: string }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ status: "open" });
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const fetchPage = useCallback<FetchPage<FollowUpRow>>(
    (after, limit, sort) =>
      paged(
        crm.GET("/follow-ups", {
          params: {
            query: {
              owner: filters.owner?.trim() || null,
              customer_id: customerId ?? null,
              status: filters.status ?? null,
              due_by: filters.due_by?.trim() || null,
              after: after as string | null,
              limit,
              ...(sort ? { sort: sort.field, order: sort.order } : {}),
            },
          },
        }),
      ),
    [filters, customerId],
  );
  const mine = can("crm");
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} initialValues={filters} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="owner" label={t("crmOwner")}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 130 }} options={["open", "done", "cancelled"].map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="due_by" label={`${t("crmDueBy")} (YYYY-MM-DD)`}>
          <Input allowClear style={{ width: 130 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<FollowUpRow>
        testid="follow-ups-table"
        exportName="follow-ups"
        rowKey="follow_up_id"
        fetchPage={fetchPage}
        reloadToken={reloads}
        refreshToken={reloads} // reloadToken alone refetches nothing when already on the first page
        toolbar={
          mine && (
            <Action
              label={t("crmScheduleFollowUp")}
              testid="follow-up-new"
              primary
              initialValues={{ customer_id: customerId, kind: "call" }}
              fields={
                <>
                  <Form.Item name="customer_id" label={t("crmCustomerId")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="kind" label={t("crmKind")}>
                    <Select options={["call", "visit"].map((s) => ({ value: s, label: s }))} />
                  </Form.Item>
                  <Form.Item name="subject" label={t("crmSubject")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="owner" label={t("crmOwner")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="due_on" label={`${t("crmDueOn")} (YYYY-MM-DD)`}>
                    <Input />
                  </Form.Item>
                </>
              }
              call={(v) => crm.POST("/follow-ups", { body: trimmed(v) as never, headers: idempotent() })}
              onDone={reload}
            />
          )
        }
        columns={[
          { title: t("crmDueOn"), dataIndex: "due_on", serverSort: true },
          {
            title: t("crmCustomerId"),
            dataIndex: "customer_id",
            render: (id: string) => <a href={href("customer", { id })}>{id.slice(0, 8)}…</a>,
          },
          { title: t("crmKind"), dataIndex: "kind", serverSort: true },
          { title: t("crmSubject"), dataIndex: "subject", serverSort: true },
          { title: t("crmOwner"), dataIndex: "owner", serverSort: true },
          { title: t("status"), dataIndex: "status", serverSort: true },
          { title: t("crmOutcome"), dataIndex: "outcome" },
          ...(mine
            ? [
                {
                  title: "",
                  key: "act",
                  render: (_: unknown, r: FollowUpRow) =>
                    r.status === "open" && (
                      <Space>
                        <RescheduleFollowUp id={r.follow_up_id} dueOn={r.due_on} owner={r.owner} onDone={reload} />
                        <Action
                          label={t("crmComplete")}
                          testid={`follow-up-complete-${r.follow_up_id}`}
                          fields={
                            <Form.Item name="outcome" label={t("crmOutcome")}>
                              <Input />
                            </Form.Item>
                          }
                          call={(v) =>
                            crm.POST("/follow-ups/{follow_up_id}/complete", {
                              params: { path: { follow_up_id: r.follow_up_id } },
                              body: trimmed(v) as never,
                              headers: idempotent(),
                            })
                          }
                          onDone={reload}
                        />
                        <Action
                          label={t("crmCancel")}
                          testid={`follow-up-cancel-${r.follow_up_id}`}
                          danger
                          fields={
                            <Form.Item name="reason" label={t("reason")}>
                              <Input />
                            </Form.Item>
                          }
                          call={(v) =>
                            crm.POST("/follow-ups/{follow_up_id}/cancel", {
                              params: { path: { follow_up_id: r.follow_up_id } },
                              body: trimmed(v) as never,
                              headers: idempotent(),
                            })
                          }
                          onDone={reload}
                        />
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
