import { describe, expect, it } from "vitest";
import { concerns } from "../../components/useChanges";
import { cardsFor } from "./cards";
import { agingTotals, alertCounts, stockValueOption, totalsByCurrency } from "./charts";

describe("the dashboard's cards", () => {
  it("show finance only to an accountant (or admin)", () => {
    const keys = (roles: Parameters<typeof cardsFor>[0]) => cardsFor(roles).map((c) => c.key);
    expect(keys(["warehouse"])).not.toContain("pnl");
    expect(keys(["warehouse"])).toContain("stockValue");
    expect(keys(["accountant"])).toEqual(expect.arrayContaining(["pnl", "receivables"]));
    expect(keys(["admin"])).toHaveLength(7);
  });
  it("chart the stock value per warehouse and total it per currency", () => {
    const rows = [
      { warehouse: "WH-A", currency: "CNY", value: "100.10", positions: 2 },
      { warehouse: "WH-B", currency: "CNY", value: "0.20", positions: 1 },
    ];
    const option = stockValueOption(rows) as { xAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.xAxis.data).toEqual(["WH-A", "WH-B"]);
    expect(option.series[0].data).toEqual([100.1, 0.2]);
    expect(totalsByCurrency(rows)).toEqual(["CNY 100.30"]);
  });
  it("count the alerts by kind and sum the aging buckets", () => {
    const alert = { sku: "S", warehouse: "W", available: "1", min_quantity: "2", max_quantity: "9" };
    expect(alertCounts([{ ...alert, alert: "below_min" }, { ...alert, alert: "above_max" }, { ...alert, alert: "below_min" }])).toEqual({
      low: 2,
      over: 1,
    });
    const party = { current: "1.1", "1-30": "2", "31-60": "0", "61-90": "0", "90+": "0.9", total: "4", overdue: "2.9" };
    expect(agingTotals([party, party])).toEqual({ buckets: ["2.2", "4", "0", "0", "1.8"], total: "8", overdue: "5.8" });
  });
});

describe("live changes", () => {
  it("concern a screen when its projection (namespaced or not) changed", () => {
    expect(concerns(["t1.inventory.stock-keeper"], ["stock-keeper"])).toBe(true);
    expect(concerns(["t1.inventory.abc"], ["stock-keeper"])).toBe(false);
    expect(concerns(["*"], ["stock-keeper"])).toBe(true);
  });
});
