import { describe, expect, it } from "vitest";
import { scanned } from "./counting";
import { can } from "./roles";
import { afterOf, stockCursor } from "./Stock";

describe("a handheld count", () => {
  it("counts one more per scan, the last scanned first, exactly", () => {
    let lines = scanned([], "TEA");
    lines = scanned(lines, "CUP");
    lines = scanned(lines, "TEA");
    expect(lines).toEqual([
      { sku: "TEA", counted: "2" },
      { sku: "CUP", counted: "1" },
    ]);
    expect(scanned([{ sku: "TEA", counted: "2.5" }], "TEA")).toEqual([{ sku: "TEA", counted: "3.5" }]);
  });
});

describe("the stock list's pages", () => {
  it("start after the last row's sku and warehouse, whatever they contain", () => {
    const cursor = stockCursor({ sku: 'A/"1', warehouse: "WH,2" });
    expect(afterOf(cursor)).toEqual({ after_sku: 'A/"1', after_warehouse: "WH,2" });
    expect(afterOf(null)).toEqual({});
  });
});

describe("command buttons", () => {
  it("show to the role or admin only", () => {
    expect(can("warehouse", ["warehouse"])).toBe(true);
    expect(can("purchaser", ["warehouse"])).toBe(false);
    expect(can("purchaser", ["admin"])).toBe(true);
  });
});
