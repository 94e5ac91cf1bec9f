// Every screen of the back office, by area, in menu order. Each area owns its module.
import type { MessageKey } from "../i18n";
import type { Role } from "../session";
import { CRM } from "./crm";
import { DASHBOARD } from "./dashboard";
import { FINANCE } from "./finance";
import { INVENTORY } from "./inventory";
import { PURCHASING } from "./purchasing";
import { SALES } from "./sales";
import type { Area, ScreenDef } from "./screen";

export type { Area, ScreenDef } from "./screen";

export const SCREENS: ScreenDef[] = [...DASHBOARD, ...INVENTORY, ...PURCHASING, ...SALES, ...CRM, ...FINANCE];

export const AREA_TITLES: Record<Area, MessageKey> = {
  dashboard: "dashboard",
  inventory: "areaInventory",
  purchasing: "areaPurchasing",
  sales: "areaSales",
  crm: "areaCrm",
  finance: "areaFinance",
};

export function canSee(roles: readonly Role[], screen: ScreenDef): boolean {
  return roles.includes("admin") || screen.roles === "any" || screen.roles.some((r) => roles.includes(r));
}

/** The screens a user may open, in menu order (hidden drill-downs included). */
export function screensFor(roles: readonly Role[], all: ScreenDef[] = SCREENS): ScreenDef[] {
  return all.filter((s) => canSee(roles, s));
}
