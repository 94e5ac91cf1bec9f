// The statements' exports: each statement's rows (the totals included) as its CSV / Excel
// sheet, the amounts the API's decimal strings unchanged.
import { describe, expect, it } from "vitest";
import { toSheet } from "../../components/ServerTable";
import { toCsv } from "../../components/exporting";
import { MESSAGES, type MessageKey } from "../../i18n";
import { agingColumns } from "./Aging";
import { balanceSheetSheet, budgetSheet, cashFlowSheet, profitAndLossSheet, trialBalanceSheet } from "./statementSheets";

const en = (k: MessageKey) => MESSAGES.en[k];
const zh = (k: MessageKey) => MESSAGES.zh[k];

describe("the trial balance's export", () => {
  const tb = {
    lines: [
      { account: "1122", name: "Receivables", account_type: "asset", opening: "0", debit: "1130.00", credit: "0", closing: "1130.00" },
      { account: "6001", name: "Sales, goods", account_type: "income", opening: "0", debit: "0", credit: "1000.00", closing: "-1000.00" },
    ],
    totals: { opening: "0", debit: "1130.00", credit: "1130.00", closing: "0.00" },
  };

  it("has a row per account and the totals, amounts as the API gave them", () => {
    const sheet = trialBalanceSheet(tb, en);
    expect(sheet.headers).toEqual(["Account", "Name", "Opening", "Debit", "Credit", "Closing"]);
    expect(sheet.rows).toEqual([
      ["1122", "Receivables", "0", "1130.00", "0", "1130.00"],
      ["6001", "Sales, goods", "0", "0", "1000.00", "-1000.00"],
      ["Total", null, "0", "1130.00", "1130.00", "0.00"],
    ]);
    expect(sheet.numeric).toEqual([false, false, true, true, true, true]);
  });

  it("writes a CSV Excel opens in Chinese, trailing zeros kept", () => {
    const csv = toCsv(trialBalanceSheet(tb, zh));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(`${MESSAGES.zh.finAccount},${MESSAGES.zh.name},${MESSAGES.zh.finOpening},${MESSAGES.zh.finDebit},${MESSAGES.zh.finCredit},${MESSAGES.zh.finClosing}`);
    expect(lines[2]).toBe('6001,"Sales, goods",0,0,1000.00,-1000.00');
    expect(lines[3]).toBe(`${MESSAGES.zh.finTotal},,0,1130.00,1130.00,0.00`);
  });
});

describe("the profit and loss's export", () => {
  it("lists income, then expenses, each with its total, then the result", () => {
    const sheet = profitAndLossSheet(
      {
        income: [{ account: "6001", name: "Sales", amount: "1000.00" }],
        expenses: [
          { account: "6401", name: "Cost of sales", amount: "600.00" },
          { account: "6601", name: "Freight", amount: "10.5" },
        ],
        total_income: "1000.00",
        total_expenses: "610.50",
        result: "389.50",
      },
      en,
    );
    expect(sheet.headers).toEqual(["Section", "Account", "Name", "Amount"]);
    expect(sheet.rows).toEqual([
      ["Income", "6001", "Sales", "1000.00"],
      ["Income", "Total", null, "1000.00"],
      ["Expenses", "6401", "Cost of sales", "600.00"],
      ["Expenses", "6601", "Freight", "10.5"],
      ["Expenses", "Total", null, "610.50"],
      ["Result", null, null, "389.50"],
    ]);
    expect(sheet.numeric).toEqual([false, false, false, true]);
  });
});

describe("the balance sheet's export", () => {
  it("lists assets, liabilities and equity with their totals, then what makes up equity's side", () => {
    const sheet = balanceSheetSheet(
      {
        fiscal_year_from: "2026-01",
        assets: [{ account: "1405", name: "Stock", amount: "1413.80" }],
        liabilities: [{ account: "2202", name: "Payables", amount: "1423.80" }],
        equity: [],
        retained_earnings: "0",
        result_of_the_year: "-10.00",
        total_assets: "1413.80",
        total_liabilities: "1423.80",
        total_equity: "-10.00",
        total_liabilities_and_equity: "1413.80",
      },
      en,
    );
    expect(sheet.rows).toEqual([
      ["Assets", "1405", "Stock", "1413.80"],
      ["Assets", "Total", null, "1413.80"],
      ["Liabilities", "2202", "Payables", "1423.80"],
      ["Liabilities", "Total", null, "1423.80"],
      ["Equity", "Total", null, "-10.00"],
      ["Retained earnings", null, null, "0"],
      ["Result of the year", null, null, "-10.00"],
      ["Liabilities and equity", null, null, "1413.80"],
    ]);
  });
});

describe("the cash flow's export", () => {
  it("has its lines in the order shown, labelled in the language shown", () => {
    const flow = {
      opening_cash: "0",
      received_from_customers: "1130.00",
      paid_to_suppliers: "-1000.00",
      transfers_between_own_accounts: "0",
      financing: "500.00",
      other: "0",
      net_change: "630.00",
      closing_cash: "630.00",
    };
    const sheet = cashFlowSheet(flow, en);
    expect(sheet.headers).toEqual(["Line", "Amount"]);
    expect(sheet.rows).toEqual([
      ["Opening cash", "0"],
      ["Received from customers", "1130.00"],
      ["Paid to suppliers", "-1000.00"],
      ["Transfers between own accounts", "0"],
      ["Financing (owners' capital)", "500.00"],
      ["Other", "0"],
      ["Net change", "630.00"],
      ["Closing cash", "630.00"],
    ]);
    expect(cashFlowSheet(flow, zh).rows[0][0]).toBe(MESSAGES.zh.finOpeningCash);
  });
});

describe("the budget vs actual's export", () => {
  it("has a row per budget, the currency as text", () => {
    const sheet = budgetSheet(
      [{ account: "6601", name: "Freight", budget: "500.00", actual: "10.50", variance: "489.50", used_percent: "2.1", currency: "CNY" }],
      en,
    );
    expect(sheet.headers).toEqual(["Account", "Name", "Budget", "Actual", "Variance", "Used %", "Currency"]);
    expect(sheet.rows).toEqual([["6601", "Freight", "500.00", "10.50", "489.50", "2.1", "CNY"]]);
    expect(sheet.numeric).toEqual([false, false, true, true, true, true, false]);
  });
});

describe("the aging's export", () => {
  it("has a row per party with its buckets, overdue and total", () => {
    const row = {
      party_id: "0191f2a0-2222-7000-8000-000000000002",
      current: "0",
      "1-30": "423.80",
      "31-60": "0",
      "61-90": "0",
      "90+": "0",
      overdue: "423.80",
      total: "423.80",
    };
    const payables = toSheet(agingColumns("payable", en), [row]);
    expect(payables.headers).toEqual(["Supplier", "Not yet due", "1-30", "31-60", "61-90", "90+", "Overdue", "Total"]);
    expect(payables.rows).toEqual([[row.party_id, "0", "423.80", "0", "0", "0", "423.80", "423.80"]]);
    expect(payables.numeric).toEqual([false, true, true, true, true, true, true, true]);
    expect(toSheet(agingColumns("receivable", en), [row]).headers[0]).toBe("Customer");
  });
});
