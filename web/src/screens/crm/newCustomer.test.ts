import { describe, expect, it } from "vitest";
import { newCustomerBody } from "./newCustomer";

describe("a customer registered from the form", () => {
  it("trims the fields and leaves the blank optional ones out", () => {
    expect(newCustomerBody({ code: " C-1 ", name: "Wang Tea", customer_group: "retail", currency: "cny", sales_owner: " ", tags: [" vip ", ""] })).toEqual({
      code: "C-1",
      name: "Wang Tea",
      customer_group: "retail",
      currency: "CNY",
      tags: ["vip"],
    });
  });

  it("sends a contact only when it has a name", () => {
    expect(newCustomerBody({ contact_phone: "123" }).contacts).toBeUndefined();
    expect(newCustomerBody({ contact_name: "Ms Wang", contact_email: "w@x.cn" }).contacts).toEqual([{ name: "Ms Wang", email: "w@x.cn" }]);
  });

  it("sends required fields left blank as blank: the API names them", () => {
    expect(newCustomerBody({})).toEqual({ code: "", name: "", customer_group: "", currency: "" });
  });
});
