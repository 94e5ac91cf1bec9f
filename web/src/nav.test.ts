import { describe, expect, it } from "vitest";
import { href, parseRoute } from "./nav";

describe("hash routes", () => {
  it("round-trips a screen and its parameters", () => {
    const link = href("journal-entry", { id: "JE 1/2", empty: "", none: null, n: 3 });
    expect(link).toBe("#/journal-entry?id=JE+1%2F2&n=3");
    const route = parseRoute(link);
    expect(route.screen).toBe("journal-entry");
    expect(route.params.get("id")).toBe("JE 1/2");
    expect(route.params.get("n")).toBe("3");
  });
  it("reads no screen from an empty hash", () => {
    expect(parseRoute("").screen).toBe("");
  });
});
