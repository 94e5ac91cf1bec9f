// Price lists between the API and the forms: a list's prices as the revise form starts from,
// and the form's values as the define / revise bodies (text trimmed; the API judges the rest).
import { trimmed } from "./common";

export interface ListedPrice {
  sku: string;
  min_quantity: string;
  unit_price: string;
}

export interface PriceLine {
  sku?: string;
  min_quantity?: string;
  unit_price?: string;
}

export interface PriceListValues {
  code?: string;
  customer_group?: string;
  currency?: string;
  valid_from?: string;
  valid_until?: string;
  prices?: PriceLine[];
}

/** The revise form's lines: the list's prices as they are (a base price's "0" left blank). */
export function pricesToLines(prices: readonly ListedPrice[]): PriceLine[] {
  return prices.map((p) => ({
    sku: p.sku,
    min_quantity: /^0*(\.0*)?$/.test(p.min_quantity) ? undefined : p.min_quantity,
    unit_price: p.unit_price,
  }));
}

/** The body of a define command (or of a revise: without code, group and currency). Empty
 * lines at the end are left out; those in between stay, so the API's messages about a line
 * ("prices.2.unit_price") name the line the user sees. */
export function priceListBody(values: PriceListValues, revise = false): Record<string, unknown> {
  const head = trimmed({
    ...(revise ? {} : { code: values.code, customer_group: values.customer_group, currency: values.currency }),
    valid_from: values.valid_from,
    valid_until: values.valid_until,
  });
  const prices = (values.prices ?? []).map((l) => trimmed({ ...l }));
  while (prices.length > 1 && Object.keys(prices[prices.length - 1]).length === 0) prices.pop();
  return { ...head, prices };
}
