import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { SupplierRow } from "./model";
import { newOrderBody, orderableSuppliers } from "./newOrder";

describe("a purchase order from scratch", () => {
  it("numbers the lines from 1 and keeps decimals as the exact strings typed", () => {
    const body = newOrderBody({
      supplier_id: " s-1 ",
      currency: "cny",
      lines: [
        { sku: "TEA", unit: "box", quantity: " 12.500 ", unit_price: "0.1", warehouse: "WH-SH" },
        { sku: "CUP", unit: "pcs", quantity: "3", unit_price: "19.99", warehouse: "WH-BJ", expected_date: dayjs("2026-12-24") },
      ],
    });
    expect(body).toEqual({
      supplier_id: "s-1",
      currency: "CNY",
      lines: [
        { line_no: 1, sku: "TEA", unit: "box", quantity: "12.500", unit_price: "0.1", warehouse: "WH-SH" },
        { line_no: 2, sku: "CUP", unit: "pcs", quantity: "3", unit_price: "19.99", warehouse: "WH-BJ", expected_date: "2026-12-24" },
      ],
    });
  });

  it("sends what is blank as blank: the API names the field", () => {
    expect(newOrderBody({ lines: [{}] })).toEqual({
      supplier_id: "",
      currency: "",
      lines: [{ line_no: 1, sku: "", unit: "", quantity: "", unit_price: "", warehouse: "" }],
    });
  });

  it("offers only suppliers that are not blocked", () => {
    const s = (code: string, blocked: boolean) => ({ supplier_id: code, code, blocked }) as SupplierRow;
    expect(orderableSuppliers([s("A", false), s("B", true), s("C", false)]).map((x) => x.code)).toEqual(["A", "C"]);
  });
});
