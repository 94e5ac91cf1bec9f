// A purchase order from scratch: the form's values -> purchasing's CreatePurchaseOrderBody.
// Amounts and quantities stay the strings typed (trimmed), never numbers; lines are numbered
// from 1 in the order shown, so the API's `lines.N.<field>` names the form's line N.
import type { Dayjs } from "dayjs";
import type { SupplierRow } from "./model";

export interface NewLineValues {
  sku?: string;
  unit?: string;
  quantity?: string;
  unit_price?: string;
  warehouse?: string;
  expected_date?: Dayjs | null;
}

export interface NewOrderValues {
  supplier_id?: string;
  currency?: string;
  lines?: NewLineValues[];
}

export interface NewOrderBody {
  supplier_id: string;
  currency: string;
  lines: {
    line_no: number;
    sku: string;
    unit: string;
    quantity: string;
    unit_price: string;
    warehouse: string;
    expected_date?: string;
  }[];
}

const text = (v: string | undefined): string => v?.trim() ?? "";

export function newOrderBody(values: NewOrderValues): NewOrderBody {
  return {
    supplier_id: text(values.supplier_id),
    currency: text(values.currency).toUpperCase(),
    lines: (values.lines ?? []).map((l, i) => ({
      line_no: i + 1,
      sku: text(l.sku),
      unit: text(l.unit),
      quantity: text(l.quantity),
      unit_price: text(l.unit_price),
      warehouse: text(l.warehouse),
      ...(l.expected_date ? { expected_date: l.expected_date.format("YYYY-MM-DD") } : {}),
    })),
  };
}

/** The suppliers a buyer may order from: the blocked ones left out. */
export function orderableSuppliers(rows: readonly SupplierRow[]): SupplierRow[] {
  return rows.filter((s) => !s.blocked);
}
