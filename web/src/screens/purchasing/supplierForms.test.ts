import { describe, expect, it } from "vitest";
import { maySupplier, supplierUpdateBody } from "./supplierForms";

describe("the supplier's forms", () => {
  it("are the buyer's", () => {
    expect(maySupplier(["purchaser"])).toBe(true);
    expect(maySupplier(["admin"])).toBe(true);
    expect(maySupplier(["warehouse", "purchase_approver"])).toBe(false);
  });

  it("sends a supplier's whole days as a number and anything else as typed for the API to judge", () => {
    expect(supplierUpdateBody({ name: " Tea Co ", email: "", payment_terms_days: " 45 " })).toEqual({
      name: "Tea Co",
      email: "",
      payment_terms_days: 45,
    });
    expect(supplierUpdateBody({ name: "n", payment_terms_days: "30.5" }).payment_terms_days).toBe("30.5");
    expect(supplierUpdateBody({ name: "n", payment_terms_days: "" }).payment_terms_days).toBeNull();
  });
});
