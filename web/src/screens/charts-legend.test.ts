import { describe, expect, it } from "vitest";
import { targetOption } from "./dashboard/charts";
import { budgetChart } from "./finance/statements";

// ECharts 6 puts a legend at the bottom by default, where it covered the axis labels.
describe("the legends of the bar charts", () => {
  it("sit at the top of the sales target chart", () => {
    const option = targetOption(
      [
        {
          dimension: "salesperson",
          subject: "liu.yang",
          target: { amount: "12000.00", currency: "CNY" },
          actual: { amount: "11047.64", currency: "CNY" },
          attainment_percent: "92.06",
        } as never,
      ],
      { target: "Target", actual: "Actual" },
    ) as { legend: { top: number; data: string[] }; xAxis: { data: string[] } };
    expect(option.legend).toEqual({ data: ["Target", "Actual"], top: 0 });
    expect(option.xAxis.data).toEqual(["salesperson:liu.yang"]);
  });

  it("sit at the top of budget against actual, above the rotated account names", () => {
    const option = budgetChart([], { budget: "Budget", actual: "Actual" }) as { legend: { top: number }; grid: { top: number } };
    expect(option.legend.top).toBe(0);
    expect(option.grid.top).toBeGreaterThan(0);
  });
});
