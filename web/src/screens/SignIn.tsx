import { Alert, Button, Card, Form, Input, Select } from "antd";
import { useEffect, useState } from "react";
import { useT } from "../i18n";
import { ROLES, type Role, type Session } from "../session";

interface Values {
  user: string;
  roles: Role[];
  warehouses: string;
}

/** Development sign-in: the gateway mints a token with the platform's development key. In
 * production (the services verify an identity provider's JWKS) the gateway refuses, and this
 * screen says so. */
export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [devOn, setDevOn] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch("/gateway/config")
      .then((r) => r.json())
      .then((c: { dev_sign_in: boolean }) => setDevOn(c.dev_sign_in))
      .catch(() => setDevOn(false));
  }, []);

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
      {devOn === false && <Alert type="warning" title={t("devSignInOff")} />}
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
