import { DefinePriceListScreen } from "../screens/sales/DefinePriceList";
import { CreateQuotationScreen } from "../screens/sales/CreateQuotation";
import { CreditHoldsScreen } from "../screens/sales/CreditHolds";
import { DeliveryRunsScreen } from "../screens/sales/DeliveryRuns";
import { InvoicesScreen } from "../screens/sales/Invoices";
import { OrderScreen } from "../screens/sales/Order";
import { OrdersScreen } from "../screens/sales/Orders";
import { PlaceOrderScreen } from "../screens/sales/PlaceOrder";
import { PriceListScreen } from "../screens/sales/PriceList";
import { PriceListsScreen } from "../screens/sales/PriceLists";
import { QuotationScreen } from "../screens/sales/Quotation";
import { QuotationsScreen } from "../screens/sales/Quotations";
import { RequestReturnScreen } from "../screens/sales/RequestReturn";
import { ReturnScreen } from "../screens/sales/Return";
import { ReturnsScreen } from "../screens/sales/Returns";
import { SalesTargetsScreen } from "../screens/sales/SalesTargets";
import { ShipmentScreen } from "../screens/sales/Shipment";
import { ShipmentsScreen } from "../screens/sales/Shipments";
import { VatRatesScreen } from "../screens/sales/VatRates";
import { CarrierScreen, CarriersScreen } from "../screens/sales/Carriers";
import type { ScreenDef } from "./screen";

const SELLING = ["sales", "credit_controller", "accountant"] as const;
const SHIPPING = ["sales", "warehouse", "accountant"] as const;

export const SALES: ScreenDef[] = [
  { key: "quotations", area: "sales", title: "slQuotations", roles: ["sales"], render: () => <QuotationsScreen /> },
  {
    key: "create-quotation",
    area: "sales",
    title: "createQuotation",
    roles: ["sales"],
    hidden: true,
    render: () => <CreateQuotationScreen />,
  },
  {
    key: "quotation",
    area: "sales",
    title: "slQuotation",
    roles: ["sales"],
    hidden: true,
    render: (p) => <QuotationScreen id={p.get("id") ?? ""} />,
  },
  { key: "orders", area: "sales", title: "orders", roles: SELLING, render: () => <OrdersScreen /> },
  {
    key: "order",
    area: "sales",
    title: "orderNo",
    roles: [...SELLING, "warehouse"],
    hidden: true,
    render: (p) => <OrderScreen id={p.get("id") ?? ""} />,
  },
  { key: "place-order", area: "sales", title: "placeOrder", roles: ["sales"], render: () => <PlaceOrderScreen /> },
  {
    key: "credit-holds",
    area: "sales",
    title: "slCreditHolds",
    roles: ["credit_controller", "sales"],
    render: () => <CreditHoldsScreen />,
  },
  { key: "sales-targets", area: "sales", title: "slTargets", roles: SELLING, render: () => <SalesTargetsScreen /> },
  { key: "shipments", area: "sales", title: "slShipments", roles: SHIPPING, render: () => <ShipmentsScreen /> },
  {
    key: "shipment",
    area: "sales",
    title: "slShipment",
    roles: SHIPPING,
    hidden: true,
    render: (p) => <ShipmentScreen id={p.get("id") ?? ""} />,
  },
  {
    key: "delivery-runs",
    area: "sales",
    title: "slDeliveryRuns",
    roles: ["warehouse", "sales"],
    render: () => <DeliveryRunsScreen />,
  },
  { key: "returns", area: "sales", title: "slReturns", roles: SHIPPING, render: () => <ReturnsScreen /> },
  {
    key: "request-return",
    area: "sales",
    title: "slRequestReturn",
    roles: ["sales"],
    hidden: true,
    render: (p) => <RequestReturnScreen orderId={p.get("order") ?? undefined} />,
  },
  {
    key: "return",
    area: "sales",
    title: "slReturn",
    roles: SHIPPING,
    hidden: true,
    render: (p) => <ReturnScreen id={p.get("id") ?? ""} />,
  },
  { key: "invoices", area: "sales", title: "slInvoices", roles: SELLING, render: () => <InvoicesScreen /> },
  { key: "price-lists", area: "sales", title: "slPriceLists", roles: SELLING, render: () => <PriceListsScreen /> },
  {
    key: "price-list",
    area: "sales",
    title: "slPriceList",
    roles: SELLING,
    hidden: true,
    render: (p) => <PriceListScreen id={p.get("id") ?? ""} />,
  },
  {
    key: "define-price-list",
    area: "sales",
    title: "slDefinePriceList",
    roles: ["sales"],
    hidden: true,
    render: () => <DefinePriceListScreen />,
  },
  { key: "vat-rates", area: "sales", title: "slVatRates", roles: SELLING, render: () => <VatRatesScreen /> },
  { key: "carriers", area: "sales", title: "slCarriers", roles: SHIPPING, render: () => <CarriersScreen /> },
  {
    key: "carrier",
    area: "sales",
    title: "slCarriers",
    roles: SHIPPING,
    hidden: true,
    render: (p) => <CarrierScreen id={p.get("id") ?? ""} />,
  },
];
