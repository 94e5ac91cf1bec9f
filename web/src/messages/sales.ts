// The sales and logistics screens' words.
// `en` is the key list; `zh` must give every one of them (the compiler checks).
import type { Catalog } from "./catalog";

const en = {
  orders: "Sales orders",
  orderNo: "Order no.",
  takenOn: "Taken on",
  promisedOn: "Promised on",
  backorders: "Backordered lines",
  position: "Queue position",
  placeOrder: "Place order",
  customer: "Customer ID",
  unitPrice: "Unit price",
  addLine: "Add line",
} as const;

const zh: Catalog<typeof en> = {
  orders: "销售订单",
  orderNo: "订单号",
  takenOn: "下单日",
  promisedOn: "承诺日",
  backorders: "缺货订单行",
  position: "排队位置",
  placeOrder: "下销售订单",
  customer: "客户 ID",
  unitPrice: "单价",
  addLine: "添加行",
};

export default { en, zh };
