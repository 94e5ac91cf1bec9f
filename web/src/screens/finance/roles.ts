// Who may use the finance commands (the services decide; this only hides what the user could
// not use). Mirrors finance's routes: payments by accountants (or admins).
import type { Role } from "../../session";

export function mayRecordPayments(roles: readonly Role[]): boolean {
  return roles.includes("accountant") || roles.includes("admin");
}
