import { describe, expect, it } from "vitest";
import { itemUpdateBody, locationBody, masterActions } from "./masterForms";

describe("master data's forms", () => {
  it("shows the item and location forms to the warehouse, the warehouse edit to an admin only", () => {
    expect(masterActions(["warehouse"])).toEqual({ editItem: true, addLocation: true, editWarehouse: false });
    expect(masterActions(["admin"])).toEqual({ editItem: true, addLocation: true, editWarehouse: true });
    expect(masterActions(["purchaser"])).toEqual({ editItem: false, addLocation: false, editWarehouse: false });
  });

  it("sends the item as typed, a blank barcode clearing it", () => {
    expect(itemUpdateBody({ name: " Tea ", unit: "box", category: "", barcode: " ", lot_tracked: true })).toEqual({
      name: "Tea",
      unit: "box",
      category: "",
      barcode: "",
      lot_tracked: true,
    });
  });

  it("sends a location without a name as none", () => {
    expect(locationBody({ location: " A-01 ", name: " " })).toEqual({ location: "A-01", name: null, quarantine: false });
  });
});
