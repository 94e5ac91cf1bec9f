import { describe, expect, it } from "vitest";
import { rowsOf, zonesOf } from "./rateCard";

describe("rate card rows", () => {
  it("merge rows of one zone, unite destinations, keep decimals as typed", () => {
    const zones = zonesOf([
      { zone: "LOCAL", destinations: "Shanghai", up_to_kg: "5", price: "12.50" },
      { zone: "EAST", destinations: "Hangzhou, Suzhou", up_to_kg: "5", price: "18" },
      { zone: "LOCAL", destinations: "Shanghai, Kunshan", up_to_kg: "20", price: "30.005" },
      { zone: "", destinations: "", up_to_kg: "", price: "" },
      undefined,
    ]);
    expect(zones).toEqual([
      {
        zone: "LOCAL",
        destinations: ["Shanghai", "Kunshan"],
        brackets: [
          { up_to_kg: "5", price: "12.50" },
          { up_to_kg: "20", price: "30.005" },
        ],
      },
      { zone: "EAST", destinations: ["Hangzhou", "Suzhou"], brackets: [{ up_to_kg: "5", price: "18" }] },
    ]);
  });

  it("round-trips the API's zones", () => {
    const zones = [{ zone: "ALL", destinations: ["*"], brackets: [{ up_to_kg: "10", price: "25" }, { up_to_kg: "50", price: "60" }] }];
    expect(zonesOf(rowsOf(zones))).toEqual(zones);
  });
});
