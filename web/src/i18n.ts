// The two languages of the back office. Ant Design's own texts come from its zh-CN and en-US
// locales; ours from the catalogues in messages/, one per area, where the compiler checks that
// Chinese gives every English key and a test that no two areas claim the same key.
import { createContext, useContext } from "react";
import common from "./messages/common";
import crm from "./messages/crm";
import dashboard from "./messages/dashboard";
import finance from "./messages/finance";
import inventory from "./messages/inventory";
import purchasing from "./messages/purchasing";
import sales from "./messages/sales";

export type Lang = "zh" | "en";

export const CATALOGUES = { common, dashboard, inventory, purchasing, sales, crm, finance };

const en = {
  ...common.en,
  ...dashboard.en,
  ...inventory.en,
  ...purchasing.en,
  ...sales.en,
  ...crm.en,
  ...finance.en,
};
export type MessageKey = keyof typeof en;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
  en,
  zh: {
    ...common.zh,
    ...dashboard.zh,
    ...inventory.zh,
    ...purchasing.zh,
    ...sales.zh,
    ...crm.zh,
    ...finance.zh,
  },
};

export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: "zh",
  setLang: () => {},
});

export function useT(): (key: MessageKey) => string {
  const { lang } = useContext(LangContext);
  return (key) => MESSAGES[lang][key];
}

/** The current language, for formatting numbers and dates. */
export function useLang(): Lang {
  return useContext(LangContext).lang;
}
