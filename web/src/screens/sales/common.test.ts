import { describe, expect, it } from "vitest";
import { SALES } from "../../areas/sales";
import { screensFor } from "../../areas";
import { allowed, compareDecimal, shipmentActions, shippableWarehouses, trimmed } from "./common";

describe("who may use a command", () => {
  it("needs one of the command's roles, or admin", () => {
    expect(allowed(["sales"], ["credit_controller"])).toBe(false);
    expect(allowed(["sales", "credit_controller"], ["credit_controller"])).toBe(true);
    expect(allowed(["admin"], ["warehouse"])).toBe(true);
    expect(allowed([], ["sales"])).toBe(false);
  });
  it("shows the credit holds to a credit controller, not the quotations", () => {
    const keys = screensFor(["credit_controller"], SALES).map((s) => s.key);
    expect(keys).toContain("credit-holds");
    expect(keys).toContain("order");
    expect(keys).not.toContain("quotations");
    expect(keys).not.toContain("place-order");
  });
  it("shows a warehouse user the shipments, not the order book", () => {
    const keys = screensFor(["warehouse"], SALES).map((s) => s.key);
    expect(keys).toContain("shipments");
    expect(keys).toContain("shipment");
    expect(keys).not.toContain("orders");
  });
});

describe("decimal strings compared exactly", () => {
  it("orders them by value, whatever their scale", () => {
    expect(compareDecimal("10", "9.999")).toBe(1);
    expect(compareDecimal("2.50", "2.5")).toBe(0);
    expect(compareDecimal("0", "0.001")).toBe(-1);
    expect(compareDecimal("-1.5", "-1.25")).toBe(-1);
    expect(compareDecimal("0.1", ".1")).toBe(0);
  });
  it("does not lose digits a float would", () => {
    expect(compareDecimal("12345678901234567890.01", "12345678901234567890.001")).toBe(1);
  });
  it("refuses what is not a decimal", () => {
    expect(() => compareDecimal("1e3", "1")).toThrow();
  });
});

describe("where a shipment may be created from", () => {
  const line = (warehouse: string, reserved: string, onShipments: string, no = 1) => ({
    line_no: no,
    sku: "TEA",
    warehouse,
    quantity: "10",
    unit: "box",
    reserved,
    on_shipments: onShipments,
  });
  it("is each warehouse holding reserved goods not yet on a shipment", () => {
    expect(shippableWarehouses([line("WH-B", "4", "0"), line("WH-A", "10", "10", 2), line("WH-C", "0", "0", 3)])).toEqual([
      "WH-B",
    ]);
    expect(shippableWarehouses([line("WH-A", "3.5", "3", 1), line("WH-A", "1", "0", 2)])).toEqual(["WH-A"]);
  });
});

describe("a shipment's next steps", () => {
  it("follow its status", () => {
    expect(shipmentActions("created")).toEqual(["pick", "cancel"]);
    expect(shipmentActions("packed")).toEqual(["dispatch", "cancel"]);
    expect(shipmentActions("in_transit")).toEqual(["deliver"]);
    expect(shipmentActions("delivered")).toEqual([]);
  });
});

describe("form values to a body", () => {
  it("leaves blanks out and trims the rest", () => {
    expect(trimmed({ a: " x ", b: "  ", c: undefined, d: 3 })).toEqual({ a: "x", d: 3 });
  });
});
