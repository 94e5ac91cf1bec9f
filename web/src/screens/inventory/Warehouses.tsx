import { Button, Form, Input, Space } from "antd";
import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { cursorPage, sortParams } from "../../components/sortedPages";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { currentSession } from "../../session";
import { AddLocationButton } from "./AddLocationButton";
import { masterActions } from "./masterForms";
import { WarehouseEditButton } from "./WarehouseEditButton";
import { NewWarehouseButton } from "./NewWarehouseButton";

type Warehouse = components["schemas"]["WarehouseSummary"];

/** The warehouses, those whose code or name holds the text asked, sorted by code or name and
 * keyset paged by the inventory service. */
export function WarehousesScreen() {
  const t = useT();
  const [holding, setHolding] = useState("");
  const [reload, setReload] = useState(0);
  const may = masterActions(currentSession()?.roles ?? []);
  const fetchPage = useCallback<FetchPage<Warehouse>>(
    async (cursor, limit, sort) => {
      const { data, error, response } = await inventory.GET("/warehouses", {
        params: { query: { holding: holding || null, limit, ...sortParams(cursor, sort) } },
      });
      return { data: data && cursorPage(data, response), error };
    },
    [holding],
  );
  const columns: Column<Warehouse>[] = [
    {
      title: t("invCode"),
      dataIndex: "code",
      serverSort: true,
      render: (code: string) => <a href={href("stock", { warehouse: code })}>{code}</a>,
    },
    { title: t("name"), dataIndex: "name", serverSort: true },
    { title: t("invLocations"), dataIndex: "location_count", align: "right" },
    { title: t("invNegativeAllowed"), dataIndex: "allow_negative_on_hand", render: (v: boolean) => (v ? "✓" : "") },
    {
      title: "",
      key: "actions",
      render: (_, r) => (
        <Space>
          {may.editWarehouse && <WarehouseEditButton warehouse={r} onDone={() => setReload((n) => n + 1)} />}
          {may.addLocation && <AddLocationButton code={r.code} onDone={() => setReload((n) => n + 1)} />}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v: { holding?: string }) => setHolding(v.holding?.trim() ?? "")}>
        <Form.Item name="holding" label={t("invCodeOrName")}>
          <Input allowClear data-testid="warehouses-filter" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="warehouses-search">
          {t("search")}
        </Button>
      </Form>
      <ServerTable<Warehouse> testid="warehouses-table" rowKey="code" fetchPage={fetchPage} columns={columns} exportName="warehouses" reloadToken={reload}
        toolbar={<NewWarehouseButton onDone={() => setReload((n) => n + 1)} />}
      />
    </>
  );
}
