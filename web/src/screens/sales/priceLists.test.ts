import { describe, expect, it } from "vitest";
import { screensFor } from "../../areas";
import { SALES } from "../../areas/sales";
import { priceListBody, pricesToLines } from "./priceLists";

describe("a price list's form", () => {
  it("starts the revision from the list's prices, a base price's 0 left blank", () => {
    expect(
      pricesToLines([
        { sku: "TEA", min_quantity: "0", unit_price: "10.50" },
        { sku: "TEA", min_quantity: "100", unit_price: "9.80" },
        { sku: "CUP", min_quantity: "0.000", unit_price: "3" },
      ]),
    ).toEqual([
      { sku: "TEA", min_quantity: undefined, unit_price: "10.50" },
      { sku: "TEA", min_quantity: "100", unit_price: "9.80" },
      { sku: "CUP", min_quantity: undefined, unit_price: "3" },
    ]);
  });

  it("sends the header and prices trimmed, the amounts as typed (no floats)", () => {
    expect(
      priceListBody({
        code: " RETAIL-2027 ",
        customer_group: "retail",
        currency: "CNY",
        valid_from: "2027-01-01",
        valid_until: "",
        prices: [
          { sku: " TEA ", unit_price: "10.10" },
          { sku: "TEA", min_quantity: "100", unit_price: "9.999999999999999999" },
        ],
      }),
    ).toEqual({
      code: "RETAIL-2027",
      customer_group: "retail",
      currency: "CNY",
      valid_from: "2027-01-01",
      prices: [
        { sku: "TEA", unit_price: "10.10" },
        { sku: "TEA", min_quantity: "100", unit_price: "9.999999999999999999" },
      ],
    });
  });

  it("leaves empty lines out at the end only, so the API's line numbers are the form's", () => {
    const body = priceListBody({ valid_from: "2027-01-01", prices: [{ sku: "A" }, {}, { sku: "B" }, {}, {}] }, true);
    expect(body).toEqual({ valid_from: "2027-01-01", prices: [{ sku: "A" }, {}, { sku: "B" }] });
    expect(priceListBody({ prices: [{}] }, true)).toEqual({ prices: [{}] });
  });

  it("revises no code, group or currency", () => {
    const body = priceListBody({ code: "X", customer_group: "g", currency: "CNY", valid_from: "2027-01-01", prices: [] }, true);
    expect(body).toEqual({ valid_from: "2027-01-01", prices: [] });
  });
});

describe("who sees the price lists", () => {
  it("shows them to sales, credit controllers and accountants; the new list's form to sales only", () => {
    const keys = (roles: Parameters<typeof screensFor>[0]) => screensFor(roles, SALES).map((s) => s.key);
    expect(keys(["sales"])).toEqual(expect.arrayContaining(["price-lists", "price-list", "define-price-list"]));
    expect(keys(["accountant"])).toEqual(expect.arrayContaining(["price-lists", "price-list"]));
    expect(keys(["accountant"])).not.toContain("define-price-list");
    expect(keys(["warehouse"])).not.toContain("price-lists");
  });
});
