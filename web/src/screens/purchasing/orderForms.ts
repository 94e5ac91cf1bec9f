// The PO page's further commands (send, close, return rejected goods, claim for them): which a
// user's roles allow in an order's status, and the bodies their forms send (tested in
// orderForms.test.ts). The API still judges; its messages are shown at the fields.
import type { Role } from "../../session";
import { may, type OrderView } from "./model";

export type OrderOp = "send" | "close" | "return" | "claim";

const isZero = (value: string) => /^0*(\.0*)?$/.test(value.trim());

/** The further commands offered to `roles` on `order`: send an approved order (buyer); close
 * one received in part or in full (buyer; short-closing asks why); return (warehouse) or claim
 * (buyer) rejected goods not yet returned nor claimed. */
export function orderOps(order: Pick<OrderView, "status" | "lines">, roles: readonly Role[] | undefined): OrderOp[] {
  const out: OrderOp[] = [];
  if (order.status === "approved" && may(roles, "purchaser")) out.push("send");
  if (["partially_received", "received"].includes(order.status) && may(roles, "purchaser")) out.push("close");
  const rejectedOpen = order.lines.some((l) => !isZero(l.rejected_open ?? "0"));
  if (rejectedOpen && may(roles, "warehouse")) out.push("return");
  if (rejectedOpen && may(roles, "purchaser")) out.push("claim");
  return out;
}

export interface RejectedLineValues {
  line_no: number;
  quantity?: string;
  reason?: string;
  location?: string;
  lot?: string;
}

/** A return's or claim's first lines: each line with rejected goods still open, all of them
 * offered, with the reason they were rejected for left to the user. */
export function rejectedLines(order: Pick<OrderView, "lines">): RejectedLineValues[] {
  return order.lines
    .filter((l) => !isZero(l.rejected_open ?? "0"))
    .map((l) => ({ line_no: l.line_no, quantity: l.rejected_open, reason: "" }));
}

/** The body of a return or a claim, line for line as in the form (the API's "lines.N.field"
 * lands on line N); quantities stay the strings typed, blank optional fields are left out. */
export function rejectedGoodsBody(lines: RejectedLineValues[], kind: "return" | "claim") {
  return {
    lines: lines.map((l) => ({
      line_no: l.line_no,
      quantity: (l.quantity ?? "").trim(),
      reason: (l.reason ?? "").trim(),
      ...(kind === "return" && l.location?.trim() ? { location: l.location.trim() } : {}),
      ...(kind === "return" && l.lot?.trim() ? { lot: l.lot.trim() } : {}),
    })),
  };
}

/** A blank text is no value (null): the optional reason or address of close and send. */
export function optionalText(value: string | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}
