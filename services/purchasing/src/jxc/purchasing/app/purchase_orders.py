"""Purchase-order commands through the platform's handler, with the order list kept inline.

Facts from other aggregates a decision needs (the supplier's currency, whether it is blocked)
and company settings (the second-approval threshold) are added to the command here, inside
the transaction that appends, so the check and the write agree."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any
from uuid import UUID

from jxc.events.contracts.purchasing import PurchaseOrderCreated
from jxc.platform.commands import Appended, CommandHandler, CommandResult, Queued
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.purchasing.adapters import order_list, plan_conversions
from jxc.purchasing.app.inventory_catalog import check_registered, order_lines_named
from jxc.purchasing.app.suppliers import known_supplier
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    CancelPurchaseOrder,
    ClosePurchaseOrder,
    CreatePurchaseOrder,
    PurchaseOrderCommand,
    PurchaseOrderState,
    RaiseSupplierClaim,
    RecordGoodsReceipt,
    RejectPurchaseOrder,
    SendPurchaseOrder,
    ShipPurchaseReturn,
    SubmitPurchaseOrder,
    purchase_order_decider,
)
from jxc.purchasing.settings import PurchasingSettings

Command = PurchaseOrderCommand | Callable[[Conn], Awaitable[PurchaseOrderCommand]]


class PurchaseOrders:
    def __init__(self, commands: CommandHandler, settings: PurchasingSettings) -> None:
        self.commands = commands
        self.settings = settings

    async def create(
        self, command: CreatePurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def with_supplier(conn: Conn) -> PurchaseOrderCommand:
            supplier = await known_supplier(self.commands, conn, command.supplier_id)
            await check_registered(conn, **order_lines_named(command.lines))
            return replace(
                command, supplier_currency=supplier.currency, supplier_blocked=supplier.blocked
            )

        return await self.handle(
            command.purchase_order_id, with_supplier, meta, "create-purchase-order", idempotency
        )

    async def submit(
        self, command: SubmitPurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.handle(
            command.purchase_order_id, command, meta, "submit-purchase-order", idempotency
        )

    async def approve(
        self, order_id: UUID, approved_by: str, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        command = ApprovePurchaseOrder(order_id, approved_by, self.settings.second_approval_above)
        return await self.handle(order_id, command, meta, "approve-purchase-order", idempotency)

    async def reject(
        self, command: RejectPurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.handle(
            command.purchase_order_id, command, meta, "reject-purchase-order", idempotency
        )

    async def send(
        self, command: SendPurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.handle(
            command.purchase_order_id, command, meta, "send-purchase-order", idempotency
        )

    async def receive(
        self, command: RecordGoodsReceipt, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.handle(
            command.purchase_order_id, command, meta, "record-goods-receipt", idempotency
        )

    async def ship_return(
        self, command: ShipPurchaseReturn, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def to_known_warehouses(conn: Conn) -> PurchaseOrderCommand:
            named = [
                (f"lines.{i}.warehouse", line.warehouse)
                for i, line in enumerate(command.lines)
                if line.warehouse is not None and line.warehouse.strip()
            ]
            await check_registered(conn, warehouses=named)
            return command

        return await self.handle(
            command.purchase_order_id,
            to_known_warehouses,
            meta,
            "ship-purchase-return",
            idempotency,
        )

    async def raise_claim(
        self, command: RaiseSupplierClaim, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.handle(
            command.purchase_order_id, command, meta, "raise-supplier-claim", idempotency
        )

    async def close(
        self, command: ClosePurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.handle(
            command.purchase_order_id, command, meta, "close-purchase-order", idempotency
        )

    async def cancel(
        self, command: CancelPurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.handle(
            command.purchase_order_id, command, meta, "cancel-purchase-order", idempotency
        )

    async def handle(
        self,
        order_id: UUID,
        command: Command,
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        """Run a command on the order's stream; the order list follows in the same transaction
        (its writes queued with the append and the COMMIT: one round trip)."""
        return await self.commands.handle(
            purchase_order_decider,
            purchase_order_decider.stream_id(order_id),
            command,
            meta,
            name=name,
            after_append=Queued(partial(self.refresh_list, order_id)),
            **idempotency,
        )

    @staticmethod
    async def refresh_list(
        order_id: UUID, conn: Conn, appended: Appended[PurchaseOrderState]
    ) -> None:
        """The order list as the command left the order; an order drafted from a
        purchase-plan suggestion also records the suggestion as ordered."""
        at = appended.last.occurred_at
        await order_list.save(conn, order_id, appended.state, appended.version, at)
        for envelope, event in appended.events:
            if isinstance(event, PurchaseOrderCreated) and event.suggestion_id is not None:
                await plan_conversions.record(
                    conn, event.suggestion_id, order_id, event.supplier_id, envelope.occurred_at
                )

    async def named(self, order_id: UUID) -> tuple[PurchaseOrderState, int, dict[str, Any]]:
        """The order as it is now, with what people read instead of ids: its number, its
        supplier's code and name, and the names of its lines' warehouses (`warehouse_names`)."""
        state, version = await self.get(order_id)
        async with reading(self.commands.pool) as conn:
            names = await order_list.heading(conn, order_id)
            codes = sorted({line.warehouse for line in state.lines})
            names["warehouse_names"] = await order_list.warehouse_names(conn, codes)
        return state, version, names

    async def get(self, order_id: UUID) -> tuple[PurchaseOrderState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, purchase_order_decider, purchase_order_decider.stream_id(order_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no purchase order {order_id}", fields=("purchase_order_id",))
        return fold.state, fold.version

    async def warehouses(self, order_id: UUID) -> frozenset[str]:
        """The warehouses of the order's lines, from the order list (which every command keeps
        in its own transaction): the scope check before a command, without folding the order.
        An order's lines are set when it is created and never change, so the state kept by
        this process's last command on the order names them too, without a read."""
        kept = self.commands.kept(
            purchase_order_decider, purchase_order_decider.stream_id(order_id)
        )
        if kept is not None and kept.status is not None:
            return frozenset(line.warehouse for line in kept.lines)
        async with reading(self.commands.pool) as conn:
            found = await order_list.warehouses(conn, order_id)
        if found is None:
            raise NotFound(f"there is no purchase order {order_id}", fields=("purchase_order_id",))
        return found

    async def history(self, order_id: UUID) -> list[dict[str, Any]]:
        """What happened to the order, event by event: when, by whom, and its status after."""
        stream_id = purchase_order_decider.stream_id(order_id)
        async with reading(self.commands.pool) as conn:
            envelopes = await self.commands.store.load(conn, stream_id)
        if not envelopes:
            raise NotFound(f"there is no purchase order {order_id}", fields=("purchase_order_id",))
        state, steps = purchase_order_decider.initial_state, []
        for envelope in envelopes:
            state = purchase_order_decider.evolve(
                state, self.commands.store.registry.decode(envelope)
            )
            steps.append(
                {
                    "version": envelope.stream_version,
                    "event_id": envelope.event_id,
                    "event_type": envelope.event_type,
                    "occurred_at": envelope.occurred_at,
                    "actor": envelope.actor,
                    "status": state.status,
                    "status_reason": state.status_reason,
                }
            )
        return steps

    async def page(
        self,
        statuses: Sequence[str],
        supplier_id: UUID | None,
        limit: int,
        *,
        created_from: date | None = None,
        created_to: date | None = None,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        """A page of orders, oldest first unless sorted otherwise."""
        _period(created_from, created_to)
        async with reading(self.commands.pool) as conn:
            return await order_list.page(
                conn,
                statuses,
                supplier_id,
                limit,
                created_from=created_from,
                created_to=created_to,
                sort=sort,
                order=order,
                after=after,
            )

    async def search(
        self,
        statuses: Sequence[str],
        supplier_id: UUID | None,
        limit: int,
        *,
        created_from: date | None = None,
        created_to: date | None = None,
        after: UUID | None = None,
    ) -> list[dict[str, Any]]:
        _period(created_from, created_to)
        async with reading(self.commands.pool) as conn:
            return await order_list.search(
                conn,
                statuses,
                supplier_id,
                limit,
                created_from=created_from,
                created_to=created_to,
                after=after,
            )


def _period(created_from: date | None, created_to: date | None) -> None:
    if created_from is not None and created_to is not None and created_from > created_to:
        raise DomainError(
            f"the period starts ({created_from}) after it ends ({created_to})",
            fields=("created_from", "created_to"),
        )
