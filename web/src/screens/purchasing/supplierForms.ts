// The supplier's edit and its block/unblock: who may, and the edit's body (tested in
// supplierForms.test.ts).
import type { Role } from "../../session";
import { may, type SupplierRow } from "./model";

/** The buyer edits, blocks and unblocks suppliers. */
export const maySupplier = (roles: readonly Role[] | undefined) => may(roles, "purchaser");

export interface SupplierValues {
  name?: string;
  email?: string;
  payment_terms_days?: string;
}

export function supplierValues(s: SupplierRow): SupplierValues {
  return { name: s.name, email: s.email ?? "", payment_terms_days: String(s.payment_terms_days) };
}

/** The edit's body: the name and terms as typed (whole days as a number, anything else as
 * typed for the API to judge at the field), a blank email clears it. */
export function supplierUpdateBody(v: SupplierValues) {
  const days = (v.payment_terms_days ?? "").trim();
  return {
    name: (v.name ?? "").trim(),
    email: (v.email ?? "").trim(),
    payment_terms_days: /^\d+$/.test(days) ? Number(days) : days === "" ? null : days,
  };
}
