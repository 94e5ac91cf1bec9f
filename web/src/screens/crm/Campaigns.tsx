import { Button, Form, Input, Select } from "antd";
import { useCallback, useState } from "react";
import { crm } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { Action } from "../sales/Action";
import { can, idempotent, paged, trimmed } from "../sales/common";

interface CampaignRow {
  campaign_id: string;
  code: string;
  name: string;
  target: string;
  target_value: string;
  valid_from: string;
  valid_until: string;
  coupons: number;
}
interface Filters {
  target?: "segment" | "tag";
  active_on?: string;
}

/** Campaigns, by target and the day they run; create one, issue its coupons. */
export function CampaignsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const fetchPage = useCallback<FetchPage<CampaignRow>>(
    (after, limit, sort) =>
      paged(
        crm.GET("/campaigns", {
          params: {
            query: {
              target: filters.target ?? null,
              active_on: filters.active_on?.trim() || null,
              after: after as string | null,
              limit,
              ...(sort ? { sort: sort.field, order: sort.order } : {}),
            },
          },
        }),
      ),
    [filters],
  );
  const mine = can("crm");
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: Filters) => setFilters(v)}>
        <Form.Item name="target" label={t("crmTarget")}>
          <Select allowClear style={{ width: 120 }} options={["segment", "tag"].map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="active_on" label={`${t("crmActiveOn")} (YYYY-MM-DD)`}>
          <Input allowClear style={{ width: 130 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<CampaignRow>
        testid="campaigns-table"
        exportName="campaigns"
        rowKey="campaign_id"
        fetchPage={fetchPage}
        reloadToken={reloads}
        refreshToken={reloads} // reloadToken alone refetches nothing when already on the first page
        toolbar={
          mine && (
            <Action
              label={t("crmCreateCampaign")}
              testid="campaign-new"
              primary
              initialValues={{ target: "segment" }}
              fields={
                <>
                  <Form.Item name="code" label={t("crmCode")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="name" label={t("name")}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="target" label={t("crmTarget")}>
                    <Select options={["segment", "tag"].map((s) => ({ value: s, label: s }))} />
                  </Form.Item>
                  <Form.Item name="target_value" label={t("crmTargetValue")}>
                    <Input placeholder="at_risk" />
                  </Form.Item>
                  <Form.Item name="percent_off" label={t("crmPercentOff")}>
                    <Input placeholder="0.10" />
                  </Form.Item>
                  <Form.Item name="valid_from" label={`${t("crmValidFrom")} (YYYY-MM-DD)`}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="valid_until" label={`${t("crmValidUntil")} (YYYY-MM-DD)`}>
                    <Input />
                  </Form.Item>
                </>
              }
              call={(v) => crm.POST("/campaigns", { body: trimmed(v) as never, headers: idempotent() })}
              onDone={reload}
            />
          )
        }
        columns={[
          { title: t("crmCode"), dataIndex: "code", serverSort: true },
          { title: t("name"), dataIndex: "name", serverSort: true },
          { title: t("crmTarget"), render: (_, r) => `${r.target}: ${r.target_value}`, exportValue: (r) => `${r.target}: ${r.target_value}` },
          { title: t("crmValidFrom"), key: "starts", dataIndex: "valid_from", serverSort: true },
          { title: t("crmValidUntil"), key: "ends", dataIndex: "valid_until", serverSort: true },
          { title: t("crmCoupons"), dataIndex: "coupons", align: "right", serverSort: true },
          ...(mine
            ? [
                {
                  title: "",
                  key: "issue",
                  render: (_: unknown, r: CampaignRow) => (
                    <Action
                      label={t("crmIssueCoupons")}
                      testid={`campaign-issue-${r.code}`}
                      call={() =>
                        crm.POST("/campaigns/{campaign_id}/issue-coupons", {
                          params: { path: { campaign_id: r.campaign_id } },
                          headers: idempotent(),
                        })
                      }
                      onDone={reload}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
