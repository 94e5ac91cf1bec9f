import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { screensFor } from "../../areas";
import { CRM } from "../../areas/crm";
import { type Lang, LangContext } from "../../i18n";
import { CustomersScreen } from "./Customers";

// no one signed in (the New customer button asks the session)
vi.stubGlobal("sessionStorage", { getItem: () => null });

function render(lang: Lang, node: React.ReactNode): string {
  return renderToString(
    <LangContext.Provider value={{ lang, setLang: () => {} }}>
      <ConfigProvider locale={lang === "zh" ? zhCN : enUS}>{node}</ConfigProvider>
    </LangContext.Provider>,
  );
}

describe("the customer screens", () => {
  it("are for crm and sales staff, not the warehouse", () => {
    expect(screensFor(["crm"], CRM).map((s) => s.key)).toEqual(["customers", "customer", "follow-ups", "feedback", "campaigns"]);
    expect(screensFor(["credit_controller"], CRM).map((s) => s.key)).toEqual(["customers", "customer"]);
    expect(screensFor(["warehouse"], CRM)).toEqual([]);
  });
  it("label the customer list in both languages", () => {
    const en = render("en", <CustomersScreen />);
    expect(en).toContain("Sales owner");
    expect(en).not.toContain("销售负责人");
    const zh = render("zh", <CustomersScreen />);
    expect(zh).toContain("销售负责人");
    expect(zh).toContain("名称或编码");
  });
});
