import { App, Form, Input, Space } from "antd";
import { crm } from "../../api/client";
import { useT } from "../../i18n";
import { Action } from "../sales/Action";
import { can, idempotent } from "../sales/common";
import { type CustomerNow, creditLimitBody, redeemBody, updateBody } from "./customerForms";

/** The customer page's commands, each shown to the roles that may use it: edit (crm), the
 * credit limit (credit controller), redeem loyalty points for a voucher (crm, sales). */
export function CustomerActions(props: { id: string; customer: CustomerNow & { currency: string; credit_limit: { amount: string } }; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const c = props.customer;
  const path = { params: { path: { customer_id: props.id } } };
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {can("crm") && (
        <Action
          label={t("crmEditCustomer")}
          testid="customer-edit"
          initialValues={{ name: c.name, customer_group: c.customer_group, sales_owner: c.sales_owner ?? "", tags: c.tags.join(", ") }}
          fields={
            <>
              <Form.Item name="name" label={t("crmEditName")}>
                <Input data-testid="customer-edit-name" />
              </Form.Item>
              <Form.Item name="customer_group" label={t("crmGroup")}>
                <Input data-testid="customer-edit-group" />
              </Form.Item>
              <Form.Item name="sales_owner" label={t("crmOwner")}>
                <Input data-testid="customer-edit-owner" />
              </Form.Item>
              <Form.Item name="tags" label={t("crmEditTags")}>
                <Input data-testid="customer-edit-tags" />
              </Form.Item>
            </>
          }
          call={(v) => crm.POST("/customers/{customer_id}/update", { ...path, body: updateBody(v, c) as never, headers: idempotent() })}
          onDone={props.onDone}
        />
      )}
      {can("credit_controller") && (
        <Action
          label={t("crmSetCreditLimit")}
          testid="customer-credit-limit"
          initialValues={{ amount: c.credit_limit.amount, currency: c.currency }}
          fields={
            <>
              <Form.Item name="amount" label={t("crmCreditLimit")}>
                <Input inputMode="decimal" data-testid="customer-credit-limit-amount" />
              </Form.Item>
              <Form.Item name="currency" label={t("crmEditCurrency")}>
                <Input style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name="reason" label={t("reason")}>
                <Input data-testid="customer-credit-limit-reason" />
              </Form.Item>
            </>
          }
          call={(v) =>
            crm.POST("/customers/{customer_id}/credit-limit", { ...path, body: creditLimitBody(v) as never, headers: idempotent() })
          }
          onDone={props.onDone}
        />
      )}
      {can("crm", "sales") && (
        <Action
          label={t("crmRedeemPoints")}
          testid="customer-redeem"
          fields={
            <>
              <Form.Item name="points" label={t("crmPoints")}>
                <Input inputMode="numeric" data-testid="customer-redeem-points" />
              </Form.Item>
              <Form.Item name="valid_days" label={t("crmValidDays")}>
                <Input inputMode="numeric" />
              </Form.Item>
            </>
          }
          call={(v) =>
            crm.POST("/customers/{customer_id}/loyalty/redeem", {
              ...path,
              body: redeemBody(v, crypto.randomUUID()) as never,
              headers: idempotent(),
            })
          }
          onDone={(answer) => {
            message.info(`${t("crmVoucher")}: ${(answer as { voucher_code?: string }).voucher_code ?? ""}`);
            props.onDone();
          }}
        />
      )}
    </Space>
  );
}
