// Who is signed in: the token and what it grants, kept for this browser tab.
export type Role =
  | "purchaser"
  | "purchase_approver"
  | "warehouse"
  | "sales"
  | "credit_controller"
  | "accountant"
  | "crm"
  | "admin";

export const ROLES: Role[] = [
  "warehouse",
  "purchaser",
  "purchase_approver",
  "sales",
  "credit_controller",
  "accountant",
  "crm",
  "admin",
];

export interface Session {
  token: string;
  user: string;
  roles: Role[];
  warehouses: string[];
}

const KEY = "jxc.session";

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

export type Screen = "stock" | "orders" | "place-order" | "register-item";

/** Which roles see a screen (admin sees all). The services decide what a call may do; this
 * only hides what the user could not use. */
export const SCREEN_ROLES: Record<Screen, Role[] | "any"> = {
  stock: "any",
  orders: ["sales", "credit_controller", "accountant"],
  "place-order": ["sales"],
  "register-item": ["warehouse"],
};

export function canSee(roles: readonly Role[], screen: Screen): boolean {
  const allowed = SCREEN_ROLES[screen];
  if (roles.includes("admin") || allowed === "any") return true;
  return allowed.some((r) => roles.includes(r));
}

export function screensFor(roles: readonly Role[]): Screen[] {
  return (Object.keys(SCREEN_ROLES) as Screen[]).filter((s) => canSee(roles, s));
}
