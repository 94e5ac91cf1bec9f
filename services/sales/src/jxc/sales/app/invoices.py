"""Invoicing: an invoice per dispatched shipment, or per order once all of it is dispatched
(InvoicingSettings.invoice_per). What it bills and the VAT rates are read in the issuing
transaction; the invoice's id is derived from the shipment or order it bills, so it is
issued once, by the policy or by a person, whichever comes first."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.events.contracts.sales import InvoiceIssued
from jxc.platform.commands import Appended, CommandHandler, CommandResult, lock_stream
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import document_numbers, invoice_list, shipment_list, shipping_orders
from jxc.sales.domain.invoice import (
    BilledLine,
    InvoiceState,
    IssueInvoice,
    invoice_decider,
    invoice_id_of,
    invoice_no_of,
)
from jxc.sales.domain.shipment import ShipmentState, shipment_decider
from jxc.sales.domain.vat_rates import (
    COMPANY,
    SetVatRate,
    VatRatesState,
    vat_rates_decider,
)
from jxc.sales.invoicing_settings import InvoicingSettings

DISPATCHED = frozenset({"dispatched", "in_transit", "out_for_delivery", "exception", "delivered"})


class Invoices:
    def __init__(self, commands: CommandHandler, settings: InvoicingSettings) -> None:
        self.commands = commands
        self.settings = settings

    # --- VAT rates ----------------------------------------------------------------------------

    async def set_rate(
        self, command: SetVatRate, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.commands.handle(
            vat_rates_decider,
            vat_rates_decider.stream_id(COMPANY),
            command,
            meta,
            name="set-vat-rate",
            **idempotency,
        )

    async def rates(self) -> VatRatesState:
        async with reading(self.commands.pool) as conn:
            return await self._rates(conn)

    async def _rates(self, conn: Conn) -> VatRatesState:
        fold = await self.commands.load(
            conn, vat_rates_decider, vat_rates_decider.stream_id(COMPANY)
        )
        return fold.state

    # --- issuing ------------------------------------------------------------------------------

    async def issue(
        self,
        shipment_id: UUID | None,
        order_id: UUID | None,
        meta: Metadata,
        **idempotency: Any,
    ) -> CommandResult:
        """A person issues the invoice of a shipment or of an order (as the setting says)."""
        basis, basis_id = self._basis(shipment_id, order_id)
        invoice_id = invoice_id_of(basis, basis_id)

        async def build(conn: Conn) -> IssueInvoice:
            return await self._command(conn, invoice_id, basis, basis_id, meta.occurred_at.date())

        return await self.commands.handle(
            invoice_decider,
            invoice_decider.stream_id(invoice_id),
            build,
            meta,
            name="issue-invoice",
            after_append=self._save,
            **idempotency,
        )

    async def on_dispatched(self, conn: Conn, shipment_id: UUID, meta: Metadata) -> None:
        """The policy: a shipment left. Issue its invoice (per shipment), or the order's once
        every line of it has left (per order), unless issued already. Runs in the consumer's
        transaction."""
        shipment = await self._shipment(conn, shipment_id)
        if shipment.order_id is None:
            return
        if self.settings.invoice_per == "shipment":
            basis, basis_id = "shipment", shipment_id
        else:
            basis, basis_id = "order", shipment.order_id
            if not await self._all_dispatched(conn, shipment.order_id):
                return
        invoice_id = invoice_id_of(basis, basis_id)
        stream = invoice_decider.stream_id(invoice_id)
        # Held until the batch commits: a person issuing it now waits, so once it is not
        # issued here it is this transaction's to issue, and the number it takes is used.
        await lock_stream(conn, stream)
        if (await self.commands.load(conn, invoice_decider, stream)).state.issued is not None:
            return  # a person issued it first
        command = await self._command(conn, invoice_id, basis, basis_id, meta.occurred_at.date())
        await self.commands.execute_in(conn, invoice_decider, stream, command, meta, self._save)

    def _basis(self, shipment_id: UUID | None, order_id: UUID | None) -> tuple[str, UUID]:
        if self.settings.invoice_per == "shipment":
            if shipment_id is None or order_id is not None:
                raise DomainError(
                    "invoices are issued per shipment here: name the shipment_id",
                    fields=("shipment_id",),
                )
            return "shipment", shipment_id
        if order_id is None or shipment_id is not None:
            raise DomainError(
                "invoices are issued per order here: name the order_id", fields=("order_id",)
            )
        return "order", order_id

    async def _command(
        self, conn: Conn, invoice_id: UUID, basis: str, basis_id: UUID, today: date
    ) -> IssueInvoice:
        rates = await self._rates(conn)
        due = today + timedelta(days=self.settings.payment_terms_days)
        if basis == "shipment":
            shipment = await self._shipment(conn, basis_id)
            if not shipment.exists:
                raise NotFound(f"there is no shipment {basis_id}", fields=("shipment_id",))
            if shipment.status.value not in DISPATCHED:
                raise StateConflict(
                    f"shipment {basis_id} is {shipment.status.value}: it is invoiced once it "
                    "has been dispatched",
                    fields=("shipment_id",),
                )
            assert shipment.order_id is not None and shipment.customer_id is not None
            categories = await shipping_orders.categories(conn, [x.sku for x in shipment.lines])
            lines = tuple(
                BilledLine(x.line_no, x.sku, x.quantity, x.unit, x.value, categories.get(x.sku))
                for x in shipment.lines
            )
            return IssueInvoice(
                invoice_id,
                await self._number(conn, today),
                shipment.order_id,
                basis_id,
                shipment.customer_id,
                shipment.currency,
                lines,
                rates,
                today,
                due,
            )
        order = await shipping_orders.order(conn, basis_id)
        if order is None:
            raise NotFound(f"sales has not seen order {basis_id}", fields=("order_id",))
        if not await self._all_dispatched(conn, basis_id):
            raise StateConflict(
                f"order {basis_id} is not all dispatched yet: it is invoiced once it is",
                fields=("order_id",),
            )
        categories = await shipping_orders.categories(conn, [x["sku"] for x in order["lines"]])
        lines = tuple(
            BilledLine(
                x["line_no"],
                x["sku"],
                Decimal(x["quantity"]),
                x["unit"],
                Decimal(x["net_amount"]),
                categories.get(x["sku"]),
            )
            for x in order["lines"]
        )
        return IssueInvoice(
            invoice_id,
            await self._number(conn, today),
            basis_id,
            None,
            order["customer_id"],
            order["currency"],
            lines,
            rates,
            today,
            due,
        )

    @staticmethod
    async def _number(conn: Conn, today: date) -> str:
        """The next invoice number, taken in the transaction that issues the invoice."""
        return invoice_no_of(
            today.year, await document_numbers.next_number(conn, "INV", today.year)
        )

    async def _all_dispatched(self, conn: Conn, order_id: UUID) -> bool:
        order = await shipping_orders.order(conn, order_id)
        if order is None:
            return False
        gone = await shipment_list.dispatched(conn, order_id)
        return all(
            gone.get(int(x["line_no"]), Decimal(0)) >= Decimal(x["quantity"])
            for x in order["lines"]
        )

    async def _shipment(self, conn: Conn, shipment_id: UUID) -> ShipmentState:
        stream = shipment_decider.stream_id(shipment_id)
        return (await self.commands.load(conn, shipment_decider, stream)).state

    @staticmethod
    async def _save(conn: Conn, appended: Appended[InvoiceState]) -> None:
        assert appended.state.issued is not None
        await invoice_list.save(conn, appended.state.issued)

    # --- queries ------------------------------------------------------------------------------

    async def get(self, invoice_id: UUID) -> InvoiceIssued:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, invoice_decider, invoice_decider.stream_id(invoice_id)
            )
        if fold.state.issued is None:
            raise NotFound(f"there is no invoice {invoice_id}", fields=("invoice_id",))
        return fold.state.issued

    async def search(
        self, order_id: UUID | None, customer_id: UUID | None, after: UUID | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await invoice_list.search(conn, order_id, customer_id, after, limit)

    async def sorted_page(
        self,
        order_id: UUID | None,
        customer_id: UUID | None,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await invoice_list.sorted_page(
                conn, order_id, customer_id, sort, order, after, limit
            )
