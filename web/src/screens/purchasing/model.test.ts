import { describe, expect, it } from "vitest";
import {
  invoiceLines,
  may,
  orderActions,
  type OrderView,
  percent,
  poNumber,
  receiptBody,
  receiptLines,
  type Suggestion,
  suggestionReason,
} from "./model";

const order = (lines: Partial<OrderView["lines"][number]>[]): OrderView =>
  ({
    purchase_order_id: "po",
    lines: lines.map((l, i) => ({
      line_no: i + 1,
      sku: "TEA",
      unit: "box",
      warehouse: "WH",
      unit_price: "12.50",
      ordered: "10",
      accepted: "0",
      rejected: "0",
      returned: "0",
      claimed: "0",
      rejected_open: "0",
      outstanding: "10",
      expected_date: null,
      ...l,
    })),
  }) as OrderView;

describe("who may do what on a purchase order", () => {
  it("offers approval only to purchase approvers (and admin)", () => {
    expect(orderActions("submitted", ["purchaser"])).not.toContain("approve");
    expect(orderActions("submitted", ["purchase_approver"])).toEqual(["approve", "reject"]);
    expect(orderActions("draft", ["purchase_approver"])).toEqual(["approve"]);
    expect(orderActions("submitted", ["admin"])).toContain("approve");
  });
  it("offers submit and cancel of a draft to the buyer", () => {
    expect(orderActions("draft", ["purchaser"])).toEqual(["submit", "cancel"]);
    expect(orderActions("received", ["purchaser"])).toEqual([]);
  });
  it("offers receiving to the warehouse once approved, and invoicing to accountants", () => {
    expect(orderActions("approved", ["warehouse"])).toEqual(["receive"]);
    expect(orderActions("draft", ["warehouse"])).toEqual([]);
    expect(orderActions("partially_received", ["accountant"])).toEqual(["invoice"]);
  });
  it("knows no roles when signed out", () => {
    expect(may(undefined, "purchaser")).toBe(false);
  });
});

describe("the receipt body", () => {
  it("keeps typed quantities as strings, line for line, and a reason only when given", () => {
    const body = receiptBody([
      { line_no: 1, quantity_accepted: " 95.5 ", quantity_rejected: "4.5", rejection_reason: " crushed ", lot: "" },
      { line_no: 2, quantity_accepted: "", quantity_rejected: "" },
      { line_no: 3, quantity_accepted: "2", lot: "L-7" },
    ]);
    expect(body.lines).toEqual([
      { line_no: 1, quantity_accepted: "95.5", quantity_rejected: "4.5", rejection_reason: "crushed" },
      { line_no: 2, quantity_accepted: "0", quantity_rejected: "0" },
      { line_no: 3, quantity_accepted: "2", quantity_rejected: "0", lot: "L-7" },
    ]);
  });
  it("offers what is outstanding, line by line", () => {
    const lines = receiptLines(order([{ outstanding: "58" }, { outstanding: "0.000" }]));
    expect(lines).toEqual([{ line_no: 1, quantity_accepted: "58", quantity_rejected: "" }]);
  });
});

describe("an invoice's first lines", () => {
  it("invoice what was accepted at the order's price", () => {
    expect(invoiceLines(order([{ accepted: "95.5" }, { accepted: "0" }]))).toEqual([
      { line_no: 1, quantity: "95.5", unit_price: "12.50", tax_rate: "" },
    ]);
  });
});

describe("percent", () => {
  it("shows the API's Decimal string or a dash", () => {
    expect(percent("97.5")).toBe("97.5 %");
    expect(percent(null)).toBe("—");
  });
});

describe("why a suggestion", () => {
  const templates = { range: "{min}-{max}", sales: "{rate}/d in {days}d", forecast: "{method}: {demand} in {days}d" };
  const base = {
    min_quantity: "20",
    max_quantity: "100",
    sales: { per_day: "3", days: 30, since: "2026-11-01", shipped: "90" },
    forecast: null,
  } as unknown as Suggestion;
  it("gives the sales rate without a forecast", () => {
    expect(suggestionReason(base, templates)).toBe("20-100; 3/d in 30d");
  });
  it("gives the forecast over the lead time when there is one", () => {
    const s = { ...base, forecast: { method: "ses", demand_over_lead_time: "42", lead_time_days: 14, per_day: "3", need: "40" } };
    expect(suggestionReason(s, templates)).toBe("20-100; ses: 42 in 14d");
  });
});

describe("an order's number", () => {
  it("reads PO- and six digits at least", () => {
    expect(poNumber(42)).toBe("PO-000042");
    expect(poNumber(1234567)).toBe("PO-1234567");
    expect(poNumber(null)).toBe("");
    expect(poNumber(undefined)).toBe("");
  });
});
