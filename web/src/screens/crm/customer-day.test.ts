import { describe, expect, it } from "vitest";
import { dayOf } from "./Customer";

describe("a customer's last purchase", () => {
  it("is shown as its day, as the API gives the timestamp (no Date parsing, no time zone shift)", () => {
    expect(dayOf("2026-12-01T23:33:15.187048Z")).toBe("2026-12-01");
    expect(dayOf(null)).toBe("—");
    expect(dayOf(undefined)).toBe("—");
  });
});
