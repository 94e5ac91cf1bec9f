import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { purchasing } from "../../api/client";
import type { components } from "../../api/purchasing";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import type { SupplierRow } from "./model";
import { supplierUpdateBody, type SupplierValues, supplierValues } from "./supplierForms";

type Body = components["schemas"]["UpdateSupplierBody"];

/** Edit a supplier's name, email and payment terms. */
export function SupplierEditButton(props: { supplier: SupplierRow; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const start = () => {
    setOpen(true);
  };
  const submit = async (v: SupplierValues) => {
    const done = await run(() =>
      purchasing.POST("/suppliers/{supplier_id}/update", {
        params: { path: { supplier_id: props.supplier.supplier_id } },
        body: supplierUpdateBody(v) as unknown as Body, // the API judges the values
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(`${t("poSupplierEditDone")} · ${props.supplier.code}`);
    props.onDone();
  };
  return (
    <>
      <Button onClick={start} data-testid="supplier-edit">
        {t("poSupplierEdit")}
      </Button>
      <Modal
        open={open}
        title={`${t("poSupplierEdit")} · ${props.supplier.code}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "supplier-edit-ok" } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={supplierValues(props.supplier)}>
          <Form.Item name="name" label={t("name")}>
            <Input data-testid="supplier-edit-name" />
          </Form.Item>
          <Form.Item name="email" label={t("purEmail")}>
            <Input data-testid="supplier-edit-email" />
          </Form.Item>
          <Form.Item name="payment_terms_days" label={t("purPaymentTerms")}>
            <Input data-testid="supplier-edit-terms" />
          </Form.Item>
          {general && <Alert type="error" title={general} />}
        </Form>
      </Modal>
    </>
  );
}
