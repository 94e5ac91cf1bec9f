// What a screen is to the shell: its route key, the menu group and title, who may see it, and
// how it renders from its route's parameters.
import type { ReactNode } from "react";
import type { MessageKey } from "../i18n";
import type { Role } from "../session";

export type Area = "dashboard" | "inventory" | "purchasing" | "sales" | "crm" | "finance";

export interface ScreenDef {
  /** The route (#/<key>) and the menu item's test id (menu-<key>). */
  key: string;
  area: Area;
  title: MessageKey;
  /** Who sees it (admin sees all). The services decide what a call may do; this only hides
   * what the user could not use. */
  roles: readonly Role[] | "any";
  render: (params: URLSearchParams) => ReactNode;
  /** Reached by a link (a drill-down to one document), not from the menu. */
  hidden?: boolean;
}
