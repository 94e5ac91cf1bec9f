import { describe, expect, it } from "vitest";
import { fieldErrors } from "./api/problems";
import { formPath } from "./screens/PlaceOrder";
import { MESSAGES } from "./i18n";
import { canSee, screensFor } from "./session";

describe("screens by role", () => {
  it("shows a warehouse user stock and the item form, not the order book", () => {
    expect(screensFor(["warehouse"])).toEqual(["stock", "register-item"]);
  });
  it("shows a sales user the order book but not the item form", () => {
    expect(canSee(["sales"], "orders")).toBe(true);
    expect(canSee(["sales"], "place-order")).toBe(true);
    expect(canSee(["sales"], "register-item")).toBe(false);
    expect(canSee(["credit_controller"], "place-order")).toBe(false);
  });
  it("shows an admin everything", () => {
    expect(screensFor(["admin"])).toEqual(["stock", "orders", "place-order", "register-item"]);
  });
});

describe("messages", () => {
  it("has every key in both languages", () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
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
  });
});
