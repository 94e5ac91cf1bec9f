"""Composition root of the purchasing service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service
from jxc.purchasing.api.inventory_catalog import inventory_catalog_router
from jxc.purchasing.api.invoices import invoices_router
from jxc.purchasing.api.late_deliveries import late_deliveries_router
from jxc.purchasing.api.purchase_orders import purchase_orders_router
from jxc.purchasing.api.purchase_plan import purchase_plan_router
from jxc.purchasing.api.receiving import receiving_router
from jxc.purchasing.api.suppliers import suppliers_router
from jxc.purchasing.app.inventory_catalog import InventoryCatalog
from jxc.purchasing.app.invoices import SupplierInvoices
from jxc.purchasing.app.late_deliveries import LateDeliveries
from jxc.purchasing.app.purchase_orders import PurchaseOrders
from jxc.purchasing.app.purchase_plan import PurchasePlan
from jxc.purchasing.app.scorecards import Scorecards
from jxc.purchasing.app.suppliers import Suppliers
from jxc.purchasing.projections.inventory_catalog import InventoryCatalogProjection
from jxc.purchasing.projections.purchase_plan import PurchasePlanProjection
from jxc.purchasing.projections.supplier_scorecard import SupplierScorecardProjection
from jxc.purchasing.settings import PurchasingSettings

SUPPLIER_SCORECARD = "supplier-scorecard"
PURCHASE_PLAN = "purchase-plan"
INVENTORY_CATALOG = "inventory-catalog"


def supplier_scorecard(parts: Parts) -> SupplierScorecardProjection:
    settings = parts.settings
    return SupplierScorecardProjection(
        name=settings.consumer_name(SUPPLIER_SCORECARD), topics=[settings.topic_for("purchasing")]
    )


def purchase_plan(parts: Parts) -> PurchasePlanProjection:
    settings = parts.settings
    return PurchasePlanProjection(
        name=settings.consumer_name(PURCHASE_PLAN),
        topics=[settings.topic_for("inventory"), settings.topic_for("sales")],
    )


def inventory_catalog(parts: Parts) -> InventoryCatalogProjection:
    settings = parts.settings
    return InventoryCatalogProjection(
        name=settings.consumer_name(INVENTORY_CATALOG), topics=[settings.topic_for("inventory")]
    )


def projections(parts: Parts) -> list[Projection]:
    return [supplier_scorecard(parts), purchase_plan(parts), inventory_catalog(parts)]


def routers(parts: Parts) -> list[APIRouter]:
    settings = PurchasingSettings()
    max_wait = parts.settings.read_wait_max_seconds
    orders = PurchaseOrders(parts.commands, settings)
    scorecards = Scorecards(parts.commands, supplier_scorecard(parts).name, max_wait)
    catalog = InventoryCatalog(parts.commands.pool, inventory_catalog(parts).name, max_wait)
    plan = PurchasePlan(
        orders,
        purchase_plan(parts).name,
        settings.sales_rate_days,
        max_wait,
        lead_time_days=settings.lead_time_days,
    )
    return [
        suppliers_router(Suppliers(parts.commands), scorecards),
        purchase_orders_router(orders),
        receiving_router(orders),
        invoices_router(SupplierInvoices(parts.commands, settings)),
        purchase_plan_router(plan),
        inventory_catalog_router(catalog),
        late_deliveries_router(LateDeliveries(parts.commands.pool)),
    ]


def service() -> Service:
    return Service(
        name="purchasing",
        default_port=8001,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
