// What the dashboard's cards show, from the APIs' answers: pure functions (tested), the
// figures kept as the API's decimal strings; Number() only to place a bar on a chart.
import type { ChartOption } from "../../components/Chart";
import { addDecimals, roundDecimal } from "../../components/decimals";

export interface WarehouseValue {
  warehouse: string;
  currency: string;
  value: string;
  positions: number;
}

/** A bar per warehouse (and currency, when a warehouse holds stock in several). */
export function stockValueOption(rows: WarehouseValue[]): ChartOption {
  const several = new Set(rows.map((r) => r.currency)).size > 1;
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 60, right: 16, top: 24, bottom: 32 },
    xAxis: { type: "category", data: rows.map((r) => (several ? `${r.warehouse} ${r.currency}` : r.warehouse)) },
    yAxis: { type: "value" },
    series: [{ type: "bar", name: rows[0]?.currency ?? "", data: rows.map((r) => Number(r.value)) }],
  };
}

/** The total value per currency ("CNY 12.5"). */
export function totalsByCurrency(rows: { currency: string; value: string }[]): string[] {
  const totals = new Map<string, string>();
  for (const r of rows) totals.set(r.currency, addDecimals(totals.get(r.currency) ?? "0", r.value));
  return [...totals.entries()].sort().map(([c, v]) => `${c} ${roundDecimal(v)}`);
}

export interface Alert {
  sku: string;
  warehouse: string;
  alert: "below_min" | "above_max" | null;
  available: string;
  min_quantity: string;
  max_quantity: string;
}

export function alertCounts(alerts: Alert[]): { low: number; over: number } {
  return {
    low: alerts.filter((a) => a.alert === "below_min").length,
    over: alerts.filter((a) => a.alert === "above_max").length,
  };
}

export const AGING_BUCKETS = ["current", "1-30", "31-60", "61-90", "90+"] as const;
export type AgingParty = Record<(typeof AGING_BUCKETS)[number] | "total" | "overdue", string>;

/** The receivables due, summed over the parties, per bucket; and the total and overdue. */
export function agingTotals(parties: AgingParty[]): { buckets: string[]; total: string; overdue: string } {
  return {
    buckets: AGING_BUCKETS.map((b) => addDecimals("0", ...parties.map((p) => p[b]))),
    total: addDecimals("0", ...parties.map((p) => p.total)),
    overdue: addDecimals("0", ...parties.map((p) => p.overdue)),
  };
}

export function agingOption(buckets: string[]): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 60, right: 16, top: 24, bottom: 32 },
    xAxis: { type: "category", data: [...AGING_BUCKETS] },
    yAxis: { type: "value" },
    series: [{ type: "bar", data: buckets.map(Number), itemStyle: { color: "#fa8c16" } }],
  };
}

export interface TargetRow {
  dimension: string;
  subject: string;
  period: string;
  target: { amount: string; currency: string };
  actual: { amount: string; currency: string };
  attainment_percent: string;
}

/** Target against actual, a pair of bars per target of the month. */
export function targetOption(rows: TargetRow[], labels: { target: string; actual: string }): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { data: [labels.target, labels.actual], top: 0 }, // ECharts 6's default is the bottom, over the axis
    grid: { left: 60, right: 16, top: 32, bottom: 32 },
    xAxis: { type: "category", data: rows.map((r) => `${r.dimension}:${r.subject}`) },
    yAxis: { type: "value" },
    series: [
      { type: "bar", name: labels.target, data: rows.map((r) => Number(r.target.amount)) },
      { type: "bar", name: labels.actual, data: rows.map((r) => Number(r.actual.amount)) },
    ],
  };
}

/** yyyy-mm-dd and yyyy-mm of a day, in local time. */
export function today(d = new Date()): { day: string; month: string } {
  const p = (n: number) => String(n).padStart(2, "0");
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return { day, month: day.slice(0, 7) };
}
