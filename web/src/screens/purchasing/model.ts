// Purchasing's rows as its API answers them, and the pure mappings the screens use (tested in
// model.test.ts): who may use which command, and the bodies the forms send.
import type { Role } from "../../session";

export interface SupplierRow {
  supplier_id: string;
  version: number;
  code: string;
  name: string;
  currency: string;
  payment_terms_days: number;
  email: string | null;
  blocked: boolean;
  blocked_reason: string | null;
}

export interface Scorecard {
  supplier_id: string;
  from: string | null;
  to: string | null;
  on_time_delivery: { percent: string | null; receipt_lines_due: number; receipt_lines_on_time: number };
  quality: { reject_percent: string | null; accepted: string; rejected: string };
  price_variance: {
    percent: string | null;
    amount: string;
    invoiced: string;
    at_po_prices: string;
    currency: string | null;
  };
}

export interface Suggestion {
  suggestion_id: string;
  status: "open" | "ordered" | "resolved";
  sku: string;
  warehouse: string;
  unit: string;
  available: string;
  min_quantity: string;
  max_quantity: string;
  reorder_quantity: string | null;
  in_flight: string;
  suggested_quantity: string;
  cover_days?: string | null;
  sales: { per_day: string; days: number; since: string; shipped: string };
  forecast: {
    method: string;
    demand_over_lead_time: string;
    lead_time_days: number;
    per_day: string;
    need: string;
  } | null;
  purchase_order_id?: string | null;
}

export interface OrderRow {
  purchase_order_id: string;
  /** The order's number for people (poNumber shows it). */
  po_no: number | null;
  supplier_id: string;
  supplier_code?: string | null;
  supplier_name: string | null;
  status: string;
  currency: string;
  total: string;
  first_approved_by: string | null;
  approved_by: string | null;
  status_reason: string | null;
  suggestion_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderLineView {
  line_no: number;
  sku: string;
  unit: string;
  warehouse: string;
  unit_price: string;
  ordered: string;
  accepted: string;
  rejected: string;
  returned: string;
  claimed: string;
  rejected_open: string;
  outstanding: string;
  expected_date: string | null;
  warehouse_name?: string | null;
}

export interface OrderView extends Omit<OrderRow, "created_at" | "updated_at"> {
  version: number;
  lines: OrderLineView[];
  receipts: string[];
  returns: string[];
  claims: string[];
}

export interface HistoryStep {
  version: number;
  event_id: string;
  event_type: string;
  occurred_at: string;
  actor: string | null;
  status: string;
  status_reason: string | null;
}

export interface InvoiceRow {
  invoice_id: string;
  supplier_id: string;
  supplier_name: string | null;
  po_no: number | null;
  invoice_number: string;
  purchase_order_id: string;
  status: "recorded" | "held" | "matched";
  currency: string;
  total: string;
  invoice_date: string;
  due_date: string;
  hold_reason: string | null;
  overridden_by: string | null;
  recorded_at: string;
}

export interface InvoiceView extends Omit<InvoiceRow, "recorded_at"> {
  lines: { line_no: number; sku: string; unit: string; quantity: string; unit_price: string; hold_reason: string | null }[];
}

export const ORDER_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "sent",
  "partially_received",
  "received",
  "closed",
  "cancelled",
] as const;
export const INVOICE_STATUSES = ["recorded", "held", "matched"] as const;
export const SUGGESTION_STATUSES = ["open", "ordered", "resolved", "all"] as const;

/** Whether a user with `roles` may use a command guarded by `role` (admin may use all). */
export function may(roles: readonly Role[] | undefined, role: Role): boolean {
  return !!roles && (roles.includes(role) || roles.includes("admin"));
}

export type OrderAction = "submit" | "approve" | "reject" | "cancel" | "receive" | "invoice";

/** The commands a PO's page offers to `roles` for an order in `status`; the API still judges
 * (self-approval, thresholds) and its message is shown. */
export function orderActions(status: string, roles: readonly Role[] | undefined): OrderAction[] {
  const out: OrderAction[] = [];
  if (status === "draft" && may(roles, "purchaser")) out.push("submit");
  if ((status === "draft" || status === "submitted") && may(roles, "purchase_approver")) out.push("approve");
  if (status === "submitted" && may(roles, "purchase_approver")) out.push("reject");
  if (["draft", "submitted", "approved", "sent"].includes(status) && may(roles, "purchaser")) out.push("cancel");
  if (["approved", "sent", "partially_received"].includes(status) && may(roles, "warehouse")) out.push("receive");
  if (["approved", "sent", "partially_received", "received", "closed"].includes(status) && may(roles, "accountant"))
    out.push("invoice");
  return out;
}

export interface ReceiptLineValues {
  line_no: number;
  quantity_accepted?: string;
  quantity_rejected?: string;
  rejection_reason?: string;
  lot?: string;
}

/** The receipt's body from the form, line for line (so the API's "lines.N.field" messages land
 * on the form's line N); an empty quantity is 0, and quantities stay the strings typed (the
 * API parses and judges them). */
export function receiptBody(lines: ReceiptLineValues[]) {
  return {
    lines: lines.map((l) => ({
        line_no: l.line_no,
        quantity_accepted: (l.quantity_accepted ?? "").trim() || "0",
        quantity_rejected: (l.quantity_rejected ?? "").trim() || "0",
        ...(l.rejection_reason?.trim() ? { rejection_reason: l.rejection_reason.trim() } : {}),
        ...(l.lot?.trim() ? { lot: l.lot.trim() } : {}),
      })),
  };
}

/** The receipt form's first values: each line still outstanding, all of it offered as
 * accepted (the keeper changes what inspection found). */
export function receiptLines(order: OrderView): ReceiptLineValues[] {
  return order.lines
    .filter((l) => !/^0(\.0*)?$/.test(l.outstanding))
    .map((l) => ({ line_no: l.line_no, quantity_accepted: l.outstanding, quantity_rejected: "" }));
}

/** An invoice form's first lines: what was accepted of each line, at the PO's price. */
export function invoiceLines(order: OrderView) {
  return order.lines
    .filter((l) => !/^0(\.0*)?$/.test(l.accepted))
    .map((l) => ({ line_no: l.line_no, quantity: l.accepted, unit_price: l.unit_price, tax_rate: "" }));
}

/** Why a suggestion says what it says: the forecast over the lead time, or the sales rate, in
 * the words of `templates` ({min}, {max}, {rate}, {days}, {method}, {demand} filled in). */
export function suggestionReason(
  s: Suggestion,
  templates: { range: string; sales: string; forecast: string },
): string {
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
  const range = fill(templates.range, { min: s.min_quantity, max: s.max_quantity });
  const demand = s.forecast
    ? fill(templates.forecast, {
        method: s.forecast.method,
        demand: s.forecast.demand_over_lead_time,
        days: s.forecast.lead_time_days,
      })
    : fill(templates.sales, { rate: s.sales.per_day, days: s.sales.days });
  return `${range}; ${demand}`;
}

/** Percent figures as the API gives them (a Decimal string or none). */
export function percent(value: string | null | undefined): string {
  return value === null || value === undefined ? "—" : `${value} %`;
}

/** An order's number as people read it: PO-000123 ("" when not known). */
export function poNumber(no: number | null | undefined): string {
  return no == null ? "" : `PO-${String(no).padStart(6, "0")}`;
}

