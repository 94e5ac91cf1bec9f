"""Payments to suppliers and receipts from customers, allocated to their invoices; the open
items with their aging; the VAT return of a period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts.finance import PaymentRecorded
from jxc.finance.adapters import ledger_queries, open_items
from jxc.finance.app import receivables
from jxc.finance.domain.ledger.aging import Aged, Item, VatRate, age, vat_return
from jxc.finance.domain.payment import PaymentState, RecordPayment, payment_decider
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata


class Payments:
    def __init__(self, commands: CommandHandler, currency: str) -> None:
        self.commands = commands
        self.currency = currency

    @property
    def pool(self) -> AsyncConnectionPool[Any]:
        return self.commands.pool

    async def record(
        self, command: RecordPayment, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> RecordPayment:
            ids = sorted({invoice for invoice, _ in command.allocations}, key=str)
            return replace(
                command,
                open_items=await open_items.lock(conn, ids),
                cash_accounts=await open_items.cash_accounts(conn),
            )

        async def save(conn: Conn, appended: Appended[PaymentState]) -> None:
            [(envelope, event)] = appended.events
            assert isinstance(event, PaymentRecorded)
            await open_items.allocate(
                conn, [(x.invoice_id, x.amount.amount) for x in event.allocations]
            )
            await open_items.save_payment(
                conn,
                {
                    "payment_id": event.payment_id,
                    "direction": event.direction,
                    "party_id": event.party_id,
                    "amount": event.amount.amount,
                    "currency": event.amount.currency,
                    "paid_on": event.paid_on,
                    "cash_account": event.cash_account,
                    "unallocated": event.unallocated.amount,
                    "reference": event.reference,
                },
                envelope.recorded_at,
            )
            if event.direction == "incoming" and event.allocations:
                await receivables.report(
                    self.commands,
                    conn,
                    [event.party_id],
                    envelope.occurred_at.date(),
                    meta,
                    self.currency,
                )

        return await self.commands.handle(
            payment_decider,
            payment_decider.stream_id(command.payment_id),
            build,
            meta,
            name="record-payment",
            after_append=save,
            **idempotency,
        )

    async def payments(
        self, party: UUID | None, direction: str | None, after: UUID | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            return await open_items.payment_list(conn, party, direction, after, limit)

    async def payments_sorted(
        self,
        party: UUID | None,
        direction: str | None,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.pool) as conn:
            return await open_items.payments_sorted(
                conn, party, direction, sort, order, after, limit
            )

    async def open_items_sorted(
        self,
        kind: str,
        party: UUID | None,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.pool) as conn:
            return await open_items.items_sorted(conn, kind, party, sort, order, after, limit)

    async def open_items(self, kind: str, party: UUID | None) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            return await open_items.items(conn, kind, party)

    async def open_items_page(
        self, kind: str, party: UUID | None, after: tuple[UUID, date, UUID], limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            return await open_items.items_page(conn, kind, party, after, limit)

    async def aging(self, kind: str, party: UUID | None, as_of: date) -> list[Aged]:
        rows = await self.open_items(kind, party)
        return age(
            (Item(r["document_id"], r["party_id"], r["due_on"], r["open_amount"]) for r in rows),
            as_of,
        )

    async def aging_sorted(
        self,
        kind: str,
        party: UUID | None,
        as_of: date,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> tuple[list[UUID], str | None]:
        """The parties of a page of the aging in the order asked, and the next page's cursor."""
        async with reading(self.pool) as conn:
            rows, cursor = await open_items.aging_sorted(
                conn, kind, party, as_of, sort, order, after, limit
            )
        return [UUID(str(r["party_id"])) for r in rows], cursor

    async def vat_return(self, period: str) -> list[VatRate]:
        async with reading(self.pool) as conn:
            rows = await ledger_queries.balances(conn, period, period, period, None)
        return vat_return([(r.account, r.debit - r.credit) for r in rows])
