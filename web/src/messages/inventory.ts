// The inventory screens' words.
// `en` is the key list; `zh` must give every one of them (the compiler checks).
import type { Catalog } from "./catalog";

const en = {
  stock: "Stock",
  registerItem: "Register item",
  onHand: "On hand",
  reserved: "Reserved",
  available: "Available",
  inTransit: "In transit",
  backordered: "Backordered",
  ledger: "Stock ledger",
  movement: "Movement",
  onHandAfter: "On hand after",
  barcode: "Barcode",
  lotTracked: "Lot tracked",
} as const;

const zh: Catalog<typeof en> = {
  stock: "库存",
  registerItem: "登记商品",
  onHand: "在库",
  reserved: "已预留",
  available: "可用",
  inTransit: "在途",
  backordered: "缺货待配",
  ledger: "库存流水",
  movement: "变动",
  onHandAfter: "变动后在库",
  barcode: "条码",
  lotTracked: "按批次管理",
};

export default { en, zh };
