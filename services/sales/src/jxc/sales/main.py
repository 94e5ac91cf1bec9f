"""Composition root of the sales service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service
from jxc.sales.api.carriers import carriers_router
from jxc.sales.api.delivery_runs import delivery_runs_router
from jxc.sales.api.invoices import invoices_router
from jxc.sales.api.shipments import shipments_router
from jxc.sales.app.carriers import Carriers
from jxc.sales.app.delivery_runs import DeliveryRuns
from jxc.sales.app.invoices import Invoices
from jxc.sales.app.invoicing_policy import InvoicingPolicy
from jxc.sales.app.shipment_policy import ShipmentPolicy
from jxc.sales.app.shipments import Shipments
from jxc.sales.invoicing_settings import InvoicingSettings
from jxc.sales.projections.logistics_orders import LogisticsOrdersProjection

LOGISTICS_ORDERS = "logistics-orders"
INVOICING = "invoicing"
SHIPMENT_POLICY = "shipment-policy"


def logistics_orders(parts: Parts) -> LogisticsOrdersProjection:
    settings = parts.settings
    return LogisticsOrdersProjection(
        name=settings.consumer_name(LOGISTICS_ORDERS),
        topics=[settings.topic_for(c) for c in ("sales", "inventory", "crm")],
    )


def invoicing(parts: Parts) -> InvoicingPolicy:
    settings = parts.settings
    return InvoicingPolicy(
        name=settings.consumer_name(INVOICING),
        topics=[settings.topic],
        invoices=Invoices(parts.commands, InvoicingSettings()),
    )


def shipments(parts: Parts) -> Shipments:
    max_wait = parts.settings.read_wait_max_seconds
    return Shipments(parts.commands, logistics_orders(parts).name, max_wait)


def shipment_policy(parts: Parts) -> ShipmentPolicy:
    settings = parts.settings
    return ShipmentPolicy(
        name=settings.consumer_name(SHIPMENT_POLICY),
        topics=[settings.topic],
        shipments=shipments(parts),
    )


def projections(parts: Parts) -> list[Projection]:
    return [logistics_orders(parts), invoicing(parts), shipment_policy(parts)]


def routers(parts: Parts) -> list[APIRouter]:
    return [
        carriers_router(Carriers(parts.commands)),
        shipments_router(shipments(parts)),
        delivery_runs_router(DeliveryRuns(parts.commands)),
        invoices_router(Invoices(parts.commands, InvoicingSettings())),
    ]


def service() -> Service:
    return Service(
        name="sales",
        default_port=8002,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
