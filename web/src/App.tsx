import { App as AntApp, Button, ConfigProvider, Layout, Menu, Result, Space, Tag, Typography } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { useEffect, useMemo, useState } from "react";
import { motionTheme, useReducedMotion } from "./components/motion";
import { AREA_TITLES, type Area, SCREENS, screensFor } from "./areas";
import { LangContext, type Lang, MESSAGES, type MessageKey } from "./i18n";
import { navigate, useRoute } from "./nav";
import { SignIn } from "./screens/SignIn";
import { currentSession, saveSession, type Session } from "./session";

function initialLang(): Lang {
  const saved = localStorage.getItem("jxc.lang");
  return saved === "en" || saved === "zh" ? saved : "zh";
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [session, setSession] = useState<Session | null>(currentSession);
  const reducedMotion = useReducedMotion();
  const screens = useMemo(() => (session ? screensFor(session.roles) : []), [session]);
  const route = useRoute();
  const t = (key: MessageKey) => MESSAGES[lang][key];
  const screen = screens.find((s) => s.key === route.screen);

  const setLang = (l: Lang) => {
    localStorage.setItem("jxc.lang", l);
    setLangState(l);
  };
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = MESSAGES[lang].appName;
  }, [lang]);
  useEffect(() => {
    // no screen named (or signed in anew): the first the user may see
    if (screens.length && !route.screen) navigate(screens.find((s) => !s.hidden)?.key ?? screens[0].key);
  }, [screens, route.screen]);

  const signedIn = (s: Session | null) => {
    saveSession(s);
    setSession(s);
    if (!s) navigate("");
  };

  const menu = useMemo(() => {
    const areas = [...new Set(screens.filter((s) => !s.hidden).map((s) => s.area))] as Area[];
    return areas.map((area) => ({
      key: `area-${area}`,
      label: MESSAGES[lang][AREA_TITLES[area]],
      type: "group" as const,
      children: screens
        .filter((s) => s.area === area && !s.hidden)
        .map((s) => ({ key: s.key, label: MESSAGES[lang][s.title], "data-testid": `menu-${s.key}` })),
    }));
  }, [screens, lang]);

  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <ConfigProvider locale={lang === "zh" ? zhCN : enUS} theme={motionTheme(reducedMotion)}>
        {/* keyed by the user: signing out or in anew drops the previous user's notices and screen state */}
        <AntApp key={session ? `${session.user}/${session.roles.join(",")}` : "signed-out"}>
          <Layout style={{ minHeight: "100vh" }}>
            <Layout.Header style={{ display: "flex", alignItems: "center", gap: 16 }}>
              <Typography.Text strong style={{ color: "#fff", whiteSpace: "nowrap", flex: 1 }}>
                {t("appName")}
              </Typography.Text>
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
                <Button size="small" data-testid="language" onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
                  {t("language")}
                </Button>
                {session && (
                  <Button size="small" onClick={() => signedIn(null)} data-testid="sign-out">
                    {t("signOut")}
                  </Button>
                )}
              </Space>
            </Layout.Header>
            <Layout>
              {session && (
                <Layout.Sider width={200} breakpoint="lg" collapsedWidth={0} theme="light">
                  <Menu
                    mode="inline"
                    selectedKeys={screen ? [screen.key] : []}
                    onClick={(e) => navigate(e.key)}
                    items={menu}
                    data-testid="menu"
                  />
                </Layout.Sider>
              )}
              <Layout.Content style={{ padding: 24, minWidth: 0 }}>
                {!session ? (
                  <SignIn onSignedIn={signedIn} />
                ) : screen ? (
                  <div key={screen.key}>{screen.render(route.params)}</div>
                ) : SCREENS.some((s) => s.key === route.screen) ? (
                  <Result status="403" title={t("forbidden")} subTitle={route.screen} />
                ) : route.screen ? (
                  <Result status="404" title={t("notFound")} subTitle={route.screen} />
                ) : null}
              </Layout.Content>
            </Layout>
          </Layout>
        </AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}
