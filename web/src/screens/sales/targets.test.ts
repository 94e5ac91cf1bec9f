import { describe, expect, it } from "vitest";
import { SALES_SORTS } from "./sorts";
import { setTargetBody } from "./targets";

describe("setting a sales target", () => {
  it("keeps the amount and quantity as the exact strings typed", () => {
    expect(
      setTargetBody({ dimension: "team", subject: " east ", period: "2026-Q4", amount: " 100000.50 ", currency: "cny", quantity: "1200.125", members: ["wang", " ", "li "] }),
    ).toEqual({ dimension: "team", subject: "east", period: "2026-Q4", amount: "100000.50", currency: "CNY", quantity: "1200.125", members: ["wang", "li"] });
  });
  it("leaves the blank optional fields out and sends the required ones blank", () => {
    expect(setTargetBody({})).toEqual({ dimension: "", subject: "", period: "", amount: "", currency: "" });
  });
  it("sorts the list by the target amount among the server's sorts", () => {
    expect(SALES_SORTS.salesTargets).toContain("amount");
  });
});
