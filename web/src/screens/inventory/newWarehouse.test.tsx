import { App } from "antd";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LangContext } from "../../i18n";
import type { Role } from "../../session";
import { NewWarehouseButton, newWarehouseBody } from "./NewWarehouseButton";

function shownTo(roles: Role[]): boolean {
  const session = JSON.stringify({ token: "t", user: "u", roles, warehouses: ["*"] });
  vi.stubGlobal("sessionStorage", { getItem: () => session });
  return renderToString(
    <LangContext.Provider value={{ lang: "en", setLang: () => {} }}>
      <App>
        <NewWarehouseButton onDone={() => {}} />
      </App>
    </LangContext.Provider>,
  ).includes("wh-new-open");
}

describe("registering a warehouse", () => {
  afterEach(() => vi.unstubAllGlobals());
  it("is for admins only (inventory's route guard)", () => {
    expect(shownTo(["admin"])).toBe(true);
    expect(shownTo(["warehouse", "purchaser"])).toBe(false);
  });
  it("sends the code and name trimmed, negative stock off unless ticked", () => {
    expect(newWarehouseBody({ code: " WH-GZ ", name: "Guangzhou" })).toEqual({ code: "WH-GZ", name: "Guangzhou", allow_negative_on_hand: false });
    expect(newWarehouseBody({ allow_negative_on_hand: true })).toEqual({ code: "", name: "", allow_negative_on_hand: true });
  });
});
