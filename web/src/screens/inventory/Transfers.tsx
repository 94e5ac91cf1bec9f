import { App, Button, Form, Input, Select, Space } from "antd";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { RequestTransfer } from "./RequestTransfer";
import { can } from "./roles";
import { TransferCancelButton } from "./TransferCancelButton";
import { TransferCloseButton } from "./TransferCloseButton";

type Transfer = components["schemas"]["TransferView"];
type Status = components["schemas"]["TransferStatus"];
const STATUSES: Status[] = ["requested", "dispatched", "partially_received", "received", "closed", "cancelled"];

/** Transfers between warehouses, filtered, sorted and keyset paged by the service (status,
 * warehouse, SKU; the latest requested first unless a sortable header says otherwise). */
export function TransfersScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { general, run } = useCommandForm();
  const [filters, setFilters] = useState<{ status?: Status; warehouse?: string; sku?: string }>({});
  const [reload, setReload] = useState(0);
  const fetchPage = useCallback<FetchPage<Transfer>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/transfers", {
        params: {
          query: { status: filters.status ?? null, warehouse: filters.warehouse || null, sku: filters.sku || null, limit, ...sortParams(cursor, sort) },
        },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [filters],
  );
  const key = () => ({ "Idempotency-Key": crypto.randomUUID() });
  const done = (answer: unknown) => {
    if (answer === undefined) return;
    message.success(t("saved"));
    setReload((n) => n + 1);
  };
  const dispatch = async (tr: Transfer) =>
    done(await run(() => inventory.POST("/transfers/{transfer_id}/dispatch", { params: { path: { transfer_id: tr.transfer_id } }, headers: key() })));
  const receiveAll = async (tr: Transfer) =>
    done(
      await run(() =>
        inventory.POST("/transfers/{transfer_id}/receive", {
          params: { path: { transfer_id: tr.transfer_id } },
          body: { close: false, lines: tr.lines.map((l) => ({ line_no: l.line_no, quantity_received: l.in_transit, quantity_lost: "0" })) },
          headers: key(),
        }),
      ),
    );
  const warehouseUser = can("warehouse");
  const columns: Column<Transfer>[] = [
    { title: t("invFrom"), dataIndex: "from_warehouse", serverSort: true },
    { title: t("invTo"), dataIndex: "to_warehouse", serverSort: true },
    { title: t("status"), dataIndex: "status", serverSort: true },
    { title: t("invLines"), render: (_, r) => r.lines.map((l) => `${l.sku} ×${l.quantity}`).join(", "), exportValue: (r) => r.lines.map((l) => `${l.sku} x${l.quantity}`).join(", "), exportTitle: t("invLines") },
    { title: t("inTransit"), dataIndex: "in_transit", align: "right" },
    { title: t("invRequestedAt"), dataIndex: "requested_at", serverSort: true },
    {
      title: "",
      key: "actions",
      render: (_, r) =>
        warehouseUser && (
          <Space>
            {r.status === "requested" && (
              <Button size="small" onClick={() => void dispatch(r)} data-testid={`dispatch-${r.transfer_id}`}>
                {t("invDispatch")}
              </Button>
            )}
            {(r.status === "dispatched" || r.status === "partially_received") && (
              <Button size="small" onClick={() => void receiveAll(r)} data-testid={`receive-${r.transfer_id}`}>
                {t("invReceiveAll")}
              </Button>
            )}
            {r.status === "requested" && <TransferCancelButton transferId={r.transfer_id} onDone={() => setReload((n) => n + 1)} />}
            {["dispatched", "partially_received", "received"].includes(r.status) && (
              <TransferCloseButton transferId={r.transfer_id} onDone={() => setReload((n) => n + 1)} />
            )}
          </Space>
        ),
    },
  ];
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: typeof filters) => setFilters(v)}>
        <Form.Item name="status" label={t("status")}>
          <Select allowClear style={{ width: 180 }} options={STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="sku" label={t("sku")}>
          <Input allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("search")}
        </Button>
      </Form>
      {general && <div style={{ color: "#cf1322", marginBottom: 8 }}>{general}</div>}
      <ServerTable<Transfer> testid="transfers-table" rowKey="transfer_id" fetchPage={fetchPage} columns={columns} exportName="transfers" reloadToken={reload} />
      {warehouseUser && <RequestTransfer onDone={() => setReload((n) => n + 1)} />}
    </>
  );
}
