import { App as AntApp, Button, ConfigProvider, Layout, Menu, Space, Tag, Typography } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { useEffect, useMemo, useState } from "react";
import { LangContext, type Lang, type MessageKey, MESSAGES } from "./i18n";
import { OrdersScreen } from "./screens/Orders";
import { PlaceOrderScreen } from "./screens/PlaceOrder";
import { RegisterItemScreen } from "./screens/RegisterItem";
import { SignIn } from "./screens/SignIn";
import { StockScreen } from "./screens/Stock";
import { currentSession, saveSession, type Screen, screensFor, type Session } from "./session";

const TITLES: Record<Screen, MessageKey> = {
  stock: "stock",
  orders: "orders",
  "place-order": "placeOrder",
  "register-item": "registerItem",
};

function initialLang(): Lang {
  const saved = localStorage.getItem("jxc.lang");
  return saved === "en" || saved === "zh" ? saved : "zh";
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [session, setSession] = useState<Session | null>(currentSession);
  const screens = useMemo(() => (session ? screensFor(session.roles) : []), [session]);
  const [screen, setScreen] = useState<Screen>("stock");
  const t = (key: MessageKey) => MESSAGES[lang][key];

  const setLang = (l: Lang) => {
    localStorage.setItem("jxc.lang", l);
    setLangState(l);
  };
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = MESSAGES[lang].appName;
  }, [lang]);
  useEffect(() => {
    if (screens.length && !screens.includes(screen)) setScreen(screens[0]);
  }, [screens, screen]);

  const signedIn = (s: Session | null) => {
    saveSession(s);
    setSession(s);
  };

  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <ConfigProvider locale={lang === "zh" ? zhCN : enUS}>
        <AntApp>
          <Layout style={{ minHeight: "100vh" }}>
            <Layout.Header style={{ display: "flex", alignItems: "center", gap: 16 }}>
              <Typography.Text strong style={{ color: "#fff", whiteSpace: "nowrap" }}>
                {t("appName")}
              </Typography.Text>
              <Menu
                theme="dark"
                mode="horizontal"
                style={{ flex: 1, minWidth: 0 }}
                selectedKeys={[screen]}
                onClick={(e) => setScreen(e.key as Screen)}
                items={screens.map((s) => ({ key: s, label: t(TITLES[s]), "data-testid": `menu-${s}` }))}
              />
              <Space>
                {session && (
                  <>
                    <Typography.Text style={{ color: "#fff" }} data-testid="who">
                      {session.user}
                    </Typography.Text>
                    {session.roles.map((r) => (
                      <Tag key={r}>{r}</Tag>
                    ))}
                  </>
                )}
                <Button
                  size="small"
                  data-testid="language"
                  onClick={() => setLang(lang === "zh" ? "en" : "zh")}
                >
                  {t("language")}
                </Button>
                {session && (
                  <Button size="small" onClick={() => signedIn(null)} data-testid="sign-out">
                    {t("signOut")}
                  </Button>
                )}
              </Space>
            </Layout.Header>
            <Layout.Content style={{ padding: 24 }}>
              {!session ? (
                <SignIn onSignedIn={signedIn} />
              ) : screen === "stock" ? (
                <StockScreen />
              ) : screen === "orders" ? (
                <OrdersScreen />
              ) : screen === "place-order" ? (
                <PlaceOrderScreen />
              ) : (
                <RegisterItemScreen />
              )}
            </Layout.Content>
          </Layout>
        </AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}
