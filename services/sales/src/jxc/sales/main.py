"""Composition root of the sales service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service, Worker
from jxc.sales.api.carriers import carriers_router
from jxc.sales.api.customer_returns import customer_returns_router
from jxc.sales.api.delivery_runs import delivery_runs_router
from jxc.sales.api.demand_forecasts import demand_forecasts_router
from jxc.sales.api.invoices import invoices_router
from jxc.sales.api.orders import orders_router
from jxc.sales.api.price_lists import price_lists_router
from jxc.sales.api.quotations import quotations_router
from jxc.sales.api.reference import reference_router
from jxc.sales.api.sales_plans import sales_plans_router
from jxc.sales.api.shipments import shipments_router
from jxc.sales.app.carriers import Carriers
from jxc.sales.app.customer_returns import CustomerReturns
from jxc.sales.app.delivery_runs import DeliveryRuns
from jxc.sales.app.demand_forecasts import DemandForecasts
from jxc.sales.app.forecast_schedule import ForecastSchedule
from jxc.sales.app.invoices import Invoices
from jxc.sales.app.invoicing_policy import InvoicingPolicy
from jxc.sales.app.order_progress import OrderProgressPolicy
from jxc.sales.app.orders import Orders
from jxc.sales.app.price_lists import PriceLists
from jxc.sales.app.quotations import Quotations
from jxc.sales.app.reference import ReferenceData
from jxc.sales.app.return_exchange_policy import ReturnExchangePolicy
from jxc.sales.app.sales_plans import SalesPlans
from jxc.sales.app.shipment_policy import ShipmentPolicy
from jxc.sales.app.shipments import Shipments
from jxc.sales.invoicing_settings import InvoicingSettings
from jxc.sales.projections.coupons import CouponsProjection
from jxc.sales.projections.credit import CreditProjection
from jxc.sales.projections.logistics_orders import LogisticsOrdersProjection
from jxc.sales.projections.reference import CatalogProjection, CustomersProjection
from jxc.sales.projections.return_sales import ReturnSalesProjection
from jxc.sales.projections.sales_history import SalesHistoryProjection
from jxc.sales.settings import SalesSettings

CUSTOMERS = "customers"
CATALOG = "catalog"
CREDIT = "credit"
COUPONS = "coupons"
ORDER_PROGRESS = "order-progress"
SALES_HISTORY = "sales-history"
LOGISTICS_ORDERS = "logistics-orders"
INVOICING = "invoicing"
SHIPMENT_POLICY = "shipment-policy"
RETURN_SALES = "return-sales"
RETURN_EXCHANGES = "return-exchanges"


def customers(parts: Parts) -> CustomersProjection:
    s = parts.settings
    return CustomersProjection(name=s.consumer_name(CUSTOMERS), topics=[s.topic_for("crm")])


def catalog(parts: Parts) -> CatalogProjection:
    s = parts.settings
    return CatalogProjection(name=s.consumer_name(CATALOG), topics=[s.topic_for("inventory")])


def credit(parts: Parts) -> CreditProjection:
    s = parts.settings
    return CreditProjection(
        name=s.consumer_name(CREDIT), topics=[s.topic_for("sales"), s.topic_for("finance")]
    )


def coupons(parts: Parts) -> CouponsProjection:
    s = parts.settings
    return CouponsProjection(name=s.consumer_name(COUPONS), topics=[s.topic_for("crm")])


def order_taking(parts: Parts) -> Orders:
    return Orders(parts.commands, SalesSettings().credit_overdue_allowed)


def order_progress(parts: Parts) -> OrderProgressPolicy:
    s = parts.settings
    return OrderProgressPolicy(
        name=s.consumer_name(ORDER_PROGRESS),
        topics=[s.topic_for("inventory"), s.topic_for("sales")],
        orders=order_taking(parts),
    )


def sales_history(parts: Parts) -> SalesHistoryProjection:
    s = parts.settings
    return SalesHistoryProjection(
        name=s.consumer_name(SALES_HISTORY),
        topics=[s.topic_for("sales"), s.topic_for("inventory")],
    )


def logistics_orders(parts: Parts) -> LogisticsOrdersProjection:
    s = parts.settings
    return LogisticsOrdersProjection(
        name=s.consumer_name(LOGISTICS_ORDERS),
        topics=[s.topic_for(c) for c in ("sales", "inventory", "crm")],
    )


def invoicing(parts: Parts) -> InvoicingPolicy:
    s = parts.settings
    return InvoicingPolicy(
        name=s.consumer_name(INVOICING),
        topics=[s.topic],
        invoices=Invoices(parts.commands, InvoicingSettings()),
    )


def shipments(parts: Parts) -> Shipments:
    max_wait = parts.settings.read_wait_max_seconds
    return Shipments(parts.commands, logistics_orders(parts).name, max_wait)


def shipment_policy(parts: Parts) -> ShipmentPolicy:
    s = parts.settings
    return ShipmentPolicy(
        name=s.consumer_name(SHIPMENT_POLICY), topics=[s.topic], shipments=shipments(parts)
    )


def return_sales(parts: Parts) -> ReturnSalesProjection:
    s = parts.settings
    return ReturnSalesProjection(name=s.consumer_name(RETURN_SALES), topics=[s.topic_for("sales")])


def return_exchanges(parts: Parts) -> ReturnExchangePolicy:
    s = parts.settings
    return ReturnExchangePolicy(
        name=s.consumer_name(RETURN_EXCHANGES),
        topics=[s.topic],
        orders=order_taking(parts),
    )


def projections(parts: Parts) -> list[Projection]:
    return [
        customers(parts),
        catalog(parts),
        credit(parts),
        coupons(parts),
        order_progress(parts),
        sales_history(parts),
        logistics_orders(parts),
        invoicing(parts),
        shipment_policy(parts),
        return_sales(parts),
        return_exchanges(parts),
    ]


def demand_forecasts(parts: Parts) -> DemandForecasts:
    return DemandForecasts(parts.commands, SalesSettings())


def routers(parts: Parts) -> list[APIRouter]:
    max_wait = parts.settings.read_wait_max_seconds
    consumers = {CUSTOMERS: customers(parts).name, CATALOG: catalog(parts).name}
    orders = order_taking(parts)
    plans = SalesPlans(parts.commands, sales_history(parts).name, max_wait)
    returns = CustomerReturns(parts.commands, return_sales(parts).name, max_wait)
    return [
        reference_router(ReferenceData(parts.pool, consumers, max_wait)),
        orders_router(orders),
        quotations_router(Quotations(parts.commands, orders)),
        price_lists_router(PriceLists(parts.commands)),
        sales_plans_router(plans),
        demand_forecasts_router(demand_forecasts(parts)),
        carriers_router(Carriers(parts.commands)),
        shipments_router(shipments(parts)),
        delivery_runs_router(DeliveryRuns(parts.commands)),
        invoices_router(Invoices(parts.commands, InvoicingSettings())),
        customer_returns_router(returns),
    ]


def workers(parts: Parts) -> list[Worker]:
    return [ForecastSchedule(demand_forecasts(parts))]


def service() -> Service:
    return Service(
        name="sales",
        default_port=8002,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
        workers=workers,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
