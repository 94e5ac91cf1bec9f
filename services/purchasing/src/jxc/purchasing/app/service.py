"""Purchasing's application layer: runs the domain's commands through the platform's handler.

Facts from other aggregates a decision needs (the supplier's currency, whether it is blocked)
are read inside the same transaction that appends, so the check and the write agree."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from uuid import UUID

from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.store import Conn, Metadata
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    CreatePurchaseOrder,
    PurchaseOrderState,
    RecordGoodsReceipt,
    RegisterSupplier,
    SupplierState,
    purchase_order_decider,
    supplier_decider,
)


class Purchasing:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def register_supplier(
        self, command: RegisterSupplier, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.commands.handle(
            supplier_decider,
            supplier_decider.stream_id(command.supplier_id),
            command,
            meta,
            name="register-supplier",
            **idempotency,
        )

    async def create_purchase_order(
        self, command: CreatePurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def with_supplier(conn: Conn) -> CreatePurchaseOrder:
            supplier = await self._supplier(conn, command.supplier_id)
            return replace(
                command, supplier_currency=supplier.currency, supplier_blocked=supplier.blocked
            )

        return await self.commands.handle(
            purchase_order_decider,
            purchase_order_decider.stream_id(command.purchase_order_id),
            with_supplier,
            meta,
            name="create-purchase-order",
            **idempotency,
        )

    async def approve_purchase_order(
        self, command: ApprovePurchaseOrder, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._on_existing_order(
            command.purchase_order_id, command, meta, "approve-purchase-order", idempotency
        )

    async def record_goods_receipt(
        self, command: RecordGoodsReceipt, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._on_existing_order(
            command.purchase_order_id, command, meta, "record-goods-receipt", idempotency
        )

    async def _on_existing_order(
        self,
        order_id: UUID,
        command: ApprovePurchaseOrder | RecordGoodsReceipt,
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        stream_id = purchase_order_decider.stream_id(order_id)

        async def existing(conn: Conn) -> ApprovePurchaseOrder | RecordGoodsReceipt:
            await self._order(conn, order_id)
            return command

        return await self.commands.handle(
            purchase_order_decider, stream_id, existing, meta, name=name, **idempotency
        )

    async def supplier(self, supplier_id: UUID) -> tuple[SupplierState, int]:
        async with self.commands.pool.connection() as conn:
            fold = await self.commands.load(
                conn, supplier_decider, supplier_decider.stream_id(supplier_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no supplier {supplier_id}", fields=("supplier_id",))
        return fold.state, fold.version

    async def purchase_order(self, order_id: UUID) -> tuple[PurchaseOrderState, int]:
        async with self.commands.pool.connection() as conn:
            fold = await self.commands.load(
                conn, purchase_order_decider, purchase_order_decider.stream_id(order_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no purchase order {order_id}", fields=("purchase_order_id",))
        return fold.state, fold.version

    async def _supplier(self, conn: Conn, supplier_id: UUID) -> SupplierState:
        fold = await self.commands.load(
            conn, supplier_decider, supplier_decider.stream_id(supplier_id)
        )
        if not fold.state.exists:
            raise DomainError(
                f"there is no supplier {supplier_id}; register it first", fields=("supplier_id",)
            )
        return fold.state

    async def _order(self, conn: Conn, order_id: UUID) -> PurchaseOrderState:
        fold = await self.commands.load(
            conn, purchase_order_decider, purchase_order_decider.stream_id(order_id)
        )
        if not fold.state.exists:
            raise NotFound(f"there is no purchase order {order_id}", fields=("purchase_order_id",))
        return fold.state
