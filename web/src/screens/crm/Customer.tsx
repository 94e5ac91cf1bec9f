import { Alert, Card, Col, Descriptions, Row, Statistic, Tabs, Tag } from "antd";
import { crm } from "../../api/client";
import { useT } from "../../i18n";
import { useDocument } from "../sales/useDocument";
import { dayOf } from "./days";
import { CustomerActions } from "./CustomerActions";
import { FeedbackScreen } from "./Feedback";
import { FollowUpsScreen } from "./FollowUps";
import { PurchaseHistory } from "./PurchaseHistory";

interface Profile {
  code: string;
  name: string;
  customer_group: string;
  tags: string[];
  sales_owner: string | null;
  currency: string;
  credit_limit: { amount: string; currency: string };
  contacts: { name: string; phone?: string | null; email?: string | null }[];
  addresses: { label: string; street: string; city: string; country: string }[];
}
interface History {
  currency: string | null;
  orders: number;
  cancelled_orders: number;
  order_value: string;
  returns: number;
  returned_value: string;
  lifetime_value: string;
  average_order_value: string | null;
  first_purchase: string | null;
  last_purchase: string | null;
}
interface Segment {
  segment: string;
  recency_score: number;
  frequency_score: number;
  monetary_score: number;
}
interface Loyalty {
  balance: string;
  tier: string | null;
  tier_points: string;
}

export { dayOf };

/** A customer's profile: details, purchase history, RFM segment, points and tier, orders,
 * follow-ups and complaints. */
export function CustomerScreen({ id }: { id: string }) {
  const t = useT();
  const path = { params: { path: { customer_id: id }, query: {} } };
  const plain = { params: { path: { customer_id: id } } };
  const profile = useDocument<Profile>(() => crm.GET("/customers/{customer_id}", plain), [id]);
  const history = useDocument<History>(() => crm.GET("/customers/{customer_id}/purchase-history", path), [id]);
  const segment = useDocument<Segment>(() => crm.GET("/customers/{customer_id}/segment", plain), [id]);
  const loyalty = useDocument<Loyalty>(() => crm.GET("/customers/{customer_id}/loyalty", path), [id]);
  if (profile.error) return <Alert type="error" title={profile.error} />;
  const p = profile.doc;
  if (!p) return null;
  const h = history.doc;
  return (
    <Card title={`${p.code} — ${p.name}`} data-testid="customer-page">
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("crmGroup")}>{p.customer_group}</Descriptions.Item>
        <Descriptions.Item label={t("crmOwner")}>{p.sales_owner ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("crmCreditLimit")}>{`${p.credit_limit.amount} ${p.credit_limit.currency}`}</Descriptions.Item>
        <Descriptions.Item label={t("crmTag")}>
          {p.tags.map((x) => (
            <Tag key={x}>{x}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t("crmContacts")} span={2}>
          {p.contacts.map((c) => [c.name, c.phone, c.email].filter(Boolean).join(" ")).join("; ") || "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("crmAddresses")} span={3}>
          {p.addresses.map((a) => `${a.label}: ${a.street}, ${a.city} ${a.country}`).join("; ") || "—"}
        </Descriptions.Item>
      </Descriptions>
      <CustomerActions
        id={id}
        customer={p}
        onDone={() => {
          profile.reload();
          loyalty.reload();
        }}
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={4}>
          <Statistic title={t("crmSegment")} value={segment.doc?.segment ?? "—"} formatter={(v) => <span data-testid="customer-segment">{v}</span>} />
          {segment.doc && (
            <span>
              R{segment.doc.recency_score} F{segment.doc.frequency_score} M{segment.doc.monetary_score}
            </span>
          )}
        </Col>
        <Col span={4}>
          <Statistic title={t("crmPoints")} value={loyalty.doc?.balance ?? "—"} formatter={(v) => <span data-testid="customer-points">{v}</span>} />
        </Col>
        <Col span={4}>
          <Statistic title={t("crmTier")} value={loyalty.doc?.tier ?? "—"} />
        </Col>
        <Col span={4}>
          <Statistic title={t("crmOrderCount")} value={h ? `${h.orders}` : "—"} formatter={(v) => <span data-testid="customer-order-count">{v}</span>} />
        </Col>
        <Col span={4}>
          <Statistic title={t("crmLifetimeValue")} value={h ? `${h.lifetime_value} ${h.currency ?? ""}` : "—"} />
        </Col>
        <Col span={4}>
          <Statistic title={t("crmLastPurchase")} value={dayOf(h?.last_purchase)} />
        </Col>
      </Row>
      <Tabs
        items={[
          {
            key: "orders",
            label: t("crmPurchaseHistory"),
            children: (
              <PurchaseHistory customerId={id} code={p.code} />
            ),
          },
          { key: "follow-ups", label: t("crmFollowUps"), children: <FollowUpsScreen customerId={id} /> },
          { key: "feedback", label: t("crmFeedback"), children: <FeedbackScreen customerId={id} /> },
        ]}
      />
    </Card>
  );
}
