import { useCallback, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { type Column, type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { NewWarehouseButton } from "./NewWarehouseButton";

type Warehouse = components["schemas"]["WarehouseSummary"];

/** The warehouses: the inventory API answers them all at once (a short list; no filter or
 * paging there), shown as one page. */
export function WarehousesScreen() {
  const t = useT();
  const [reload, setReload] = useState(0);
  const fetchPage = useCallback<FetchPage<Warehouse>>(async () => {
    const { data, error } = await inventory.GET("/warehouses", {});
    return { data: data && { rows: data, next: null }, error };
  }, []);
  const columns: Column<Warehouse>[] = [
    { title: t("invCode"), dataIndex: "code", render: (code: string) => <a href={href("stock", { warehouse: code })}>{code}</a> },
    { title: t("name"), dataIndex: "name" },
    { title: t("invLocations"), dataIndex: "location_count", align: "right" },
    { title: t("invNegativeAllowed"), dataIndex: "allow_negative_on_hand", render: (v: boolean) => (v ? "✓" : "") },
  ];
  return (
    <ServerTable<Warehouse>
      testid="warehouses-table"
      rowKey="code"
      fetchPage={fetchPage}
      columns={columns}
      exportName="warehouses"
      reloadToken={reload}
      toolbar={<NewWarehouseButton onDone={() => setReload((n) => n + 1)} />}
    />
  );
}
