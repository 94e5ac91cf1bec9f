// GET /vat-rates' answer ({default, categories: {category: rate}}) as table rows, the default
// first; and the body of POST /vat-rates from its form (rate kept as typed).

export interface VatRow {
  category: string | null;
  rate: string;
}

export function vatRows(answer: { default: string; categories: Record<string, string> } | undefined): VatRow[] {
  if (!answer) return [];
  return [
    { category: null, rate: answer.default },
    ...Object.entries(answer.categories)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, rate]) => ({ category, rate })),
  ];
}

export function vatBody(v: { category?: string; rate?: string }) {
  return { category: v.category?.trim() || null, rate: v.rate?.trim() ?? "" };
}
