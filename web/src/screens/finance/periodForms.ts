// The bodies of finance's period-end and cash commands from their forms' values: trimmed
// strings (Decimal amounts and rates kept exactly as typed), dates as YYYY-MM-DD.
import type { Dayjs } from "dayjs";

export const day = (d: Dayjs | null | undefined): string => (d ? d.format("YYYY-MM-DD") : "");
export const month = (d: Dayjs | null | undefined): string => (d ? d.format("YYYY-MM") : "");

export interface TransferValues {
  from_account?: string;
  to_account?: string;
  amount?: string;
  transferred_on?: Dayjs | null;
  reference?: string;
}

export function transferBody(v: TransferValues) {
  return {
    from_account: v.from_account?.trim() ?? "",
    to_account: v.to_account?.trim() ?? "",
    amount: v.amount?.trim() ?? "",
    currency: "CNY",
    transferred_on: day(v.transferred_on),
    reference: v.reference?.trim() || null,
  };
}

export interface RateValues {
  currency?: string;
  on?: Dayjs | null;
  rate?: string;
  source?: string;
}

export function rateBody(v: RateValues) {
  return {
    currency: v.currency?.trim().toUpperCase() ?? "",
    on: day(v.on),
    rate: v.rate?.trim() ?? "",
    source: v.source?.trim() || null,
  };
}

/** Who may use which: closing, reopening and the chart's set-up are the admin's; revaluing,
 * rates and cash transfers the accountant's (an admin may do everything). */
export function periodActions(roles: readonly string[]) {
  const admin = roles.includes("admin");
  const books = admin || roles.includes("accountant");
  return { close: admin, reopen: admin, setup: admin, revalue: books, rate: books, transfer: books };
}
