// Components rendered (server-side, no DOM needed) in each language.
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type Lang, LangContext } from "../i18n";
import { RegisterItemScreen } from "./RegisterItem";

function render(lang: Lang, node: React.ReactNode): string {
  return renderToString(
    <LangContext.Provider value={{ lang, setLang: () => {} }}>
      <ConfigProvider locale={lang === "zh" ? zhCN : enUS}>{node}</ConfigProvider>
    </LangContext.Provider>,
  );
}

describe("the item form", () => {
  it("labels its fields in English", () => {
    const html = render("en", <RegisterItemScreen />);
    expect(html).toContain("Register item");
    expect(html).toContain("Barcode");
    expect(html).not.toContain("条码");
  });
  it("labels its fields in Chinese", () => {
    const html = render("zh", <RegisterItemScreen />);
    expect(html).toContain("登记商品");
    expect(html).toContain("条码");
    expect(html).toContain("按批次管理");
    expect(html).not.toContain("Barcode");
  });
});
