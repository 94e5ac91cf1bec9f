"""Composition root of the crm service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.crm.api.customers import customers_router
from jxc.crm.app.customers import Customers
from jxc.platform.runtime import Parts, Service


def routers(parts: Parts) -> list[APIRouter]:
    return [customers_router(Customers(parts.commands))]


def service() -> Service:
    return Service(
        name="crm",
        default_port=8005,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
