import { DashboardScreen } from "../screens/dashboard/Dashboard";
import type { ScreenDef } from "./screen";

export const DASHBOARD: ScreenDef[] = [
  { key: "dashboard", area: "dashboard", title: "dashboard", roles: "any", render: () => <DashboardScreen /> },
];
