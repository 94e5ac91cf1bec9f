import { Alert, Button, Card, Form, Input, Space } from "antd";
import { sales } from "../../api/client";
import type { components } from "../../api/sales";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { navigate } from "../../nav";
import { idempotent, trimmed } from "./common";

type Body = components["schemas"]["RequestReturnBody"];

/** A customer's return request (RMA): which of the order's lines, how many, and why. */
export function RequestReturnScreen({ orderId }: { orderId?: string }) {
  const t = useT();
  const { form, general, run } = useCommandForm();
  const submit = async (values: { order_id?: string; reason?: string; lines?: Record<string, string>[] }) => {
    const body = {
      order_id: values.order_id?.trim() ?? "",
      reason: values.reason?.trim() ?? "",
      lines: (values.lines ?? []).map((l) => trimmed(l)),
    } as unknown as Body;
    const made = await run(() => sales.POST("/customer-returns", { body, headers: idempotent() }));
    if (made !== undefined) navigate("return", { id: (made as { id: string }).id });
  };
  return (
    <Card title={t("slRequestReturn")} style={{ maxWidth: 800 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ order_id: orderId, lines: [{}] }} data-testid="return-form">
        <Form.Item name="order_id" label={t("slOrderId")}>
          <Input data-testid="return-order" />
        </Form.Item>
        <Form.List name="lines">
          {(lines, { add, remove }) => (
            <>
              {lines.map(({ key, name }) => (
                <Space key={key} align="start">
                  <Form.Item name={[name, "line_no"]} label={t("line")}>
                    <Input data-testid={`return-line-${name}-line`} />
                  </Form.Item>
                  <Form.Item name={[name, "quantity"]} label={t("quantity")}>
                    <Input data-testid={`return-line-${name}-quantity`} />
                  </Form.Item>
                  {lines.length > 1 && (
                    <Button style={{ marginTop: 30 }} onClick={() => remove(name)}>
                      −
                    </Button>
                  )}
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({})}>{t("addLine")}</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="reason" label={t("reason")}>
          <Input data-testid="return-reason" />
        </Form.Item>
        {general && <Alert type="error" title={general} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" data-testid="return-submit">
          {t("submit")}
        </Button>
      </Form>
    </Card>
  );
}
