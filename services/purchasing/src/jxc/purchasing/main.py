"""Composition root of the purchasing service."""

from pathlib import Path

from jxc.platform.runtime import Service
from jxc.purchasing.api.routes import purchasing_router
from jxc.purchasing.app.service import Purchasing


def service() -> Service:
    return Service(
        name="purchasing",
        default_port=8001,
        migrations=Path(__file__).parent / "migrations",
        routers=lambda parts: [purchasing_router(Purchasing(parts.commands))],
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
