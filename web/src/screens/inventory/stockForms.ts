// The stock position's movements by hand (an adjustment, an issue, a cost correction) and the
// transfer's and master data's commands: who may use them, and the bodies their forms send
// (tested in stockForms.test.ts). Quantities and amounts stay the strings typed; the API
// parses and judges them.
import type { Role } from "../../session";
import { can } from "./roles";

export type StockMove = "adjust" | "issue" | "costCorrection";

/** The movements a user's roles allow on a position: the warehouse adjusts and issues in the
 * warehouses of its token (`*`: all; an admin everywhere), the accountant corrects the cost. */
export function stockMoves(roles: readonly Role[], warehouses: readonly string[] = ["*"], warehouse = ""): StockMove[] {
  const out: StockMove[] = [];
  if (keepsWarehouse(roles, warehouses, warehouse)) out.push("adjust", "issue");
  if (can("accountant", roles)) out.push("costCorrection");
  return out;
}

/** A warehouse user (or an admin) who works in `warehouse`: the token's warehouses name it
 * or are `*`. Moves stock there, cancels its open counts. */
export function keepsWarehouse(roles: readonly Role[], warehouses: readonly string[], warehouse: string): boolean {
  const here = roles.includes("admin") || warehouses.includes("*") || warehouses.includes(warehouse);
  return can("warehouse", roles) && here;
}

/** Why stock is adjusted by hand: the first three take stock off, "found" puts it on. */
export const ADJUST_KINDS = ["writeOff", "scrap", "damaged", "found"] as const;
export type AdjustKind = (typeof ADJUST_KINDS)[number];

const blank = (value: string | undefined) => !value?.trim();
const optional = (key: string, value: string | undefined) => (blank(value) ? {} : { [key]: value!.trim() });

export interface AdjustValues {
  kind: AdjustKind;
  quantity?: string;
  reason?: string;
  unit_cost?: string;
  location?: string;
  lot?: string;
}

/** The adjustment's body: the quantity typed (without a sign) signed by the kind, the kind's
 * words before the reason typed ("" when nothing is typed: the API asks for a reason), a unit
 * cost only for goods found. */
export function adjustmentBody(v: AdjustValues, unit: string, kindWords: string) {
  const magnitude = (v.quantity ?? "").trim().replace(/^[+-]/, "");
  const quantity = magnitude === "" ? "" : v.kind === "found" ? magnitude : `-${magnitude}`;
  return {
    quantity,
    unit,
    reason: blank(v.reason) ? "" : `${kindWords}: ${v.reason!.trim()}`,
    ...(v.kind === "found" ? optional("unit_cost", v.unit_cost) : {}),
    ...optional("location", v.location),
    ...optional("lot", v.lot),
  };
}

export interface IssueValues {
  kind?: "other" | "shipment";
  quantity?: string;
  reason?: string;
  location?: string;
  lot?: string;
}

export function issueBody(v: IssueValues, unit: string) {
  return {
    quantity: (v.quantity ?? "").trim(),
    unit,
    reason: (v.reason ?? "").trim(),
    kind: v.kind ?? "other",
    ...optional("location", v.location),
    ...optional("lot", v.lot),
  };
}

export interface CostCorrectionValues {
  amount?: string;
  quantity?: string;
  reason?: string;
}

export function costCorrectionBody(v: CostCorrectionValues, currency: string) {
  return {
    amount: (v.amount ?? "").trim(),
    currency,
    quantity: (v.quantity ?? "").trim(),
    reason: (v.reason ?? "").trim(),
  };
}
