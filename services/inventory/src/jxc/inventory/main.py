"""Composition root of the inventory service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.inventory.api.abc_class import abc_router
from jxc.inventory.api.master import master_router
from jxc.inventory.api.reorder import reorder_router
from jxc.inventory.api.stock import stock_router
from jxc.inventory.api.stock_counts import stock_counts_router
from jxc.inventory.api.transfers import transfers_router
from jxc.inventory.app.reorder import ReorderWatcher
from jxc.inventory.app.stock_commands import StockCommands
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.app.stock_policy import StockPolicy
from jxc.inventory.app.stock_view import StockView
from jxc.inventory.settings import InventorySettings
from jxc.platform.runtime import Parts, Service

STOCK_KEEPER = "stock-keeper"


def stock_keeper(parts: Parts) -> StockKeeper:
    settings = InventorySettings()
    return StockKeeper(
        parts.store,
        settings.valuation,
        settings.currency,
        watchers=[ReorderWatcher(parts.store)],
    )


def stock_policy(parts: Parts) -> StockPolicy:
    settings = parts.settings
    return StockPolicy(
        name=settings.consumer_name(STOCK_KEEPER),
        topics=[settings.topic_for("purchasing"), settings.topic_for("sales")],
        keeper=stock_keeper(parts),
    )


def routers(parts: Parts) -> list[APIRouter]:
    keeper = stock_keeper(parts)  # one per process: its kept positions are shared
    return [
        master_router(parts.commands),
        transfers_router(parts.commands, keeper),
        stock_counts_router(parts.commands, keeper),
        reorder_router(parts.commands),
        abc_router(parts.pool, parts.store, InventorySettings().currency),
        stock_router(
            StockView(
                parts.pool,
                keeper,
                parts.settings.consumer_name(STOCK_KEEPER),
                parts.settings.read_wait_max_seconds,
            ),
            StockCommands(parts.pool, keeper),
        ),
    ]


def service() -> Service:
    return Service(
        name="inventory",
        default_port=8003,
        migrations=Path(__file__).parent / "migrations",
        projections=lambda parts: [stock_policy(parts)],
        routers=routers,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
