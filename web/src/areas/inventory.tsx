import { RegisterItemScreen } from "../screens/RegisterItem";
import { StockScreen } from "../screens/Stock";
import type { ScreenDef } from "./screen";

export const INVENTORY: ScreenDef[] = [
  { key: "stock", area: "inventory", title: "stock", roles: "any", render: () => <StockScreen /> },
  {
    key: "register-item",
    area: "inventory",
    title: "registerItem",
    roles: ["warehouse"],
    render: () => <RegisterItemScreen />,
  },
];
