"""Composition root of the inventory service."""

from pathlib import Path

from jxc.inventory.api.stock import stock_router
from jxc.inventory.projections.stock_ledger import StockLedgerProjection
from jxc.platform.runtime import Parts, Service

STOCK_LEDGER = "stock-ledger"


def stock_ledger(parts: Parts) -> StockLedgerProjection:
    settings = parts.settings
    return StockLedgerProjection(
        name=settings.consumer_name(STOCK_LEDGER), topics=[settings.topic_for("purchasing")]
    )


def service() -> Service:
    return Service(
        name="inventory",
        default_port=8003,
        migrations=Path(__file__).parent / "migrations",
        projections=lambda parts: [stock_ledger(parts)],
        routers=lambda parts: [
            stock_router(
                parts.pool,
                stock_ledger(parts).name,
                parts.settings.read_wait_max_seconds,
            )
        ],
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
