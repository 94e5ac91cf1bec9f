import { describe, expect, it } from "vitest";
import { addDecimals, compareDecimals, money, perUnit, roundDecimal } from "./decimals";

describe("decimal sums", () => {
  it("are exact where floats are not", () => {
    expect(addDecimals("0.1", "0.2")).toBe("0.3");
    expect(addDecimals("1.50", "-0.25", "10")).toBe("11.25");
    expect(addDecimals("-1", "0.5")).toBe("-0.5");
    expect(addDecimals("123456789012345678.91", "0.09")).toBe("123456789012345679");
    expect(addDecimals("0", "-0.00")).toBe("0");
  });
  it("compare", () => {
    expect(compareDecimals("2", "10")).toBe(-1);
    expect(compareDecimals("10.0", "10")).toBe(0);
    expect(compareDecimals("-1", "-2")).toBe(1);
  });
  it("refuse what is not a number", () => {
    expect(() => addDecimals("1e3")).toThrow();
  });
});

describe("roundDecimal", () => {
  it("shows money to the cent, half away from zero, on the digits", () => {
    expect(roundDecimal("243678.138134")).toBe("243678.14");
    expect(roundDecimal("6978.471866")).toBe("6978.47");
    expect(roundDecimal("0.005")).toBe("0.01");
    expect(roundDecimal("-0.005")).toBe("-0.01");
    expect(roundDecimal("-0.004")).toBe("0.00");
    expect(roundDecimal("12")).toBe("12.00");
    expect(roundDecimal("1.5", 0)).toBe("2");
    // beyond a float's 15–17 digits: exact
    expect(roundDecimal("123456789012345678.125")).toBe("123456789012345678.13");
  });
});

describe("money and per-unit amounts on screens", () => {
  it("show money to the cent and nothing for no value", () => {
    expect(money("243678.138134")).toBe("243678.14");
    expect(money("-12.345")).toBe("-12.35");
    expect(money(null)).toBe("");
    expect(money(undefined)).toBe("");
  });
  it("show unit costs and prices to 4 places at most, at least to the cent", () => {
    expect(perUnit("2.500000")).toBe("2.50");
    expect(perUnit("9.9")).toBe("9.90");
    expect(perUnit("2.123456")).toBe("2.1235");
    expect(perUnit("0.032500")).toBe("0.0325");
    expect(perUnit("-0.00005")).toBe("-0.0001");
    expect(perUnit("7")).toBe("7.00");
    expect(perUnit(null)).toBe("");
  });
});
