// Set a budget: who may (finance's POST /budgets: accountants, or admins) and the form's
// values -> finance's BudgetBody (amounts as the exact strings typed, blank optional fields
// left out so the API's defaults apply).
import type { Role } from "../../session";

export function maySetBudgets(roles: readonly Role[]): boolean {
  return roles.includes("accountant") || roles.includes("admin");
}

export interface BudgetValues {
  period?: string | null;
  account?: string;
  cost_centre?: string;
  amount?: string;
  currency?: string;
  threshold?: string;
}

export interface BudgetBody {
  period: string;
  account: string;
  amount: string;
  cost_centre?: string;
  currency?: string;
  threshold?: string;
}

const text = (v: string | null | undefined): string => v?.trim() ?? "";

export function budgetBody(v: BudgetValues): BudgetBody {
  return {
    period: text(v.period),
    account: text(v.account),
    amount: text(v.amount),
    ...(text(v.cost_centre) ? { cost_centre: text(v.cost_centre) } : {}),
    ...(text(v.currency) ? { currency: text(v.currency).toUpperCase() } : {}),
    ...(text(v.threshold) ? { threshold: text(v.threshold) } : {}),
  };
}
