// Pure helpers of the finance screens: periods, the statements' checks and the charts'
// options. Amounts stay the API's Decimal strings; only charts take Number() of them.
import type { ChartOption } from "../../components/Chart";

/** "2026-12" for a date. */
export function periodOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

/** Whether two decimal strings are the same amount ("1250" and "1250.00"), without floats. */
export function sameAmount(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(s: string): string {
  let [whole, frac = ""] = s.trim().replace(/^\+/, "").split(".");
  const negative = whole.startsWith("-");
  whole = whole.replace(/^-/, "").replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  const body = frac ? `${whole}.${frac}` : whole;
  return negative && body !== "0" ? `-${body}` : body;
}

export interface BudgetLine {
  account: string;
  name: string;
  budget: string;
  actual: string;
  variance: string;
  used_percent: string;
  currency: string;
}

/** Budget against actual per account, as a grouped bar chart. */
export function budgetChart(lines: BudgetLine[], labels: { budget: string; actual: string }): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { data: [labels.budget, labels.actual], top: 0 }, // ECharts 6 puts it at the bottom, over the rotated labels
    grid: { left: 60, right: 20, top: 40, bottom: 60 },
    xAxis: { type: "category", data: lines.map((l) => `${l.account} ${l.name}`), axisLabel: { rotate: 20 } },
    yAxis: { type: "value" },
    series: [
      { name: labels.budget, type: "bar", data: lines.map((l) => Number(l.budget)) },
      { name: labels.actual, type: "bar", data: lines.map((l) => Number(l.actual)) },
    ],
  };
}

export const BUCKETS = ["current", "1-30", "31-60", "61-90", "90+"] as const;
export type Bucket = (typeof BUCKETS)[number];

/** The aging totals per bucket, as a bar chart. */
export function agingChart(totals: Record<Bucket, string> | undefined, title: string): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 60, right: 20, bottom: 30 },
    xAxis: { type: "category", data: [...BUCKETS] },
    yAxis: { type: "value", name: title },
    series: [{ type: "bar", data: BUCKETS.map((b) => Number(totals?.[b] ?? 0)) }],
  };
}
