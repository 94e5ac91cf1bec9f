import { describe, expect, it } from "vitest";
import { vatBody, vatRows } from "./vatRates";

describe("vat rates", () => {
  it("lists the default first, then the categories by name", () => {
    expect(vatRows({ default: "0.13", categories: { FOOD: "0.09", BOOKS: "0.09" } })).toEqual([
      { category: null, rate: "0.13" },
      { category: "BOOKS", rate: "0.09" },
      { category: "FOOD", rate: "0.09" },
    ]);
    expect(vatRows(undefined)).toEqual([]);
  });

  it("sends an empty category as the default, the rate as typed", () => {
    expect(vatBody({ category: " ", rate: " 0.060 " })).toEqual({ category: null, rate: "0.060" });
  });
});
