// The dashboard's words.
// `en` is the key list; `zh` must give every one of them (the compiler checks).
import type { Catalog } from "./catalog";

const en = {
  dashStockValue: "Stock value by warehouse",
  dashAlerts: "Stock alerts",
  dashLowStock: "Low stock",
  dashOverstock: "Overstock",
  dashPurchasing: "Purchase orders",
  dashOpenOrders: "Open purchase orders",
  dashLateDeliveries: "Late delivery lines",
  dashSalesToday: "Today's orders and shipments",
  dashOrdersToday: "Orders taken today",
  dashShipmentsToday: "Shipments dispatched today",
  dashTarget: "This month's sales against target",
  dashTargetAmount: "Target",
  dashActual: "Actual",
  dashNoTarget: "No target set for this month",
  dashReceivables: "Receivables due",
  dashOverdue: "Overdue",
  dashPnl: "Profit and loss, this period",
  dashIncome: "Income",
  dashExpenses: "Expenses",
  dashResult: "Result",
  dashOpen: "Open",
  dashLive: "Live",
  dashMore: "or more",
} as const;

const zh: Catalog<typeof en> = {
  dashStockValue: "各仓库存金额",
  dashAlerts: "库存预警",
  dashLowStock: "低于下限",
  dashOverstock: "超过上限",
  dashPurchasing: "采购订单",
  dashOpenOrders: "未完成采购订单",
  dashLateDeliveries: "逾期未到货行",
  dashSalesToday: "今日订单与发货",
  dashOrdersToday: "今日接单",
  dashShipmentsToday: "今日发货",
  dashTarget: "本月销售目标达成",
  dashTargetAmount: "目标",
  dashActual: "实际",
  dashNoTarget: "本月未设销售目标",
  dashReceivables: "应收账款到期",
  dashOverdue: "已逾期",
  dashPnl: "本期损益",
  dashIncome: "收入",
  dashExpenses: "费用",
  dashResult: "利润",
  dashOpen: "打开",
  dashLive: "实时",
  dashMore: "以上",
};

export default { en, zh };
