import { describe, expect, it } from "vitest";
import { fieldErrors } from "./api/problems";
import { canSee, SCREENS, screensFor } from "./areas";
import { formPath } from "./components/useCommandForm";
import { CATALOGUES, MESSAGES } from "./i18n";

const keys = (roles: Parameters<typeof screensFor>[0]) => screensFor(roles).map((s) => s.key);
const screen = (key: string) => SCREENS.find((s) => s.key === key)!;

describe("screens by role", () => {
  it("shows a warehouse user stock and the item form, not the order book", () => {
    expect(keys(["warehouse"])).toContain("stock");
    expect(keys(["warehouse"])).toContain("register-item");
    expect(keys(["warehouse"])).not.toContain("orders");
  });
  it("shows a sales user the order book but not the item form", () => {
    expect(canSee(["sales"], screen("orders"))).toBe(true);
    expect(canSee(["sales"], screen("place-order"))).toBe(true);
    expect(canSee(["sales"], screen("register-item"))).toBe(false);
    expect(canSee(["credit_controller"], screen("place-order"))).toBe(false);
  });
  it("shows an admin everything", () => {
    expect(keys(["admin"])).toEqual(SCREENS.map((s) => s.key));
  });
  it("gives every screen its own route", () => {
    expect(new Set(SCREENS.map((s) => s.key)).size).toBe(SCREENS.length);
  });
});

describe("messages", () => {
  it("has every key in both languages", () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
  it("has no key in two areas' catalogues (one would hide the other)", () => {
    const seen = new Map<string, string>();
    for (const [area, catalogue] of Object.entries(CATALOGUES))
      for (const key of Object.keys(catalogue.en)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
  });
});

describe("field errors of a problem", () => {
  it("puts validation messages at their fields", () => {
    const problem = {
      status: 422,
      errors: [
        { field: "sku", message: "String should have at least 1 character" },
        { field: "sku", message: "second" },
        { field: "unit", message: "Field required" },
      ],
    };
    expect(fieldErrors(problem)).toEqual({
      sku: ["String should have at least 1 character", "second"],
      unit: ["Field required"],
    });
  });
  it("puts a domain refusal's detail on each field it names", () => {
    expect(fieldErrors({ status: 409, detail: "SKU TEA-1 is taken", fields: ["sku"] })).toEqual({
      sku: ["SKU TEA-1 is taken"],
    });
  });
});

describe("form paths of API fields", () => {
  it("turns a line's field into a Form.List path", () => {
    expect(formPath("lines.0.quantity")).toEqual(["lines", 0, "quantity"]);
    expect(formPath("customer_id")).toEqual(["customer_id"]);
    expect(formPath("body.sku")).toEqual(["sku"]);
  });
});
