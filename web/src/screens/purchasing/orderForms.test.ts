import { describe, expect, it } from "vitest";
import type { OrderView } from "./model";
import { optionalText, orderOps, rejectedGoodsBody, rejectedLines } from "./orderForms";

const lines = (open: string[]) =>
  open.map((rejected_open, i) => ({ line_no: i + 1, sku: "TEA", unit: "box", rejected_open })) as unknown as OrderView["lines"];

describe("the PO page's further commands", () => {
  it("offers sending an approved order to the buyer only", () => {
    expect(orderOps({ status: "approved", lines: lines(["0"]) }, ["purchaser"])).toEqual(["send"]);
    expect(orderOps({ status: "approved", lines: lines(["0"]) }, ["warehouse"])).toEqual([]);
    expect(orderOps({ status: "sent", lines: lines(["0"]) }, ["purchaser"])).toEqual([]);
    expect(orderOps({ status: "draft", lines: lines(["0"]) }, ["admin"])).toEqual([]);
  });

  it("offers closing an order received in part or in full", () => {
    for (const status of ["partially_received", "received"])
      expect(orderOps({ status, lines: lines(["0"]) }, ["purchaser"])).toEqual(["close"]);
    for (const status of ["approved", "sent", "closed", "cancelled"])
      expect(orderOps({ status, lines: lines(["0"]) }, ["purchaser"])).not.toContain("close");
  });

  it("offers the return to the warehouse and the claim to the buyer while rejected goods are open", () => {
    const order = { status: "partially_received", lines: lines(["0", "0.500"]) };
    expect(orderOps(order, ["warehouse"])).toEqual(["return"]);
    expect(orderOps(order, ["purchaser"])).toEqual(["close", "claim"]);
    expect(orderOps(order, ["admin"])).toEqual(["close", "return", "claim"]);
    expect(orderOps({ ...order, lines: lines(["0.000"]) }, ["warehouse", "purchaser"])).toEqual(["close"]);
  });
});

describe("the return's and the claim's lines", () => {
  it("starts from each line's open rejected goods, kept as the API wrote them", () => {
    expect(rejectedLines({ lines: lines(["0", "2.500"]) })).toEqual([{ line_no: 2, quantity: "2.500", reason: "" }]);
  });

  it("sends every line of the form in its place, quantities as typed", () => {
    const form = [
      { line_no: 2, quantity: " 0.1 ", reason: " broken ", location: " A-1 ", lot: "" },
      { line_no: 3, quantity: "", reason: "" },
    ];
    expect(rejectedGoodsBody(form, "return")).toEqual({
      lines: [
        { line_no: 2, quantity: "0.1", reason: "broken", location: "A-1" },
        { line_no: 3, quantity: "", reason: "" },
      ],
    });
    expect(rejectedGoodsBody(form, "claim").lines[0]).toEqual({ line_no: 2, quantity: "0.1", reason: "broken" });
  });

  it("sends no blank address or reason", () => {
    expect(optionalText("  ")).toBeNull();
    expect(optionalText(undefined)).toBeNull();
    expect(optionalText(" mail ")).toBe("mail");
  });
});
