// The dashboard's cards: who sees each (the roles that can read its source) and where each
// links to. The services decide what a call may do; this hides what the user could not read.
import type { Role } from "../../session";

export type CardKey = "stockValue" | "alerts" | "purchasing" | "salesToday" | "target" | "receivables" | "pnl";

export interface CardDef {
  key: CardKey;
  /** The roles that can read the card's source ("any": every signed-in user). */
  roles: readonly Role[] | "any";
  /** The screen (route key) the card opens, with its parameters. */
  link: { screen: string; params?: Record<string, string> };
}

export const CARDS: CardDef[] = [
  { key: "stockValue", roles: "any", link: { screen: "stock" } },
  { key: "alerts", roles: "any", link: { screen: "reorder", params: { tab: "alerts" } } },
  { key: "purchasing", roles: "any", link: { screen: "purchase-orders" } },
  { key: "salesToday", roles: "any", link: { screen: "orders" } },
  { key: "target", roles: "any", link: { screen: "sales-targets" } },
  // finance's reads need an accountant
  { key: "receivables", roles: ["accountant"], link: { screen: "fin-aging", params: { kind: "receivable" } } },
  { key: "pnl", roles: ["accountant"], link: { screen: "fin-pnl" } },
];

export function cardsFor(roles: readonly Role[], all: CardDef[] = CARDS): CardDef[] {
  return all.filter((c) => roles.includes("admin") || c.roles === "any" || c.roles.some((r) => roles.includes(r)));
}
