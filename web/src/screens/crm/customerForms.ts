// The bodies of the customer page's commands from their forms' values (the API judges them):
// an edit sends only what was changed; tags as a comma-separated list; amounts as typed.

export interface EditValues {
  name?: string;
  customer_group?: string;
  sales_owner?: string;
  tags?: string;
}

export interface CustomerNow {
  name: string;
  customer_group: string;
  sales_owner: string | null;
  tags: string[];
}

export function tagList(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What changed: the fields whose value differs from the customer's now (none: an empty body). */
export function updateBody(values: EditValues, now: CustomerNow): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const name = values.name?.trim() ?? "";
  if (name !== now.name) body.name = name;
  const group = values.customer_group?.trim() ?? "";
  if (group !== now.customer_group) body.customer_group = group;
  const owner = values.sales_owner?.trim() || null;
  if (owner !== now.sales_owner) body.sales_owner = owner;
  const tags = tagList(values.tags);
  if (tags.join(",") !== now.tags.join(",")) body.tags = tags;
  return body;
}

export function creditLimitBody(v: { amount?: string; currency?: string; reason?: string }) {
  return { amount: v.amount?.trim() ?? "", currency: v.currency?.trim().toUpperCase() ?? "", reason: v.reason?.trim() ?? "" };
}

/** Points as the API takes them: a whole number (typed text kept for the API to judge). */
export function redeemBody(v: { points?: string; valid_days?: string }, redemptionId: string) {
  const whole = (s: string | undefined) => (/^\d+$/.test(s?.trim() ?? "") ? Number(s?.trim()) : (s?.trim() ?? ""));
  const body: Record<string, unknown> = { redemption_id: redemptionId, points: whole(v.points) };
  if (v.valid_days?.trim()) body.valid_days = whole(v.valid_days);
  return body;
}
