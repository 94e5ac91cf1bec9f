/** The day of a timestamp the API gives (2026-12-01T23:33:15Z -> 2026-12-01), "—" for none. */
export function dayOf(at: string | null | undefined): string {
  return at ? at.slice(0, 10) : "—";
}
