// The item's and the warehouse's edits and a warehouse's new location: who may, and the bodies
// (tested in masterForms.test.ts).
import type { Role } from "../../session";
import { can } from "./roles";

/** The warehouse edits items and adds locations; only an admin edits a warehouse. */
export function masterActions(roles: readonly Role[]) {
  return { editItem: can("warehouse", roles), addLocation: can("warehouse", roles), editWarehouse: roles.includes("admin") };
}

export interface ItemValues {
  name?: string;
  unit?: string;
  category?: string;
  barcode?: string;
  lot_tracked?: boolean;
}

/** The item's edit: every field as typed (a blank category or barcode clears it). */
export function itemUpdateBody(v: ItemValues) {
  return {
    name: (v.name ?? "").trim(),
    unit: (v.unit ?? "").trim(),
    category: (v.category ?? "").trim(),
    barcode: (v.barcode ?? "").trim(),
    lot_tracked: !!v.lot_tracked,
  };
}

export interface LocationValues {
  location?: string;
  name?: string;
  quarantine?: boolean;
}

export function locationBody(v: LocationValues) {
  return { location: (v.location ?? "").trim(), name: v.name?.trim() ? v.name.trim() : null, quarantine: !!v.quarantine };
}
