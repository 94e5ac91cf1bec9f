import { App } from "antd";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Lang, LangContext } from "../../i18n";
import type { Role } from "../../session";
import { NewCustomerButton } from "./NewCustomerButton";

function signedIn(roles: Role[]) {
  const session = JSON.stringify({ token: "t", user: "u", roles, warehouses: [] });
  vi.stubGlobal("sessionStorage", { getItem: () => session });
}

const render = (lang: Lang) =>
  renderToString(
    <LangContext.Provider value={{ lang, setLang: () => {} }}>
      <App>
        <NewCustomerButton onDone={() => {}} />
      </App>
    </LangContext.Provider>,
  );

describe("the New customer button", () => {
  afterEach(() => vi.unstubAllGlobals());
  it("is shown to crm users and admins, in both languages", () => {
    signedIn(["crm"]);
    expect(render("en")).toContain("New customer");
    expect(render("zh")).toContain("新建客户");
    signedIn(["admin"]);
    expect(render("en")).toContain("cust-new-open");
  });
  it("is hidden from sales and credit controllers", () => {
    signedIn(["sales", "credit_controller"]);
    expect(render("en")).not.toContain("cust-new-open");
  });
});
