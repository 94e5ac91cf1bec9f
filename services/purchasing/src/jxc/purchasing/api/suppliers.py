"""Suppliers over HTTP: register, update, block, unblock; the supplier and its scorecard."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query, Response
from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import MAX_CURSOR, NEXT_CURSOR, PAGED, SortOrder, paged
from jxc.purchasing.adapters.supplier_directory import SUPPLIERS
from jxc.purchasing.api.common import Code, Currency, Reason, Text, WaitFor, WaitSeconds
from jxc.purchasing.app.scorecards import Scorecards
from jxc.purchasing.app.suppliers import Suppliers
from jxc.purchasing.domain import (
    BlockSupplier,
    RegisterSupplier,
    SupplierCommand,
    SupplierState,
    UnblockSupplier,
    UpdateSupplier,
)

Terms = Annotated[int, Field(ge=0, le=365)]


class RegisterSupplierBody(Body):
    supplier_id: UUID | None = None
    code: Code
    name: Text
    currency: Currency
    payment_terms_days: Terms = 30
    email: Annotated[limits.Text, Field(max_length=limits.MAX_NAME)] | None = None


class UpdateSupplierBody(Body):
    """Only the details sent change; an empty email removes it."""

    name: Text | None = None
    payment_terms_days: Terms | None = None
    email: Annotated[str, Field(max_length=200)] | None = None


class BlockBody(Body):
    reason: Reason


class UnblockBody(Body):
    reason: Reason


def supplier_view(supplier_id: UUID, state: SupplierState, version: int) -> dict[str, Any]:
    return {
        "supplier_id": supplier_id,
        "version": version,
        "code": state.code,
        "name": state.name,
        "currency": state.currency,
        "payment_terms_days": state.payment_terms_days,
        "email": state.email,
        "blocked": state.blocked,
        "blocked_reason": state.blocked_reason,
    }


def _is_cursor(after: str) -> bool:
    """Whether `after` is a cursor of the suppliers' list (else an old client's code)."""
    try:
        SUPPLIERS.request(None, None, after)
    except DomainError:
        return False
    return True


def suppliers_router(suppliers: Suppliers, scorecards: Scorecards) -> CommandRouter:
    router = CommandRouter(tags=["suppliers"])

    async def run(command: SupplierCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        return cmd.answer(await suppliers.handle(command, cmd.meta, name, **cmd.idempotency))

    @router.command("/suppliers", role=Role.PURCHASER, status_code=201)
    async def register_supplier(body: RegisterSupplierBody, cmd: Command) -> dict[str, Any]:
        command = RegisterSupplier(
            supplier_id=body.supplier_id or uuid7(),
            code=body.code,
            name=body.name,
            currency=body.currency,
            payment_terms_days=body.payment_terms_days,
            email=body.email,
        )
        return await run(command, "register-supplier", cmd)

    @router.command("/suppliers/{supplier_id}/update", role=Role.PURCHASER)
    async def update_supplier(
        supplier_id: UUID, body: UpdateSupplierBody, cmd: Command
    ) -> dict[str, Any]:
        command = UpdateSupplier(supplier_id, body.name, body.payment_terms_days, body.email)
        return await run(command, "update-supplier", cmd)

    @router.command("/suppliers/{supplier_id}/block", role=Role.PURCHASER)
    async def block_supplier(supplier_id: UUID, body: BlockBody, cmd: Command) -> dict[str, Any]:
        command = BlockSupplier(supplier_id, cmd.user.name, body.reason)
        return await run(command, "block-supplier", cmd)

    @router.command("/suppliers/{supplier_id}/unblock", role=Role.PURCHASER)
    async def unblock_supplier(
        supplier_id: UUID, body: UnblockBody, cmd: Command
    ) -> dict[str, Any]:
        command = UnblockSupplier(supplier_id, cmd.user.name, body.reason)
        return await run(command, "unblock-supplier", cmd)

    @router.get("/suppliers", responses=PAGED)
    async def list_suppliers(
        response: Response,
        code: Annotated[
            Code | None, Query(description="the codes starting with this (any case)")
        ] = None,
        name: Annotated[Text | None, Query(description="the names holding this (any case)")] = None,
        blocked: Annotated[
            bool | None, Query(description="only the blocked (true) or the active (false)")
        ] = None,
        sort: Annotated[str | None, SUPPLIERS.sort_query()] = None,
        order: SortOrder = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description=f"the {NEXT_CURSOR} header of the page before; still understood: "
                "a supplier's code, the suppliers after it by code (no sort or order then)",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    ) -> list[dict[str, Any]]:
        """Suppliers by code unless sorted otherwise (status: the active before the blocked
        ascending); the next page starts at the X-Next-Cursor header's `after`."""
        filters: dict[str, Any] = {"prefix": code, "name": name, "blocked": blocked}
        after_code = None
        if after is not None and sort is None and order is None and not _is_cursor(after):
            after, after_code = None, after
        page = await suppliers.sorted_page(
            sort, order, after, limit, after_code=after_code, **filters
        )
        return paged(response, page)

    @router.get("/suppliers/{supplier_id}")
    async def get_supplier(supplier_id: UUID) -> dict[str, Any]:
        state, version = await suppliers.get(supplier_id)
        return supplier_view(supplier_id, state, version)

    @router.get("/suppliers/{supplier_id}/scorecard")
    async def get_scorecard(
        supplier_id: UUID,
        first: Annotated[
            date | None, Query(alias="from", description="first day, included")
        ] = None,
        last: Annotated[date | None, Query(alias="to", description="last day, included")] = None,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> dict[str, Any]:
        return await scorecards.get(
            supplier_id, first, last, wait_for=wait_for_event, wait_seconds=wait_seconds
        )

    return router
