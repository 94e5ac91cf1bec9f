// The purchasing forms rendered (server-side) in each language, and who sees which screen.
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { screensFor } from "../../areas";
import { PURCHASING } from "../../areas/purchasing";
import { type Lang, LangContext } from "../../i18n";
import { RegisterSupplierScreen } from "./RegisterSupplier";

function render(lang: Lang, node: React.ReactNode): string {
  return renderToString(
    <LangContext.Provider value={{ lang, setLang: () => {} }}>
      <ConfigProvider locale={lang === "zh" ? zhCN : enUS}>{node}</ConfigProvider>
    </LangContext.Provider>,
  );
}

describe("the supplier form", () => {
  it("speaks English and Chinese", () => {
    expect(render("en", <RegisterSupplierScreen />)).toContain("Payment terms (days)");
    const zh = render("zh", <RegisterSupplierScreen />);
    expect(zh).toContain("账期（天）");
    expect(zh).not.toContain("Payment terms");
  });
});

describe("the purchasing menu by role", () => {
  const menu = (roles: Parameters<typeof screensFor>[0]) =>
    screensFor(roles, PURCHASING)
      .filter((s) => !s.hidden)
      .map((s) => s.key);
  it("gives the buyer the plan, orders, a new order, suppliers and invoices", () => {
    expect(menu(["purchaser"])).toEqual(["purchase-plan", "purchase-orders", "purchase-order-new", "suppliers", "supplier-invoices"]);
  });
  it("keeps the new purchase order from approvers and accountants", () => {
    expect(menu(["purchase_approver"])).not.toContain("purchase-order-new");
    expect(menu(["accountant"])).not.toContain("purchase-order-new");
  });
  it("gives the warehouse receiving only", () => {
    expect(menu(["warehouse"])).toEqual(["purchase-receiving"]);
    expect(screensFor(["warehouse"], PURCHASING).map((s) => s.key)).toContain("purchase-receive");
  });
  it("keeps the invoice entry from buyers", () => {
    expect(screensFor(["purchaser"], PURCHASING).map((s) => s.key)).not.toContain("supplier-invoice-entry");
  });
});
