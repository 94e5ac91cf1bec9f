// Where a journal entry came from: its source event's stream names the document
// (`purchase-order-<id>`, `invoice-<id>` ...), and its payload may name others (the purchase
// order of a receipt). Each becomes a candidate screen of the back office; the entry's page
// links the first that exists and shows the event itself otherwise.

export interface Source {
  event_id: string;
  event_type: string;
  stream_id: string | null;
  payload: Record<string, unknown> | null;
}

export interface DocumentLink {
  /** The screen's key (its route). */
  screen: string;
  params: Record<string, string>;
  /** What it is, for the link's text: the stream prefix or the payload's field. */
  kind: string;
  id: string;
}

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** Stream prefix -> the screens that show one such document, by id (most specific first). */
export const STREAM_SCREENS: Record<string, string[]> = {
  "purchase-order": ["purchase-order"],
  "supplier-invoice": ["supplier-invoice"],
  supplier: ["supplier"],
  "sales-order": ["sales-order", "order"],
  invoice: ["invoice", "sales-invoice"],
  shipment: ["shipment"],
  "customer-return": ["customer-return", "return"],
  "delivery-runs": ["delivery-run"],
  quotation: ["quotation"],
  transfer: ["transfer"],
  "stock-count": ["stock-count"],
  customer: ["customer"],
};

/** Payload field naming a document -> its screens. */
export const PAYLOAD_SCREENS: Record<string, string[]> = {
  purchase_order_id: ["purchase-order"],
  order_id: ["sales-order", "order"],
  invoice_id: ["invoice", "sales-invoice"],
  shipment_id: ["shipment"],
  supplier_id: ["supplier"],
  customer_id: ["customer"],
};

/** Every document the source names, as candidate links, the stream's own first. */
export function documentCandidates(source: Source): DocumentLink[] {
  const out: DocumentLink[] = [];
  const m = source.stream_id?.match(new RegExp(`^(.+)-(${UUID})$`));
  if (m) {
    const [, prefix, id] = m;
    // a supplier invoice's own event says "invoice_id" too: its stream decides
    for (const screen of STREAM_SCREENS[prefix] ?? []) out.push({ screen, params: { id }, kind: prefix, id });
  }
  for (const [field, screens] of Object.entries(PAYLOAD_SCREENS)) {
    const id = source.payload?.[field];
    if (typeof id !== "string" || !new RegExp(`^${UUID}$`).test(id)) continue;
    if (m && field === "invoice_id" && m[1] === "supplier-invoice") continue;
    for (const screen of screens) out.push({ screen, params: { id }, kind: field, id });
  }
  // finance's own payments: the payments of the party
  if (m?.[1] === "payment" && typeof source.payload?.party_id === "string")
    out.push({ screen: "fin-payments", params: { party: source.payload.party_id }, kind: "payment", id: m[2] });
  return out;
}

/** The candidates whose screen the user may open, one per document (its first screen). */
export function documentLinks(source: Source, known: ReadonlySet<string>): DocumentLink[] {
  const seen = new Set<string>();
  return documentCandidates(source).filter((c) => {
    const doc = c.id;
    if (!known.has(c.screen) || seen.has(doc)) return false;
    seen.add(doc);
    return true;
  });
}
