import { Alert, Button, Card, Form, Input, Select } from "antd";
import { useEffect, useState } from "react";
import { useT } from "../i18n";
import { ROLES, type Role, type Session } from "../session";

interface Values {
  user: string;
  roles: Role[];
  warehouses: string;
}

/** What the gateway says about signing in. */
export interface GatewayConfig {
  dev_sign_in: boolean;
  oidc?: { provider: string; login: string } | null;
}

/** The session an OIDC sign-in handed over (the gateway's one-time cookie), or why it failed;
 * null when none waits. */
export async function pickUpOidcSession(): Promise<Session | { error: string } | null> {
  const answer = await fetch("/gateway/oidc/session", { method: "POST", credentials: "same-origin" });
  if (answer.status === 204) return null;
  const body = await answer.json();
  if (!answer.ok) return { error: body.detail ?? answer.statusText };
  return { token: body.token, user: body.user, roles: body.roles, warehouses: body.warehouses };
}

/** Development sign-in: the gateway mints a token with the platform's development key. In
 * production (the services verify an identity provider's JWKS) the gateway refuses it and
 * offers "Sign in with <provider>" instead: the Authorization Code flow with PKCE, done by the
 * gateway, which hands the session back once (pickUpOidcSession). */
export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [devOn, setDevOn] = useState<boolean | null>(null);
  const [oidc, setOidc] = useState<GatewayConfig["oidc"]>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch("/gateway/config")
      .then((r) => r.json())
      .then(async (c: GatewayConfig) => {
        setDevOn(c.dev_sign_in);
        setOidc(c.oidc ?? null);
        if (!c.oidc) return;
        const handed = await pickUpOidcSession();
        if (handed && "error" in handed) setError(handed.error);
        else if (handed) onSignedIn(handed);
      })
      .catch(() => setDevOn(false));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    setError(null);
    const warehouses = values.warehouses
      .split(",")
      .map((w) => w.trim())
      .filter(Boolean);
    const answer = await fetch("/gateway/dev-token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user: values.user, roles: values.roles, warehouses }),
    });
    const body = await answer.json();
    if (!answer.ok) {
      setError(body.detail ?? answer.statusText);
      return;
    }
    onSignedIn({ token: body.token, user: body.user, roles: body.roles, warehouses: body.warehouses });
  };

  return (
    <Card title={t("signIn")} style={{ maxWidth: 480, margin: "48px auto" }}>
      {devOn === false && <Alert type="warning" title={t("devSignInOff")} style={{ marginBottom: 16 }} />}
      {oidc && (
        <Button type="primary" block href={oidc.login} data-testid="sign-in-oidc" style={{ marginBottom: 16 }}>
          {t("oidcSignInWith")} {oidc.provider}
        </Button>
      )}
      {error && !devOn && <Alert type="error" title={error} data-testid="sign-in-error" />}
      {devOn && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ user: "zhang.san", roles: ["warehouse"], warehouses: "*" }}
          onFinish={submit}
        >
          <Alert type="info" title={t("devSignIn")} style={{ marginBottom: 16 }} />
          <Form.Item name="user" label={t("user")} rules={[{ required: true }]}>
            <Input data-testid="sign-in-user" />
          </Form.Item>
          <Form.Item name="roles" label={t("roles")} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              data-testid="sign-in-roles"
              options={ROLES.map((r) => ({ value: r, label: r }))}
            />
          </Form.Item>
          <Form.Item name="warehouses" label={t("warehouses")} rules={[{ required: true }]}>
            <Input data-testid="sign-in-warehouses" />
          </Form.Item>
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" data-testid="sign-in-submit">
            {t("signIn")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
