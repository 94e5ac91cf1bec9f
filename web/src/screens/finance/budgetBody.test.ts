import { describe, expect, it } from "vitest";
import { budgetBody, maySetBudgets } from "./budgetBody";

describe("setting a budget", () => {
  it("keeps the amount and threshold as typed and leaves blanks to the API's defaults", () => {
    expect(budgetBody({ period: "2026-11", account: " 6601 ", amount: " 12000.05 ", threshold: "0.75", cost_centre: "" })).toEqual({
      period: "2026-11",
      account: "6601",
      amount: "12000.05",
      threshold: "0.75",
    });
    expect(budgetBody({ period: "2026-11", account: "6601", amount: "1", cost_centre: "SALES", currency: "cny" })).toEqual({
      period: "2026-11",
      account: "6601",
      amount: "1",
      cost_centre: "SALES",
      currency: "CNY",
    });
  });
  it("is for accountants and admins", () => {
    expect(maySetBudgets(["accountant"])).toBe(true);
    expect(maySetBudgets(["admin"])).toBe(true);
    expect(maySetBudgets(["sales", "purchaser"])).toBe(false);
  });
});
