import { describe, expect, it } from "vitest";
import { cursorPage, NEXT_CURSOR, sortParams } from "./sortedPages";

describe("sorted pages", () => {
  it("asks the API's default order on the first page", () => {
    expect(sortParams(null, null)).toEqual({});
  });

  it("asks the user's sort and the page after the cursor", () => {
    expect(sortParams("eyJsIjoidHJhbnNmZXJzIn0", { field: "requested_at", order: "desc" })).toEqual({
      sort: "requested_at",
      order: "desc",
      after: "eyJsIjoidHJhbnNmZXJzIn0",
    });
    expect(sortParams(null, { field: "sku", order: "asc" })).toEqual({ sort: "sku", order: "asc" });
  });

  it("never sends a number or an empty cursor as `after`", () => {
    expect(sortParams(3, null)).toEqual({});
    expect(sortParams("", null)).toEqual({});
  });

  it("takes the next page's cursor from the header, none on the last page", () => {
    const more = new Headers({ [NEXT_CURSOR]: "abc_-1" });
    expect(cursorPage([{ id: 1 }], { headers: more })).toEqual({ rows: [{ id: 1 }], next: "abc_-1" });
    expect(cursorPage([{ id: 2 }], { headers: new Headers() })).toEqual({ rows: [{ id: 2 }], next: null });
    expect(cursorPage(undefined, undefined)).toEqual({ rows: [], next: null });
  });
});
