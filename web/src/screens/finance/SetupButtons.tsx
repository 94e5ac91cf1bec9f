import { Form, Input, Select, Switch } from "antd";
import { finance } from "../../api/client";
import { useT } from "../../i18n";
import { CommandModalButton, once } from "./CommandModalButton";

const ACCOUNT_TYPES = ["asset", "liability", "equity", "income", "expense"];

interface AccountValues {
  code?: string;
  name?: string;
  account_type?: string;
  parent?: string;
  active?: boolean;
}

/** Add an account to the chart, or rename, move or (de)activate one by its code (admin). */
export function DefineAccountButton(props: { allowed: boolean; onDone?: () => void }) {
  const t = useT();
  return (
    <CommandModalButton<AccountValues>
      label={t("finDefineAccount")}
      testid="define-account"
      allowed={props.allowed}
      initialValues={{ account_type: "expense", active: true }}
      call={(v) =>
        finance.POST("/accounts", {
          body: {
            code: v.code?.trim() ?? "",
            name: v.name?.trim() ?? "",
            account_type: (v.account_type ?? "") as "asset",
            parent: v.parent?.trim() || null,
            active: v.active ?? true,
          },
          headers: once(),
        })
      }
      done={(_, v) => `${t("finAccountDefined")}: ${v.code?.trim() ?? ""} ${v.name?.trim() ?? ""}`}
      onDone={props.onDone}
    >
      <Form.Item name="code" label={t("finAccount")}>
        <Input data-testid="define-account-code" />
      </Form.Item>
      <Form.Item name="name" label={t("finName")}>
        <Input data-testid="define-account-name" />
      </Form.Item>
      <Form.Item name="account_type" label={t("finAccountType")}>
        <Select options={ACCOUNT_TYPES.map((value) => ({ value, label: value }))} data-testid="define-account-type" />
      </Form.Item>
      <Form.Item name="parent" label={t("finParent")}>
        <Input data-testid="define-account-parent" />
      </Form.Item>
      <Form.Item name="active" label={t("finActive")} valuePropName="checked">
        <Switch />
      </Form.Item>
    </CommandModalButton>
  );
}

/** Add or rename a cost centre, a warehouse or a department (admin). */
export function DefineCostCentreButton(props: { allowed: boolean; onDone?: () => void }) {
  const t = useT();
  return (
    <CommandModalButton<{ code?: string; name?: string; kind?: string; active?: boolean }>
      label={t("finDefineCostCentre")}
      testid="define-cost-centre"
      allowed={props.allowed}
      initialValues={{ kind: "department", active: true }}
      call={(v) =>
        finance.POST("/cost-centres", {
          body: {
            code: v.code?.trim() ?? "",
            name: v.name?.trim() ?? "",
            kind: (v.kind ?? "") as "department",
            active: v.active ?? true,
          },
          headers: once(),
        })
      }
      done={(_, v) => `${t("finCostCentreDefined")}: ${v.code?.trim() ?? ""}`}
      onDone={props.onDone}
    >
      <Form.Item name="code" label={t("finCostCentre")}>
        <Input data-testid="define-cost-centre-code" />
      </Form.Item>
      <Form.Item name="name" label={t("finName")}>
        <Input data-testid="define-cost-centre-name" />
      </Form.Item>
      <Form.Item name="kind" label={t("finCentreKind")}>
        <Select
          options={[
            { value: "department", label: t("finDepartment") },
            { value: "warehouse", label: t("finWarehouseCentre") },
          ]}
        />
      </Form.Item>
      <Form.Item name="active" label={t("finActive")} valuePropName="checked">
        <Switch />
      </Form.Item>
    </CommandModalButton>
  );
}
