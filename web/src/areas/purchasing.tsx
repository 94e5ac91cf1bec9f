import { EnterInvoiceScreen } from "../screens/purchasing/EnterInvoice";
import { InvoicesScreen } from "../screens/purchasing/Invoices";
import { NewPurchaseOrderScreen } from "../screens/purchasing/NewPurchaseOrder";
import { PurchaseOrderScreen } from "../screens/purchasing/PurchaseOrder";
import { PurchaseOrdersScreen } from "../screens/purchasing/PurchaseOrders";
import { PurchasePlanScreen } from "../screens/purchasing/PurchasePlan";
import { ReceiveScreen } from "../screens/purchasing/Receive";
import { RegisterSupplierScreen } from "../screens/purchasing/RegisterSupplier";
import { SupplierProfileScreen } from "../screens/purchasing/SupplierProfile";
import { SuppliersScreen } from "../screens/purchasing/Suppliers";
import type { ScreenDef } from "./screen";

const BUYING = ["purchaser", "purchase_approver"] as const;

export const PURCHASING: ScreenDef[] = [
  { key: "purchase-plan", area: "purchasing", title: "purPlan", roles: BUYING, render: () => <PurchasePlanScreen /> },
  {
    key: "purchase-orders",
    area: "purchasing",
    title: "purOrders",
    roles: [...BUYING, "accountant"],
    render: () => <PurchaseOrdersScreen key="all" />,
  },
  {
    key: "purchase-receiving",
    area: "purchasing",
    title: "purReceiving",
    roles: ["warehouse"],
    render: () => <PurchaseOrdersScreen key="receiving" initialStatus={["approved", "sent", "partially_received"]} />,
  },
  { key: "purchase-order-new", area: "purchasing", title: "poNewTitle", roles: ["purchaser"], render: () => <NewPurchaseOrderScreen /> },
  { key: "suppliers", area: "purchasing", title: "purSuppliers", roles: [...BUYING, "accountant"], render: () => <SuppliersScreen /> },
  { key: "supplier-invoices", area: "purchasing", title: "purInvoices", roles: ["accountant", "purchaser"], render: (p) => <InvoicesScreen po={p.get("po") ?? undefined} /> },
  {
    key: "purchase-order",
    area: "purchasing",
    title: "purOrder",
    roles: [...BUYING, "warehouse", "accountant"],
    hidden: true,
    render: (p) => <PurchaseOrderScreen id={p.get("id") ?? ""} />,
  },
  { key: "purchase-receive", area: "purchasing", title: "purReceive", roles: ["warehouse"], hidden: true, render: (p) => <ReceiveScreen id={p.get("id") ?? ""} /> },
  {
    key: "supplier",
    area: "purchasing",
    title: "purSupplier",
    roles: [...BUYING, "accountant"],
    hidden: true,
    render: (p) => <SupplierProfileScreen id={p.get("id") ?? ""} />,
  },
  { key: "register-supplier", area: "purchasing", title: "purRegisterSupplier", roles: ["purchaser"], hidden: true, render: () => <RegisterSupplierScreen /> },
  {
    key: "supplier-invoice-entry",
    area: "purchasing",
    title: "purEnterInvoice",
    roles: ["accountant"],
    hidden: true,
    render: (p) => <EnterInvoiceScreen po={p.get("po") ?? undefined} />,
  },
];
