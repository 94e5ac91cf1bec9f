// Which of an order's lifecycle commands make sense in its state (sales' order decider:
// confirm a placed order once inventory answered every line; close a delivered one, or a
// partly shipped one whose rest inventory refused or let go of). The API judges; this only
// hides the buttons that could not succeed.
import { compareDecimal } from "./common";

export interface LifecycleLine {
  status: string;
  quantity: string;
  shipped: string;
}

const WILL_NOT_SHIP = new Set(["rejected", "released", "withdrawn"]);

export function orderLifecycle(status: string, lines: readonly LifecycleLine[]): { confirm: boolean; close: boolean } {
  const confirm = status === "placed" && lines.every((l) => l.status !== "pending");
  const close =
    status === "delivered" ||
    (status === "partially_shipped" &&
      lines.every((l) => compareDecimal(l.shipped, l.quantity) >= 0 || WILL_NOT_SHIP.has(l.status)));
  return { confirm, close };
}
