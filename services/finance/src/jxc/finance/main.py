"""Composition root of the finance service: the ledger's set-up (admin), the general ledger
projected from purchasing's, inventory's and sales' events, and its queries."""

from pathlib import Path

from fastapi import APIRouter

from jxc.finance.api.budgets import budgets_router
from jxc.finance.api.cash import cash_router
from jxc.finance.api.cost_analysis import cost_analysis_router
from jxc.finance.api.exchange_rates import exchange_rates_router
from jxc.finance.api.journal_entries import journal_entries_router
from jxc.finance.api.ledger import ledger_router
from jxc.finance.api.payments import payments_router
from jxc.finance.api.setup import setup_router
from jxc.finance.app.budgets import Budgets
from jxc.finance.app.cash import Cash
from jxc.finance.app.cost_analysis import CostAnalysis
from jxc.finance.app.exchange_rates import ExchangeRates
from jxc.finance.app.journal_entries import JournalEntries
from jxc.finance.app.ledger import Ledger
from jxc.finance.app.payments import Payments
from jxc.finance.app.receivables_review import ReceivablesReview
from jxc.finance.app.setup import LedgerSetup
from jxc.finance.projections.general_ledger import GeneralLedgerProjection
from jxc.finance.settings import FinanceSettings
from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service, Worker

GENERAL_LEDGER = "general-ledger"
COMPANY_CURRENCY = "CNY"  # the books' currency: other currencies post at the day's rate


def general_ledger(parts: Parts) -> GeneralLedgerProjection:
    settings = parts.settings
    return GeneralLedgerProjection(
        name=settings.consumer_name(GENERAL_LEDGER),
        topics=[settings.topic_for(c) for c in ("purchasing", "inventory", "sales", "finance")],
        commands=parts.commands,
        currency=COMPANY_CURRENCY,
    )


def projections(parts: Parts) -> list[Projection]:
    return [general_ledger(parts)]


def routers(parts: Parts) -> list[APIRouter]:
    max_wait = parts.settings.read_wait_max_seconds
    ledger = Ledger(parts.pool, general_ledger(parts).name, max_wait)
    return [
        setup_router(LedgerSetup(parts.commands)),
        ledger_router(ledger),
        journal_entries_router(JournalEntries(parts.commands, COMPANY_CURRENCY)),
        payments_router(Payments(parts.commands, COMPANY_CURRENCY), ledger),
        budgets_router(Budgets(parts.commands), ledger),
        cash_router(Cash(parts.commands, COMPANY_CURRENCY), ledger),
        cost_analysis_router(CostAnalysis(parts.pool), ledger),
        exchange_rates_router(ExchangeRates(parts.commands), COMPANY_CURRENCY),
    ]


def workers(parts: Parts) -> list[Worker]:
    every = FinanceSettings().receivables_review_seconds
    return [ReceivablesReview(parts.commands, COMPANY_CURRENCY, every)]


def service() -> Service:
    return Service(
        name="finance",
        default_port=8004,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
        workers=workers,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
