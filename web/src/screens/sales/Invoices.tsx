import { Button, Form, Input } from "antd";
import { useState } from "react";
import { useT } from "../../i18n";
import { InvoiceTable } from "./tables";

/** Sales invoices (one per dispatched shipment), by order or customer (paged by sales). */
export function InvoicesScreen() {
  const t = useT();
  const [filters, setFilters] = useState<{ order_id?: string; customer_id?: string }>({});
  return (
    <>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v: { order_id?: string; customer_id?: string }) =>
          setFilters({ order_id: v.order_id?.trim(), customer_id: v.customer_id?.trim() })
        }
      >
        <Form.Item name="order_id" label={t("slOrderId")}>
          <Input allowClear style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="customer_id" label={t("customer")}>
          <Input allowClear style={{ width: 320 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      <InvoiceTable orderId={filters.order_id} customerId={filters.customer_id} />
    </>
  );
}
