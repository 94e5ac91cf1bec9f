import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { month, periodActions, rateBody, transferBody } from "./periodForms";

describe("period and cash bodies", () => {
  it("keep amounts and rates exactly as typed", () => {
    expect(transferBody({ from_account: "1002", to_account: " 1001", amount: " 1200.50 ", transferred_on: dayjs("2026-03-05") })).toEqual({
      from_account: "1002",
      to_account: "1001",
      amount: "1200.50",
      currency: "CNY",
      transferred_on: "2026-03-05",
      reference: null,
    });
    expect(rateBody({ currency: "usd", on: dayjs("2026-03-31"), rate: "7.12345678", source: "" })).toEqual({
      currency: "USD",
      on: "2026-03-31",
      rate: "7.12345678",
      source: null,
    });
    expect(month(dayjs("2026-02-01"))).toBe("2026-02");
    expect(month(null)).toBe("");
  });
});

describe("periodActions", () => {
  it("leaves closing and set-up to admins, cash and rates to accountants too", () => {
    expect(periodActions(["accountant"])).toEqual({ close: false, reopen: false, setup: false, revalue: true, rate: true, transfer: true });
    expect(Object.values(periodActions(["admin"])).every(Boolean)).toBe(true);
    expect(Object.values(periodActions(["sales"])).some(Boolean)).toBe(false);
  });
});
