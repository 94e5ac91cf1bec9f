"""Supplier-invoice commands. Matching needs the purchase order as it is now: its row in the
order list is locked, its stream loaded and the order's other matched invoices summed, all in
the transaction that appends, so two invoices of one order are matched one after the other
and never both against the same goods."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any
from uuid import UUID

from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.purchasing.adapters import invoice_list, order_list
from jxc.purchasing.app.suppliers import known_supplier
from jxc.purchasing.domain import purchase_order_decider
from jxc.purchasing.domain.supplier_invoice import (
    InvoiceLine,
    MatchSupplierInvoice,
    OrderFacts,
    OrderLineFacts,
    RecordSupplierInvoice,
    ReleaseSupplierInvoice,
    SupplierInvoiceCommand,
    SupplierInvoiceState,
    Tolerances,
    supplier_invoice_decider,
)
from jxc.purchasing.settings import PurchasingSettings

Build = Callable[[Conn], Awaitable[SupplierInvoiceCommand]]


@dataclass(frozen=True, slots=True)
class NewInvoice:
    """An invoice as the supplier sent it; the order's facts are read when it is recorded."""

    invoice_id: UUID
    supplier_id: UUID
    purchase_order_id: UUID
    invoice_number: str
    invoice_date: date
    lines: Sequence[InvoiceLine]
    currency: str | None = None


class SupplierInvoices:
    def __init__(self, commands: CommandHandler, settings: PurchasingSettings) -> None:
        self.commands = commands
        self.tolerances = Tolerances(
            quantity_percent=settings.invoice_quantity_tolerance_percent,
            price_percent=settings.invoice_price_tolerance_percent,
        )

    async def record(
        self, invoice: NewInvoice, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def with_facts(conn: Conn) -> SupplierInvoiceCommand:
            supplier = await known_supplier(self.commands, conn, invoice.supplier_id)
            taken = await invoice_list.number_taken(
                conn, invoice.supplier_id, invoice.invoice_number
            )
            order = await self._order(conn, invoice.purchase_order_id, invoice.invoice_id)
            return RecordSupplierInvoice(
                invoice_id=invoice.invoice_id,
                supplier_id=invoice.supplier_id,
                invoice_number=invoice.invoice_number,
                invoice_date=invoice.invoice_date,
                lines=invoice.lines,
                order=order,
                tolerances=self.tolerances,
                payment_terms_days=supplier.payment_terms_days,
                number_taken=taken,
                currency=invoice.currency,
            )

        return await self._handle(
            invoice.invoice_id, with_facts, meta, "record-supplier-invoice", idempotency
        )

    async def rematch(self, invoice_id: UUID, meta: Metadata, **idempotency: Any) -> CommandResult:
        async def with_facts(conn: Conn) -> SupplierInvoiceCommand:
            order = await self._order(conn, await self._order_of(conn, invoice_id), invoice_id)
            return MatchSupplierInvoice(invoice_id, order, self.tolerances)

        return await self._handle(
            invoice_id, with_facts, meta, "match-supplier-invoice", idempotency
        )

    async def release(
        self, invoice_id: UUID, released_by: str, reason: str, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def with_facts(conn: Conn) -> SupplierInvoiceCommand:
            order = await self._order(conn, await self._order_of(conn, invoice_id), invoice_id)
            return ReleaseSupplierInvoice(invoice_id, released_by, reason, order)

        return await self._handle(
            invoice_id, with_facts, meta, "release-supplier-invoice", idempotency
        )

    async def get(self, invoice_id: UUID) -> tuple[SupplierInvoiceState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, supplier_invoice_decider, supplier_invoice_decider.stream_id(invoice_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no supplier invoice {invoice_id}", fields=("invoice_id",))
        return fold.state, fold.version

    async def page(
        self,
        status: str | None,
        supplier_id: UUID | None,
        order_id: UUID | None,
        limit: int,
        *,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await invoice_list.page(
                conn, status, supplier_id, order_id, limit, sort=sort, order=order, after=after
            )

    async def search(
        self,
        status: str | None,
        supplier_id: UUID | None,
        order_id: UUID | None,
        limit: int,
        after: UUID | None = None,
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await invoice_list.search(conn, status, supplier_id, order_id, limit, after)

    async def _handle(
        self,
        invoice_id: UUID,
        build: Build,
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        return await self.commands.handle(
            supplier_invoice_decider,
            supplier_invoice_decider.stream_id(invoice_id),
            build,
            meta,
            name=name,
            after_append=partial(self._refresh_list, invoice_id),
            **idempotency,
        )

    @staticmethod
    async def _refresh_list(
        invoice_id: UUID, conn: Conn, appended: Appended[SupplierInvoiceState]
    ) -> None:
        at = appended.last.occurred_at
        await invoice_list.save(conn, invoice_id, appended.state, appended.version, at)

    async def _order_of(self, conn: Conn, invoice_id: UUID) -> UUID:
        fold = await self.commands.load(
            conn, supplier_invoice_decider, supplier_invoice_decider.stream_id(invoice_id)
        )
        if fold.state.purchase_order_id is None:
            raise NotFound(f"there is no supplier invoice {invoice_id}", fields=("invoice_id",))
        return fold.state.purchase_order_id

    async def _order(self, conn: Conn, order_id: UUID, invoice_id: UUID) -> OrderFacts:
        """The order as matching sees it, its row locked for the rest of the transaction."""
        missing = NotFound(f"there is no purchase order {order_id}", fields=("purchase_order_id",))
        if not await order_list.lock(conn, order_id):
            raise missing
        fold = await self.commands.load(
            conn, purchase_order_decider, purchase_order_decider.stream_id(order_id)
        )
        state = fold.state
        if state.status is None or state.supplier_id is None:
            raise missing
        before = await invoice_list.invoiced_before(conn, order_id, invoice_id)
        return OrderFacts(
            purchase_order_id=order_id,
            supplier_id=state.supplier_id,
            currency=state.currency,
            status=state.status.value,
            lines={
                line.line_no: OrderLineFacts(
                    line_no=line.line_no,
                    sku=line.sku,
                    unit=line.unit,
                    unit_price=line.unit_price,
                    received=line.accepted,
                    invoiced_before=before.get(line.line_no, Decimal(0)),
                )
                for line in state.lines
            },
        )
