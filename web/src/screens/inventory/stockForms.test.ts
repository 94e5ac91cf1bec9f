import { describe, expect, it } from "vitest";
import { adjustmentBody, costCorrectionBody, issueBody, keepsWarehouse, stockMoves } from "./stockForms";

describe("the movements by hand a user may make on a stock position", () => {
  it("lets the warehouse adjust and issue, and the accountant correct the cost", () => {
    expect(stockMoves(["warehouse"])).toEqual(["adjust", "issue"]);
    expect(stockMoves(["accountant"])).toEqual(["costCorrection"]);
    expect(stockMoves(["admin"])).toEqual(["adjust", "issue", "costCorrection"]);
    expect(stockMoves(["sales", "purchaser"])).toEqual([]);
  });

  it("lets the warehouse move stock only in the warehouses of its token", () => {
    expect(stockMoves(["warehouse"], ["WH-SH"], "WH-SH")).toEqual(["adjust", "issue"]);
    expect(stockMoves(["warehouse"], ["WH-SH"], "WH-BJ")).toEqual([]);
    expect(stockMoves(["warehouse", "accountant"], ["WH-SH"], "WH-BJ")).toEqual(["costCorrection"]);
    expect(stockMoves(["admin"], [], "WH-BJ")).toEqual(["adjust", "issue", "costCorrection"]);
  });
});

describe("the adjustment's body", () => {
  it("takes a write-off, scrap or damage off, exactly as typed", () => {
    expect(adjustmentBody({ kind: "writeOff", quantity: " 2.500 ", reason: " wet " }, "box", "Write-off")).toEqual({
      quantity: "-2.500",
      unit: "box",
      reason: "Write-off: wet",
    });
    expect(adjustmentBody({ kind: "scrap", quantity: "-0.1", reason: "x" }, "kg", "Scrap").quantity).toBe("-0.1");
  });

  it("puts goods found on, with a unit cost only when one is typed", () => {
    expect(adjustmentBody({ kind: "found", quantity: "3", reason: "behind a shelf", unit_cost: "1.05", location: " A-1 " }, "pcs", "Found")).toEqual({
      quantity: "3",
      unit: "pcs",
      reason: "Found: behind a shelf",
      unit_cost: "1.05",
      location: "A-1",
    });
    expect(adjustmentBody({ kind: "writeOff", quantity: "3", reason: "r", unit_cost: "9" }, "pcs", "W")).not.toHaveProperty("unit_cost");
  });

  it("sends no reason when none is typed, for the API to ask for one at the field", () => {
    expect(adjustmentBody({ kind: "writeOff", quantity: "2", reason: "  " }, "pcs", "Write-off").reason).toBe("");
    expect(adjustmentBody({ kind: "writeOff", quantity: "", reason: "r" }, "pcs", "W").quantity).toBe("");
  });
});

describe("the issue's and the cost correction's bodies", () => {
  it("keep the strings typed and the position's unit and currency", () => {
    expect(issueBody({ quantity: " 1.25 ", reason: " samples ", lot: "" }, "kg")).toEqual({
      quantity: "1.25",
      unit: "kg",
      reason: "samples",
      kind: "other",
    });
    expect(costCorrectionBody({ amount: "-12.345678", quantity: "10", reason: "invoice" }, "CNY")).toEqual({
      amount: "-12.345678",
      currency: "CNY",
      quantity: "10",
      reason: "invoice",
    });
  });
});

describe("keepsWarehouse", () => {
  it("lets a warehouse user act in the warehouses of the token only, an admin everywhere", () => {
    expect(keepsWarehouse(["warehouse"], ["WH-SH"], "WH-SH")).toBe(true);
    expect(keepsWarehouse(["warehouse"], ["WH-SH"], "WH-BJ")).toBe(false);
    expect(keepsWarehouse(["warehouse"], ["*"], "WH-BJ")).toBe(true);
    expect(keepsWarehouse(["admin"], [], "WH-BJ")).toBe(true);
    expect(keepsWarehouse(["sales"], ["*"], "WH-SH")).toBe(false);
  });
});
