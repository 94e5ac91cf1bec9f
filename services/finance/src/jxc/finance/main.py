"""Composition root of the finance service. Its domain comes in a later issue: for now it keeps
its database (event store, outbox) migrated and serves health, readiness and metrics."""

from pathlib import Path

from jxc.platform.runtime import Service


def service() -> Service:
    return Service(
        name="finance", default_port=8004, migrations=Path(__file__).parent / "migrations"
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
