"""Composition root of the sales service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service
from jxc.sales.api.carriers import carriers_router
from jxc.sales.app.carriers import Carriers


def projections(parts: Parts) -> list[Projection]:
    return []


def routers(parts: Parts) -> list[APIRouter]:
    return [carriers_router(Carriers(parts.commands))]


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
