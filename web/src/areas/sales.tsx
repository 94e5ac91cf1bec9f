import { OrdersScreen } from "../screens/Orders";
import { PlaceOrderScreen } from "../screens/PlaceOrder";
import type { ScreenDef } from "./screen";

export const SALES: ScreenDef[] = [
  {
    key: "orders",
    area: "sales",
    title: "orders",
    roles: ["sales", "credit_controller", "accountant"],
    render: () => <OrdersScreen />,
  },
  { key: "place-order", area: "sales", title: "placeOrder", roles: ["sales"], render: () => <PlaceOrderScreen /> },
];
