import { describe, expect, it } from "vitest";
import { creditLimitBody, redeemBody, tagList, updateBody } from "./customerForms";

const now = { name: "Acme", customer_group: "RETAIL", sales_owner: null, tags: ["vip"] };

describe("customer forms", () => {
  it("an edit sends only what changed", () => {
    expect(updateBody({ name: "Acme", customer_group: "RETAIL", sales_owner: "", tags: "vip" }, now)).toEqual({});
    expect(updateBody({ name: " Acme Ltd ", customer_group: "RETAIL", sales_owner: "li", tags: "vip, north" }, now)).toEqual({
      name: "Acme Ltd",
      sales_owner: "li",
      tags: ["vip", "north"],
    });
  });

  it("reads tags, keeps amounts as typed and points whole", () => {
    expect(tagList(" a, ,b ")).toEqual(["a", "b"]);
    expect(creditLimitBody({ amount: " 50000.50 ", currency: "cny", reason: " raised " })).toEqual({
      amount: "50000.50",
      currency: "CNY",
      reason: "raised",
    });
    expect(redeemBody({ points: "500" }, "r1")).toEqual({ redemption_id: "r1", points: 500 });
    expect(redeemBody({ points: "5.5", valid_days: "30" }, "r1")).toEqual({ redemption_id: "r1", points: "5.5", valid_days: 30 });
  });
});
