// The statements as the API answers them, and each as the sheet its export writes (CSV or
// Excel through components/exporting): the rows shown, the totals included, the amounts the
// API's decimal strings as they are (Excel reads the amount columns as numbers).
import type { Sheet } from "../../components/exporting";
import type { MessageKey } from "../../i18n";
import type { AccountAmount } from "./AmountsTable";
import type { BudgetLine } from "./statements";

type T = (key: MessageKey) => string;

export interface TrialBalanceLine {
  account: string;
  name: string;
  account_type: string;
  opening: string;
  debit: string;
  credit: string;
  closing: string;
}
export interface TrialBalance {
  lines: TrialBalanceLine[];
  totals: { opening: string; debit: string; credit: string; closing: string };
}

export interface ProfitAndLoss {
  income: AccountAmount[];
  expenses: AccountAmount[];
  total_income: string;
  total_expenses: string;
  result: string;
}

export interface BalanceSheet {
  fiscal_year_from: string;
  assets: AccountAmount[];
  liabilities: AccountAmount[];
  equity: AccountAmount[];
  retained_earnings: string;
  result_of_the_year: string;
  total_assets: string;
  total_liabilities: string;
  total_equity: string;
  total_liabilities_and_equity: string;
}

export const CASH_FLOW_ROWS = [
  ["opening_cash", "finOpeningCash"],
  ["received_from_customers", "finReceivedFromCustomers"],
  ["paid_to_suppliers", "finPaidToSuppliers"],
  ["transfers_between_own_accounts", "finOwnTransfers"],
  ["financing", "finFinancing"],
  ["other", "finOther"],
  ["net_change", "finNetChange"],
  ["closing_cash", "finClosingCash"],
] as const satisfies readonly (readonly [string, MessageKey])[];
export type CashFlow = Record<(typeof CASH_FLOW_ROWS)[number][0], string>;

export function trialBalanceSheet(tb: TrialBalance, t: T): Sheet {
  return {
    headers: [t("finAccount"), t("name"), t("finOpening"), t("finDebit"), t("finCredit"), t("finClosing")],
    numeric: [false, false, true, true, true, true],
    rows: [
      ...tb.lines.map((l) => [l.account, l.name, l.opening, l.debit, l.credit, l.closing]),
      [t("finTotal"), null, tb.totals.opening, tb.totals.debit, tb.totals.credit, tb.totals.closing],
    ],
  };
}

/** A statement of sections: each section's accounts, then its total. */
function sectioned(sections: [string, AccountAmount[], string][], t: T, after: [string, string][]): Sheet {
  return {
    headers: [t("finSection"), t("finAccount"), t("name"), t("finAmount")],
    numeric: [false, false, false, true],
    rows: [
      ...sections.flatMap(([title, rows, total]) => [
        ...rows.map((r) => [title, r.account, r.name, r.amount]),
        [title, t("finTotal"), null, total],
      ]),
      ...after.map(([label, amount]) => [label, null, null, amount]),
    ],
  };
}

export function profitAndLossSheet(pl: ProfitAndLoss, t: T): Sheet {
  return sectioned(
    [
      [t("finIncome"), pl.income, pl.total_income],
      [t("finExpenses"), pl.expenses, pl.total_expenses],
    ],
    t,
    [[t("finResult"), pl.result]],
  );
}

export function balanceSheetSheet(bs: BalanceSheet, t: T): Sheet {
  return sectioned(
    [
      [t("finAssets"), bs.assets, bs.total_assets],
      [t("finLiabilities"), bs.liabilities, bs.total_liabilities],
      [t("finEquity"), bs.equity, bs.total_equity],
    ],
    t,
    [
      [t("finRetainedEarnings"), bs.retained_earnings],
      [t("finResultOfYear"), bs.result_of_the_year],
      [t("finLiabilitiesAndEquity"), bs.total_liabilities_and_equity],
    ],
  );
}

export function cashFlowSheet(cf: CashFlow, t: T): Sheet {
  return {
    headers: [t("finLine"), t("finAmount")],
    numeric: [false, true],
    rows: CASH_FLOW_ROWS.map(([field, label]) => [t(label), cf[field]]),
  };
}

export function budgetSheet(lines: BudgetLine[], t: T): Sheet {
  return {
    headers: [t("finAccount"), t("name"), t("finBudget"), t("finActual"), t("finVariance"), t("finUsedPercent"), t("finCurrency")],
    numeric: [false, false, true, true, true, true, false],
    rows: lines.map((l) => [l.account, l.name, l.budget, l.actual, l.variance, l.used_percent, l.currency]),
  };
}
