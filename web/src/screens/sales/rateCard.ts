// A carrier service's rate card as the form edits it: one row per weight bracket (zone,
// destinations, up to kg, price), grouped back into the API's zones. Decimals kept as typed.

export interface Zone {
  zone: string;
  destinations: string[];
  brackets: { up_to_kg: string; price: string }[];
}

export interface BracketRow {
  zone?: string;
  destinations?: string;
  up_to_kg?: string;
  price?: string;
}

/** The API's zones as the form's rows, a row per bracket. */
export function rowsOf(zones: readonly Zone[]): BracketRow[] {
  return zones.flatMap((z) =>
    z.brackets.map((b) => ({ zone: z.zone, destinations: z.destinations.join(", "), up_to_kg: String(b.up_to_kg), price: String(b.price) })),
  );
}

/** The form's rows as the API's zones: rows of one zone merged (in the order first met),
 * their destinations united; blank rows left out. */
export function zonesOf(rows: readonly (BracketRow | undefined)[]): Zone[] {
  const zones = new Map<string, Zone>();
  for (const row of rows) {
    if (!row || ![row.zone, row.destinations, row.up_to_kg, row.price].some((v) => v?.trim())) continue;
    const code = row.zone?.trim() ?? "";
    const zone = zones.get(code) ?? { zone: code, destinations: [], brackets: [] };
    zones.set(code, zone);
    for (const d of (row.destinations ?? "").split(",").map((s) => s.trim())) if (d && !zone.destinations.includes(d)) zone.destinations.push(d);
    zone.brackets.push({ up_to_kg: row.up_to_kg?.trim() ?? "", price: row.price?.trim() ?? "" });
  }
  return [...zones.values()];
}
