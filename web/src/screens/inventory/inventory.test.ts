import { describe, expect, it } from "vitest";
import { scanned, scopeOf } from "./counting";
import { can } from "./roles";

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

describe("a count's scope", () => {
  it("names the location or the selected SKUs", () => {
    expect(scopeOf({ scope: "all", location: null, skus: [] })).toBe("all");
    expect(scopeOf({ scope: "location", location: "A-01", skus: [] })).toBe("location: A-01");
    expect(scopeOf({ scope: "selection", location: null, skus: ["TEA", "CUP"] })).toBe("selection: TEA, CUP");
  });
});

describe("command buttons", () => {
  it("show to the role or admin only", () => {
    expect(can("warehouse", ["warehouse"])).toBe(true);
    expect(can("purchaser", ["warehouse"])).toBe(false);
    expect(can("purchaser", ["admin"])).toBe(true);
  });
});
