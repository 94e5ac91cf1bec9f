import { Button, Form, Input, Select, Space } from "antd";
import { useCallback, useState } from "react";
import { crm } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { Action } from "../sales/Action";
import { can, idempotent, paged, trimmed } from "../sales/common";

interface FeedbackRow {
  feedback_id: string;
  customer_id: string;
  kind: string;
  subject: string;
  status: string;
  order_id: string | null;
  assignee: string | null;
  resolution: string | null;
  opened_at: string;
}
interface Filters {
  kind?: "complaint" | "suggestion";
  status?: "opened" | "in_progress" | "resolved";
}

/** Complaints and suggestions: by kind and status; open one, start work on it, resolve it.
 * With `customerId`, a customer's own (on the profile). */
export function FeedbackScreen({ customerId }: { customerId?: string }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const fetchPage = useCallback<FetchPage<FeedbackRow>>(
    (after, limit, sort) =>
      paged(
        crm.GET("/feedback", {
          params: {
            query: {
              customer_id: customerId ?? null,
              kind: filters.kind ?? null,
              status: filters.status ?? null,
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
  const act = (r: FeedbackRow) => (
    <Space>
      {r.status === "opened" && (
        <Action
          label={t("crmStartWork")}
          testid={`feedback-start-${r.feedback_id}`}
          call={() =>
            crm.POST("/feedback/{feedback_id}/start", {
              params: { path: { feedback_id: r.feedback_id } },
              body: {},
              headers: idempotent(),
            })
          }
          onDone={reload}
        />
      )}
      {r.status !== "resolved" && (
        <Action
          label={t("crmResolve")}
          testid={`feedback-resolve-${r.feedback_id}`}
          fields={
            <Form.Item name="resolution" label={t("crmResolution")}>
              <Input />
            </Form.Item>
          }
          call={(v) =>
            crm.POST("/feedback/{feedback_id}/resolve", {
              params: { path: { feedback_id: r.feedback_id } },
              body: trimmed(v) as never,
              headers: idempotent(),
            })
          }
          onDone={reload}
        />
      )}
    </Space>
  );
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="kind" label={t("crmKind")}>
          <Select allowClear style={{ width: 140 }} options={["complaint", "suggestion"].map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 140 }} options={["opened", "in_progress", "resolved"].map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<FeedbackRow>
        testid="feedback-table"
        exportName="feedback"
        rowKey="feedback_id"
        fetchPage={fetchPage}
        reloadToken={reloads}
        refreshToken={reloads} // reloadToken alone refetches nothing when already on the first page
        toolbar={
          mine && (
            <Action
              label={t("crmOpenFeedback")}
              testid="feedback-new"
              primary
              initialValues={{ customer_id: customerId, kind: "complaint" }}
              fields={
                <>
                  <Form.Item name="customer_id" label={t("crmCustomerId")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="kind" label={t("crmKind")}>
                    <Select options={["complaint", "suggestion"].map((s) => ({ value: s, label: s }))} />
                  </Form.Item>
                  <Form.Item name="subject" label={t("crmSubject")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="description" label={t("crmDescription")}>
                    <Input.TextArea />
                  </Form.Item>
                  <Form.Item name="order_id" label={t("crmOrderId")}>
                    <Input />
                  </Form.Item>
                </>
              }
              call={(v) => crm.POST("/feedback", { body: trimmed(v) as never, headers: idempotent() })}
              onDone={reload}
            />
          )
        }
        columns={[
          { title: t("crmOpenedAt"), dataIndex: "opened_at", serverSort: true },
          {
            title: t("crmCustomerId"),
            dataIndex: "customer_id",
            render: (id: string) => <a href={href("customer", { id })}>{id.slice(0, 8)}…</a>,
          },
          { title: t("crmKind"), dataIndex: "kind", serverSort: true },
          { title: t("crmSubject"), dataIndex: "subject", serverSort: true },
          { title: t("status"), dataIndex: "status", serverSort: true },
          { title: t("crmAssignee"), dataIndex: "assignee", serverSort: true },
          { title: t("crmResolution"), dataIndex: "resolution" },
          ...(mine ? [{ title: "", key: "act", render: (_: unknown, r: FeedbackRow) => act(r) }] : []),
        ]}
      />
    </>
  );
}
