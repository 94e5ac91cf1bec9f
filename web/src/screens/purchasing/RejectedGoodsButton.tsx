import { Alert, App, Button, Form, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { purchasing } from "../../api/client";
import type { components } from "../../api/purchasing";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import type { OrderView } from "./model";
import { rejectedGoodsBody, type RejectedLineValues, rejectedLines } from "./orderForms";

type ReturnBody = components["schemas"]["PurchaseReturnBody"];
type ClaimBody = components["schemas"]["ClaimBody"];

/** Rejected goods not yet returned nor claimed: send them back to the supplier (a purchase
 * return, by the warehouse, from the location and lot they lie in) or claim their value (a
 * claim, by the buyer). Per line the quantity (up to what is still open) and the reason. */
export function RejectedGoodsButton(props: { order: OrderView; kind: "return" | "claim"; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const [open, setOpen] = useState(false);
  const { order, kind } = props;
  const id = order.purchase_order_id;
  const start = () => {
    setOpen(true);
  };
  const submit = async (v: { lines?: RejectedLineValues[] }) => {
    const body = rejectedGoodsBody(v.lines ?? [], kind); // the API judges the values
    const init = {
      params: { path: { purchase_order_id: id } },
      headers: { "Idempotency-Key": crypto.randomUUID() },
    };
    const done = await run(() =>
      kind === "return"
        ? purchasing.POST("/purchase-orders/{purchase_order_id}/returns", { ...init, body: body as unknown as ReturnBody })
        : purchasing.POST("/purchase-orders/{purchase_order_id}/claims", { ...init, body: body as unknown as ClaimBody }),
    );
    if (done === undefined) return;
    setOpen(false);
    message.success(t(kind === "return" ? "poReturnDone" : "poClaimDone"));
    props.onDone();
  };
  const lineOf = (no: number) => order.lines.find((l) => l.line_no === no);
  const title = t(kind === "return" ? "poReturn" : "poClaim");
  return (
    <>
      <Button onClick={start} data-testid={`po-${kind}`}>
        {title}
      </Button>
      <Modal
        open={open}
        width={900}
        title={title}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": `po-${kind}-ok` } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ lines: rejectedLines(order) }} data-testid={`po-${kind}-form`}>
          <Form.List name="lines">
            {(lines, { remove }) =>
              lines.map(({ key, name }) => {
                const l = lineOf(form.getFieldValue(["lines", name, "line_no"]) as number);
                return (
                  <Space key={key} align="start" wrap data-testid={`po-${kind}-line-${name}`}>
                    <Form.Item name={[name, "line_no"]} hidden>
                      <Input />
                    </Form.Item>
                    <Typography.Text style={{ display: "inline-block", width: 200, marginTop: 30 }}>
                      {l && `#${l.line_no} ${l.sku} · ${t("poRejectedOpen")} ${l.rejected_open} ${l.unit}`}
                    </Typography.Text>
                    <Form.Item name={[name, "quantity"]} label={t("quantity")}>
                      <Input style={{ width: 100 }} data-testid={`po-${kind}-line-${name}-quantity`} />
                    </Form.Item>
                    <Form.Item name={[name, "reason"]} label={t("reason")}>
                      <Input style={{ width: 200 }} data-testid={`po-${kind}-line-${name}-reason`} />
                    </Form.Item>
                    {kind === "return" && (
                      <Form.Item name={[name, "location"]} label={t("poLocation")}>
                        <Input style={{ width: 110 }} />
                      </Form.Item>
                    )}
                    {kind === "return" && (
                      <Form.Item name={[name, "lot"]} label={t("poLot")}>
                        <Input style={{ width: 110 }} />
                      </Form.Item>
                    )}
                    {lines.length > 1 && (
                      <Button type="link" style={{ marginTop: 30 }} onClick={() => remove(name)}>
                        {t("poRemoveLine")}
                      </Button>
                    )}
                  </Space>
                );
              })
            }
          </Form.List>
          {general && <Alert type="error" title={general} data-testid={`po-${kind}-error`} />}
        </Form>
      </Modal>
    </>
  );
}
