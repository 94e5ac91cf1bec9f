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
