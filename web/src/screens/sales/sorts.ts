// The sorts sales' lists answer on the server (sort=<name>&order=asc|desc, jxc.platform.paging)
// and the table columns that ask for them: a column sorts on the server when its key (or
// dataIndex) is one of its list's sort names. tests/web/test_sales_sorts.py holds these names
// to the API's.
import type { Column, Cursor, Sort } from "../../components/ServerTable";
import { type SortParams, sortParams } from "../../components/sortedPages";

export const SALES_SORTS = {
  orders: ["order_no", "taken_on", "promised_on", "status", "total", "updated_at"],
  quotations: ["created_on", "valid_until", "customer_id", "status", "total"],
  invoices: ["invoice_no", "issued_on", "due_on", "customer_id", "gross_total"],
  shipments: ["created_at", "status", "value", "promised_on", "dispatched_on", "delivered_on"],
  customerReturns: ["requested_at", "updated_at", "status", "customer_id"],
  backorders: ["order_no", "taken_on", "promised_on", "sku", "position"],
  priceLists: ["code", "customer_group", "valid_from", "valid_until", "changed_at"],
  salesTargets: ["period", "dimension", "subject", "amount", "updated_at"],
} as const satisfies Record<string, readonly string[]>;

export type SalesList = keyof typeof SALES_SORTS;

function columnKey<T>(c: Column<T>): string | null {
  if (c.key !== undefined && c.key !== null) return String(c.key);
  const index = c.dataIndex;
  if (typeof index === "string" || typeof index === "number") return String(index);
  return null;
}

/** The columns, those the list sorts by on the server marked `serverSort` (the others as
 * they were). */
export function sortedColumns<T>(list: SalesList, columns: Column<T>[]): Column<T>[] {
  const names: readonly string[] = SALES_SORTS[list];
  return columns.map((c) => {
    const key = columnKey(c);
    return key !== null && names.includes(key) ? { ...c, serverSort: true } : c;
  });
}

/** The query of a sales page: `after` (the `next` of the page before, an id or, sorted, the
 * cursor) and, when the user sorted, `sort`/`order`; a sort the list does not have is left
 * out (the list's own order then). */
export function salesPageQuery(list: SalesList, cursor: Cursor, sort: Sort | null): SortParams {
  const names: readonly string[] = SALES_SORTS[list];
  return sortParams(cursor, sort && names.includes(sort.field) ? sort : null);
}
