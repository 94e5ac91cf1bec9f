import { Alert, Form, Input, Modal } from "antd";
import { useEffect } from "react";
import { purchasing } from "../../api/client";
import type { components } from "../../api/purchasing";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import type { Suggestion } from "./model";
import { SupplierPicker } from "./SupplierPicker";

type Body = components["schemas"]["DraftOrderBody"];

/** A suggestion turned into a draft purchase order (purchasing's draft-po route): the
 * supplier, and the price, quantity and date if not the defaults. */
export function DraftOrderForm(props: { suggestion: Suggestion | null; onClose: () => void; onDrafted: () => void }) {
  const t = useT();
  const { form, general, run } = useCommandForm();
  const s = props.suggestion;
  useEffect(() => {
    if (s) form.resetFields();
  }, [s, form]);
  const submit = async (v: Record<string, string | undefined>) => {
    if (!s) return;
    const body = {
      supplier_id: v.supplier_id ?? "",
      ...(v.unit_price?.trim() ? { unit_price: v.unit_price.trim() } : {}),
      ...(v.quantity?.trim() ? { quantity: v.quantity.trim() } : {}),
      ...(v.expected_date?.trim() ? { expected_date: v.expected_date.trim() } : {}),
    } as unknown as Body;
    const done = await run(() =>
      purchasing.POST("/purchase-plan/{suggestion_id}/draft-po", {
        params: { path: { suggestion_id: s.suggestion_id } },
        body,
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (done === undefined) return;
    props.onDrafted();
    navigate("purchase-order", { id: (done as { id: string }).id });
  };
  return (
    <Modal
      open={s !== null}
      title={s ? `${t("purDraftPoFor")} ${s.sku} @ ${s.warehouse}` : ""}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ "data-testid": "draft-submit" } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="draft-form">
        <Form.Item name="supplier_id" label={t("purSupplier")}>
          <SupplierPicker testid="draft-supplier" />
        </Form.Item>
        <Form.Item name="quantity" label={t("purQuantityDefault")}>
          <Input placeholder={s?.suggested_quantity} data-testid="draft-quantity" />
        </Form.Item>
        <Form.Item name="unit_price" label={t("purUnitPrice")}>
          <Input data-testid="draft-price" />
        </Form.Item>
        <Form.Item name="expected_date" label={t("purExpectedDate")}>
          <Input />
        </Form.Item>
        {general && <Alert type="error" title={general} />}
      </Form>
    </Modal>
  );
}
