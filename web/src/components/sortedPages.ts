// Lists the API sorts and keyset pages itself (jxc.platform.paging): the client sends `sort`
// and `order` beside its filters and, for a next page, `after` = the X-Next-Cursor header the
// page before answered (opaque; absent on the last page). These map ServerTable's cursor and
// sort to those query parameters and an answer to a ServerTable page.
import type { Cursor, Page, Sort } from "./ServerTable";

export const NEXT_CURSOR = "X-Next-Cursor";

export interface SortParams {
  sort?: string;
  order?: "asc" | "desc";
  after?: string;
}

/** The query parameters of a sorted page: `sort`/`order` when the user sorted (else the API's
 * default order), `after` when it is not the first page. */
export function sortParams(cursor: Cursor, sort: Sort | null): SortParams {
  const params: SortParams = {};
  if (sort) {
    params.sort = sort.field;
    params.order = sort.order;
  }
  if (typeof cursor === "string" && cursor) params.after = cursor;
  return params;
}

/** A ServerTable page from the API's answer: its rows, and the next page's cursor from the
 * answer's header (none: the last page). */
export function cursorPage<T>(rows: T[] | undefined, response: { headers: Headers } | undefined): Page<T> {
  return { rows: rows ?? [], next: response?.headers.get(NEXT_CURSOR) || null };
}
