// The API's decimal strings summed, compared and rounded exactly (BigInt), never through
// floats; and how screens show money (to the cent) and per-unit amounts (to 4 places).

function parse(value: string): { digits: bigint; scale: number } {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m || (m[2] === "" && !m[3])) throw new Error(`not a decimal: ${value}`);
  const fraction = m[3] ?? "";
  return { digits: BigInt(`${m[1] === "-" ? "-" : ""}${m[2] || "0"}${fraction}`), scale: fraction.length };
}

/** The exact sum of decimal strings ("1.5" + "-0.25" = "1.25"); trailing zeros dropped. */
export function addDecimals(...values: string[]): string {
  const parsed = values.map(parse);
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  const total = parsed.reduce((sum, p) => sum + p.digits * 10n ** BigInt(scale - p.scale), 0n);
  const negative = total < 0n;
  const text = (negative ? -total : total).toString().padStart(scale + 1, "0");
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, "");
  const shown = fraction ? `${whole}.${fraction}` : whole;
  return negative && shown !== "0" ? `-${shown}` : shown;
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareDecimals(a: string, b: string): number {
  const d = addDecimals(a, b.startsWith("-") ? b.slice(1) : `-${b.replace(/^\+/, "")}`);
  return d === "0" ? 0 : d.startsWith("-") ? -1 : 1;
}

/** A decimal string shown to `places` places, rounded half away from zero on its digits
 * (as the services round money: ROUND_HALF_UP), never through a float: "243678.138134" →
 * "243678.14", "-0.005" → "-0.01", "12" → "12.00". Values and costs keep 6 places in the API;
 * people read money to the cent. */
export function roundDecimal(value: string, places = 2): string {
  const { digits, scale } = parse(value);
  const negative = digits < 0n;
  let magnitude = negative ? -digits : digits;
  if (scale > places) {
    const cut = 10n ** BigInt(scale - places);
    const kept = magnitude / cut;
    magnitude = magnitude % cut >= cut / 2n ? kept + 1n : kept; // cut: a power of ten, even
  } else {
    magnitude *= 10n ** BigInt(places - scale);
  }
  const text = magnitude.toString().padStart(places + 1, "0");
  const whole = text.slice(0, text.length - places);
  const shown = places ? `${whole}.${text.slice(text.length - places)}` : whole;
  return negative && magnitude !== 0n ? `-${shown}` : shown;
}

/** Money as people read it: to the cent (values, totals, invoice amounts); "" for none. The
 * exports keep the API's exact decimals (a column's raw value, not its render). */
export function money(value: string | null | undefined): string {
  return value == null || value === "" ? "" : roundDecimal(value, 2);
}

/** A unit cost or price: to 4 places at most (costs worked out by division — a weighted or
 * FIFO cost — matter below the cent on many units), trailing zeros dropped down to the cent:
 * "2.500000" → "2.50", "2.123456" → "2.1235". */
export function perUnit(value: string | null | undefined): string {
  if (value == null || value === "") return "";
  const shown = roundDecimal(value, 4);
  return shown.replace(/(\.\d\d\d?)0+$/, "$1").replace(/(\.\d\d)0$/, "$1");
}
