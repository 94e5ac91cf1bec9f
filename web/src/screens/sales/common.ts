// What the sales screens share: a sales page ({items, next}) for ServerTable, who may use a
// command, and a fresh Idempotency-Key per submission.
import type { Page } from "../../components/ServerTable";
import { currentSession, type Role } from "../../session";

/** A page as sales and crm answer it ({items, next}) for the table. */
export async function paged<T>(call: Promise<{ data?: unknown; error?: unknown }>): Promise<{ data?: Page<T>; error?: unknown }> {
  const { data, error } = await call;
  const page = data as { items: T[]; next: string | null } | undefined;
  return { data: page && { rows: page.items, next: page.next }, error };
}

/** Whether a user of `roles` may use a command guarded by any of `needed` (admin may all). */
export function allowed(roles: readonly Role[], needed: readonly Role[]): boolean {
  return roles.includes("admin") || needed.some((r) => roles.includes(r));
}

/** Whether the signed-in user may use a command guarded by any of `needed`. */
export function can(...needed: Role[]): boolean {
  return allowed(currentSession()?.roles ?? [], needed);
}

export function idempotent(): { "Idempotency-Key": string } {
  return { "Idempotency-Key": crypto.randomUUID() };
}

/** Form text -> the API's body: blank is left out, the rest trimmed (the API judges it). */
export function trimmed(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === "string") {
      if (v.trim() !== "") out[k] = v.trim();
    } else out[k] = v;
  }
  return out;
}

/** A shipment's next steps, by its status: what the warehouse may do to it now. */
export function shipmentActions(status: string): ("pick" | "pack" | "dispatch" | "deliver" | "cancel")[] {
  switch (status) {
    case "created":
      return ["pick", "cancel"];
    case "picked":
      return ["pack", "cancel"];
    case "packed":
      return ["dispatch", "cancel"];
    case "dispatched":
    case "in_transit":
    case "out_for_delivery":
    case "exception":
      return ["deliver"];
    default:
      return [];
  }
}

/** Compares two decimal strings as the API gives them ("12.50", "-3") exactly, no floats:
 * negative, zero or positive as a < b, a = b, a > b. */
export function compareDecimal(a: string, b: string): number {
  const split = (s: string): [bigint, number] => {
    const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s.trim());
    if (!m) throw new Error(`not a decimal: ${s}`);
    const frac = m[3] ?? "";
    return [BigInt(`${m[1]}${m[2] || "0"}${frac}`), frac.length];
  };
  const [x, xs] = split(a);
  const [y, ys] = split(b);
  const scale = Math.max(xs, ys);
  const xx = x * 10n ** BigInt(scale - xs);
  const yy = y * 10n ** BigInt(scale - ys);
  return xx < yy ? -1 : xx > yy ? 1 : 0;
}

export interface ShippingLine {
  line_no: number;
  sku: string;
  warehouse: string;
  quantity: string;
  unit: string;
  reserved: string;
  on_shipments: string;
}

/** The warehouses that hold reserved goods of the order not yet on a shipment: where a
 * shipment may be created from. */
export function shippableWarehouses(lines: readonly ShippingLine[]): string[] {
  const out = new Set<string>();
  for (const l of lines) if (compareDecimal(l.reserved, l.on_shipments) > 0) out.add(l.warehouse);
  return [...out].sort();
}
