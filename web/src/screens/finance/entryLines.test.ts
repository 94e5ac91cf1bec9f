import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { entryBody, entryTotals, reversible, showAmount } from "./entryLines";

describe("entryTotals", () => {
  it("sums the sides exactly and shows the difference", () => {
    const t = entryTotals([
      { account: "1002", debit: "0.1" },
      { account: "1002", debit: "0.2" },
      { account: "4001", credit: "0.25" },
    ]);
    expect(t).toEqual({ debit: "0.3", credit: "0.25", difference: "0.05", unreadable: [] });
  });

  it("is zero apart when the entry balances, on amounts beyond a float's digits", () => {
    const t = entryTotals([
      { debit: "12345678901234567.891234" },
      { credit: "12345678901234567.891230" },
      { credit: "0.000004" },
    ]);
    expect(t.debit).toBe("12345678901234567.891234");
    expect(t.difference).toBe("0");
  });

  it("shows a credit surplus as a negative difference and leaves out what is not a number", () => {
    const t = entryTotals([{ debit: "100" }, { credit: "150" }, { debit: "abc" }, undefined]);
    expect(t.difference).toBe("-50");
    expect(t.unreadable).toEqual(["2.debit"]);
  });

  it("is nought for no lines", () => {
    expect(entryTotals(undefined)).toEqual({ debit: "0", credit: "0", difference: "0", unreadable: [] });
  });
});

describe("showAmount", () => {
  it("shows money to at least the cent", () => {
    expect(showAmount("1500")).toBe("1500.00");
    expect(showAmount("-50.5")).toBe("-50.50");
    expect(showAmount("0.125")).toBe("0.125");
  });
});

describe("entryBody", () => {
  it("keeps the decimal strings as typed, empty sides 0, empty options null", () => {
    const body = entryBody(
      {
        posted_on: dayjs("2026-03-01"),
        description: " Capital paid in ",
        lines: [
          { account: "1002", debit: " 500000.10 ", memo: "" },
          { account: "4001", credit: "500000.10", cost_centre: " ", memo: "shareholders" },
        ],
      },
      "e1",
    );
    expect(body).toEqual({
      entry_id: "e1",
      posted_on: "2026-03-01",
      description: "Capital paid in",
      currency: "CNY",
      reference: null,
      lines: [
        { account: "1002", debit: "500000.10", credit: "0", cost_centre: null, memo: null },
        { account: "4001", debit: "0", credit: "500000.10", cost_centre: null, memo: "shareholders" },
      ],
    });
  });
});

describe("reversible", () => {
  it("is the entry id of an entry by hand, nothing for a document's entry", () => {
    expect(reversible("finance.JournalEntryPosted", { entry_id: "abc" })).toBe("abc");
    expect(reversible("sales.InvoiceIssued", { entry_id: "abc" })).toBeNull();
    expect(reversible("finance.JournalEntryPosted", null)).toBeNull();
  });
  it("is nothing once another entry reversed it", () => {
    expect(reversible("finance.JournalEntryPosted", { entry_id: "abc" }, null)).toBe("abc");
    expect(reversible("finance.JournalEntryPosted", { entry_id: "abc" }, 42)).toBeNull();
  });
});
