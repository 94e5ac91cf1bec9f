import { describe, expect, it } from "vitest";
import { screensFor } from "../../areas";

const keys = (roles: Parameters<typeof screensFor>[0]) => screensFor(roles).map((s) => s.key);

describe("the command forms' screens by role", () => {
  it("shows the entry and periods screens to accountants and admins only", () => {
    for (const key of ["fin-new-entry", "fin-periods"]) {
      expect(keys(["accountant"])).toContain(key);
      expect(keys(["admin"])).toContain(key);
      expect(keys(["sales", "crm", "warehouse"])).not.toContain(key);
    }
  });

  it("shows VAT rates and carriers to the sales side, not to a buyer", () => {
    expect(keys(["sales"])).toEqual(expect.arrayContaining(["vat-rates", "carriers"]));
    expect(keys(["purchaser"])).not.toContain("carriers");
  });
});
