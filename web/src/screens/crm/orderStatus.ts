// The purchase history's order statuses (crm's jxc.crm.domain.order_progress), from the first
// step to the last, and the words each is shown with.
import type { MessageKey } from "../../i18n";

export const ORDER_STATUSES = [
  "placed",
  "shipped",
  "invoiced",
  "partially_delivered",
  "delivered",
  "returned",
  "cancelled",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const WORDS: Record<OrderStatus, MessageKey> = {
  placed: "crmStatusPlaced",
  shipped: "crmStatusShipped",
  invoiced: "crmStatusInvoiced",
  partially_delivered: "crmStatusPartiallyDelivered",
  delivered: "crmStatusDelivered",
  returned: "crmStatusReturned",
  cancelled: "crmStatusCancelled",
};

/** The words of a status in the user's language; a status this screen does not know yet is
 * shown as the API gives it. */
export function orderStatusLabel(status: string, t: (key: MessageKey) => string): string {
  return status in WORDS ? t(WORDS[status as OrderStatus]) : status;
}
