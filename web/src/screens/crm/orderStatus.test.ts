import { describe, expect, it } from "vitest";
import { MESSAGES, type MessageKey } from "../../i18n";
import { ORDER_STATUSES, orderStatusLabel } from "./orderStatus";

describe("an order's status in the purchase history", () => {
  const en = (key: MessageKey) => MESSAGES.en[key];
  const zh = (key: MessageKey) => MESSAGES.zh[key];
  it("is shown in words in both languages", () => {
    expect(orderStatusLabel("delivered", en)).toBe("Delivered");
    expect(orderStatusLabel("delivered", zh)).toBe("已签收");
    expect(orderStatusLabel("partially_delivered", en)).toBe("Partially delivered");
    expect(orderStatusLabel("returned", zh)).toBe("已退货");
  });
  it("has words for every status crm answers, distinct in each language", () => {
    for (const t of [en, zh]) {
      const words = ORDER_STATUSES.map((s) => orderStatusLabel(s, t));
      expect(words.every((w, i) => w !== ORDER_STATUSES[i])).toBe(true);
      expect(new Set(words).size).toBe(ORDER_STATUSES.length);
    }
  });
  it("shows a status it does not know as the API gives it", () => {
    expect(orderStatusLabel("lost_at_sea", en)).toBe("lost_at_sea");
  });
});
