import { describe, expect, it } from "vitest";
import { orderLifecycle } from "./orderActions";

const line = (status: string, quantity = "10", shipped = "0") => ({ status, quantity, shipped });

describe("orderLifecycle", () => {
  it("confirms a placed order once every line is answered", () => {
    expect(orderLifecycle("placed", [line("reserved"), line("backordered")])).toEqual({ confirm: true, close: false });
    expect(orderLifecycle("placed", [line("reserved"), line("pending")]).confirm).toBe(false);
    expect(orderLifecycle("held_on_credit", [line("not_requested")]).confirm).toBe(false);
    expect(orderLifecycle("confirmed", [line("reserved")]).confirm).toBe(false);
  });

  it("closes a delivered order, or a partly shipped one whose rest will not ship", () => {
    expect(orderLifecycle("delivered", [line("reserved", "10", "10")]).close).toBe(true);
    expect(orderLifecycle("partially_shipped", [line("reserved", "10", "10.0"), line("rejected")]).close).toBe(true);
    expect(orderLifecycle("partially_shipped", [line("reserved", "10", "9.5"), line("rejected")]).close).toBe(false);
    expect(orderLifecycle("shipped", [line("reserved", "10", "10")]).close).toBe(false);
  });
});
