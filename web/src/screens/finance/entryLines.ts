// A journal entry by hand, as the form holds it: the lines' running totals (exact, on the
// decimal strings, never through floats) and the API's body built from the form's values.
import type { Dayjs } from "dayjs";
import { addDecimals } from "../../components/decimals";

export interface EntryLineValues {
  account?: string;
  debit?: string;
  credit?: string;
  cost_centre?: string;
  memo?: string;
}

export interface EntryValues {
  posted_on?: Dayjs | null;
  description?: string;
  reference?: string;
  lines?: (EntryLineValues | undefined)[];
}

export interface EntryTotals {
  debit: string;
  credit: string;
  /** debits − credits; "0" when the entry balances. */
  difference: string;
  /** Line numbers (0-based) and sides whose amount is not a decimal (left out of the sums). */
  unreadable: string[];
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function amountOf(value: string | undefined): string | null {
  const v = value?.trim() ?? "";
  if (v === "") return "0";
  return DECIMAL.test(v) ? v : null;
}

/** The debit and credit totals and their difference, exact ("0.1" + "0.2" = "0.3"). */
export function entryTotals(lines: readonly (EntryLineValues | undefined)[] | undefined): EntryTotals {
  const debits: string[] = [];
  const credits: string[] = [];
  const unreadable: string[] = [];
  (lines ?? []).forEach((line, i) => {
    for (const [side, into] of [
      ["debit", debits],
      ["credit", credits],
    ] as const) {
      const amount = amountOf(line?.[side]);
      if (amount === null) unreadable.push(`${i}.${side}`);
      else into.push(amount);
    }
  });
  const debit = addDecimals("0", ...debits);
  const credit = addDecimals("0", ...credits);
  const difference = addDecimals(debit, credit.startsWith("-") ? credit.slice(1) : `-${credit}`);
  return { debit, credit, difference, unreadable };
}

/** A total shown to at least two places ("1500" → "1500.00", "0.125" stays "0.125"). */
export function showAmount(value: string): string {
  const [whole, fraction = ""] = value.split(".");
  return `${whole}.${fraction.padEnd(2, "0")}`;
}

/** The form's values as POST /journal-entries' body: trimmed, empty sides 0, nothing judged
 * (the API judges, and its messages come back at `lines.N.account` etc.). */
export function entryBody(values: EntryValues, entryId: string) {
  return {
    entry_id: entryId,
    posted_on: values.posted_on ? values.posted_on.format("YYYY-MM-DD") : "",
    description: values.description?.trim() ?? "",
    currency: "CNY",
    reference: values.reference?.trim() || null,
    lines: (values.lines ?? []).map((line) => ({
      account: line?.account?.trim() ?? "",
      debit: line?.debit?.trim() || "0",
      credit: line?.credit?.trim() || "0",
      cost_centre: line?.cost_centre?.trim() || null,
      memo: line?.memo?.trim() || null,
    })),
  };
}

/** May this journal entry be reversed from its page: one an accountant posted by hand, and
 * not reversed already (`reversedBy`: the entry that did). */
export function reversible(sourceType: string, payload: unknown, reversedBy: number | null = null): string | null {
  if (sourceType !== "finance.JournalEntryPosted" || reversedBy !== null) return null;
  const id = (payload as { entry_id?: unknown } | null)?.entry_id;
  return typeof id === "string" ? id : null;
}

/** Entries by hand are the accountant's (or an admin's); this only hides what they could not use. */
export function mayPostEntries(roles: readonly string[]): boolean {
  return roles.includes("accountant") || roles.includes("admin");
}
