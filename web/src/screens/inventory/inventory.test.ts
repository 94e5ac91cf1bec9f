import { describe, expect, it } from "vitest";
import { scanned } from "./counting";
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

describe("command buttons", () => {
  it("show to the role or admin only", () => {
    expect(can("warehouse", ["warehouse"])).toBe(true);
    expect(can("purchaser", ["warehouse"])).toBe(false);
    expect(can("purchaser", ["admin"])).toBe(true);
  });
});
