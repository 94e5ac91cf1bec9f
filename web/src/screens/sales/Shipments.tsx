import { Button, Form, Input, Select } from "antd";
import { useState } from "react";
import { useT } from "../../i18n";
import { type ShipmentFilters, ShipmentTable } from "./tables";

const STATUSES = [
  "created",
  "picked",
  "packed",
  "dispatched",
  "in_transit",
  "out_for_delivery",
  "exception",
  "delivered",
  "cancelled",
];

/** The shipments, by warehouse, status, carrier and dispatch day (paged by sales). */
export function ShipmentsScreen() {
  const t = useT();
  const [filters, setFilters] = useState<ShipmentFilters>({});
  return (
    <>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v: ShipmentFilters) =>
          setFilters(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" ? x.trim() : x])))
        }
      >
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 160 }} options={STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="carrier" label={t("slCarrier")}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="dispatched_on" label={`${t("slDispatchedOn")} (YYYY-MM-DD)`}>
          <Input allowClear style={{ width: 130 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="shipments-search">
          {t("search")}
        </Button>
      </Form>
      <ShipmentTable filters={filters} />
    </>
  );
}
