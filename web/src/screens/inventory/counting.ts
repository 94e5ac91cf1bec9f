// A handheld count's lines: each scan counts one more of its item (a new item starts at 1),
// exact decimal strings, the item scanned last first.
import { addDecimals } from "../../components/decimals";

export interface CountedLine {
  sku: string;
  counted: string;
}

export function scanned(lines: CountedLine[], sku: string): CountedLine[] {
  const found = lines.find((l) => l.sku === sku);
  const counted = found ? addDecimals(found.counted || "0", "1") : "1";
  return [{ sku, counted }, ...lines.filter((l) => l.sku !== sku)];
}

/** What a count covers, in a few words: all, one location, or the selected SKUs. */
export function scopeOf(count: { scope: string; location?: string | null; skus: string[] }): string {
  if (count.location) return `${count.scope}: ${count.location}`;
  if (count.skus.length) return `${count.scope}: ${count.skus.join(", ")}`;
  return count.scope;
}
