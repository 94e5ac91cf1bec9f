import { RegisterItemScreen } from "../screens/RegisterItem";
import { AbcScreen } from "../screens/inventory/Abc";
import { CountScreen } from "../screens/inventory/Count";
import { ItemsScreen } from "../screens/inventory/Items";
import { ReorderScreen } from "../screens/inventory/Reorder";
import { StockScreen } from "../screens/inventory/Stock";
import { StockCountsScreen } from "../screens/inventory/StockCounts";
import { TransfersScreen } from "../screens/inventory/Transfers";
import { WarehousesScreen } from "../screens/inventory/Warehouses";
import type { ScreenDef } from "./screen";

export const INVENTORY: ScreenDef[] = [
  { key: "stock", area: "inventory", title: "stock", roles: "any", render: (p) => <StockScreen params={p} /> },
  { key: "items", area: "inventory", title: "invItems", roles: "any", render: () => <ItemsScreen /> },
  { key: "warehouses", area: "inventory", title: "invWarehouses", roles: "any", render: () => <WarehousesScreen /> },
  { key: "transfers", area: "inventory", title: "invTransfers", roles: "any", render: () => <TransfersScreen /> },
  { key: "count", area: "inventory", title: "invCount", roles: ["warehouse"], render: () => <CountScreen /> },
  { key: "stock-counts", area: "inventory", title: "invCounts", roles: "any", render: () => <StockCountsScreen /> },
  { key: "reorder", area: "inventory", title: "invReorder", roles: "any", render: (p) => <ReorderScreen params={p} /> },
  { key: "abc", area: "inventory", title: "invAbc", roles: "any", render: () => <AbcScreen /> },
  {
    key: "register-item",
    area: "inventory",
    title: "registerItem",
    roles: ["warehouse"],
    render: () => <RegisterItemScreen />,
  },
];
