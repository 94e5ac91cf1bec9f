import { currentSession, type Role } from "../../session";

/** Whether the signed-in user's roles allow a command (admin may do all): buttons of the
 * commands a user cannot use are hidden; the services decide. */
export function can(role: Role, roles: readonly Role[] = currentSession()?.roles ?? []): boolean {
  return roles.includes("admin") || roles.includes(role);
}
