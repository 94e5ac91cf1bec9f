// Sales targets: the list's rows as sales answers them, and the Set target form's values ->
// sales' SetTargetBody (Decimal strings kept exactly as typed, blank optional fields left out).
export const DIMENSIONS = ["salesperson", "team", "category", "warehouse"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface TargetRow {
  target_id: string;
  dimension: Dimension;
  subject: string;
  members: string[];
  period: string;
  target: { amount: string; currency: string; quantity: string | null };
  actual: { amount: string; currency: string; quantity: string; orders: number };
  attainment_percent: string;
  remaining: { amount: string; currency: string };
  set_by: string;
  version: number;
  updated_at: string;
}

export interface SetTargetValues {
  dimension?: Dimension;
  subject?: string;
  period?: string;
  amount?: string;
  currency?: string;
  quantity?: string;
  members?: string[];
}

export interface SetTargetBody {
  dimension: string;
  subject: string;
  period: string;
  amount: string;
  currency: string;
  quantity?: string;
  members?: string[];
}

const text = (v: string | undefined): string => v?.trim() ?? "";

export function setTargetBody(v: SetTargetValues): SetTargetBody {
  const members = (v.members ?? []).map((m) => m.trim()).filter((m) => m !== "");
  return {
    dimension: v.dimension ?? "",
    subject: text(v.subject),
    period: text(v.period),
    amount: text(v.amount),
    currency: text(v.currency).toUpperCase(),
    ...(text(v.quantity) ? { quantity: text(v.quantity) } : {}),
    ...(members.length ? { members } : {}),
  };
}
