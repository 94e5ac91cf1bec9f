"""Payments and receipts over HTTP (role accountant): record one, allocated to invoices; the
payments, the open items and their aging per supplier or customer; the VAT return."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query, Response
from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.finance.adapters.open_items import AGING, OPEN_ITEMS, PAYMENTS
from jxc.finance.api.common import Code, Period, Text, WaitFor, amount, needs
from jxc.finance.app.ledger import Ledger
from jxc.finance.app.payments import Payments
from jxc.finance.domain.ledger.aging import BUCKETS
from jxc.finance.domain.payment import RecordPayment
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import MAX_CURSOR, PAGED, SortOrder, legacy_id, paged

MAX_PAGE = 500
MAX_AGING_PAGE = 1000
Kind = Literal["receivable", "payable"]


class AllocationBody(Body):
    invoice_id: UUID
    amount: Annotated[limits.NonNegativeAmount, Field(gt=0)]


class PaymentBody(Body):
    payment_id: UUID | None = None
    direction: Literal["incoming", "outgoing"] = Field(
        description="incoming: a receipt from a customer; outgoing: a payment to a supplier"
    )
    party_id: UUID = Field(description="the customer or the supplier")
    amount: Annotated[limits.NonNegativeAmount, Field(gt=0)]
    currency: Annotated[limits.Currency, Field(description="ISO 4217, e.g. CNY")]
    paid_on: date
    cash_account: Code = Field(description="a bank or cash account of the chart: 1002, 1001 ...")
    allocations: Annotated[list[AllocationBody], Field(max_length=500)] = Field(
        default_factory=list
    )
    reference: Text | None = None


def payments_router(payments: Payments, ledger: Ledger) -> CommandRouter:
    router = CommandRouter(tags=["payments"])
    accountant = needs(Role.ACCOUNTANT)

    @router.command("/payments", role=Role.ACCOUNTANT, status_code=201)
    async def record_payment(body: PaymentBody, cmd: Command) -> dict[str, Any]:
        """Cash in from a customer or out to a supplier, settling invoices (part of one, all
        of it, several); what is not allocated stays as the party's advance."""
        command = RecordPayment(
            payment_id=body.payment_id or uuid7(),
            direction=body.direction,
            party_id=body.party_id,
            amount=body.amount,
            currency=body.currency,
            paid_on=body.paid_on,
            cash_account=body.cash_account,
            allocations=tuple((a.invoice_id, a.amount) for a in body.allocations),
            reference=body.reference,
        )
        return cmd.answer(await payments.record(command, cmd.meta, **cmd.idempotency))

    @router.get("/payments", **accountant)
    async def list_payments(
        party_id: UUID | None = None,
        direction: Literal["incoming", "outgoing"] | None = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next` of the page before (a payment id; a cursor when "
                "`sort` or `order` is given)",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        sort: Annotated[str | None, PAYMENTS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Payments by id; with `sort` (and `order`) in the order asked, the `next` of each
        page then a cursor of that sort to pass back as `after` with it."""
        if sort is not None or order is not None:
            found, cursor = await payments.payments_sorted(
                party_id, direction, sort, order, after, limit
            )
            return {"items": [_payment(r) for r in found], "next": cursor}
        after_id = legacy_id(after)
        if after is not None and after_id is None:
            raise DomainError(
                "`after` is the `next` of the page before: a payment id", fields=("after",)
            )
        rows = await payments.payments(party_id, direction, after_id, limit + 1)
        page = rows[:limit]
        return {
            "items": [_payment(r) for r in page],
            "next": str(page[-1]["payment_id"]) if len(rows) > limit else None,
        }

    @router.get("/open-items", responses=PAGED, **accountant)
    async def list_open_items(
        response: Response,
        kind: Kind,
        party_id: UUID | None = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description="keyset paging: the `cursor` of the last item of the page before; "
                "with `sort` or `order`, the X-Next-Cursor header of the page before",
            ),
        ] = None,
        limit: Annotated[
            int | None, Query(ge=1, le=MAX_PAGE, description="a page of at most this many")
        ] = None,
        sort: Annotated[str | None, OPEN_ITEMS.sort_query()] = None,
        order: SortOrder = None,
        wait_for_event: WaitFor = None,
    ) -> list[dict[str, Any]]:
        """Invoices not (fully) settled, of one customer or supplier or all, by party and due
        date; all of them, or a page (`limit`, then `after` = the last one's `cursor`). With
        `sort` (and `order`): a page in the order asked, the next page's `after` in the
        X-Next-Cursor header."""
        await ledger.caught_up(wait_for_event)
        if sort is not None or order is not None:
            page = await payments.open_items_sorted(
                kind, party_id, sort, order, after, limit or MAX_PAGE
            )
            return [_item(r) for r in paged(response, page)]
        if after is None and limit is None:
            rows = await payments.open_items(kind, party_id)
        else:
            rows = await payments.open_items_page(
                kind, party_id, _item_position(after), limit or MAX_PAGE
            )
        return [_item(r) for r in rows]

    @router.get("/aging", **accountant)
    async def aging(
        kind: Kind,
        party_id: UUID | None = None,
        as_of: date | None = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next` of the page before (a party id; a cursor when `sort` "
                "or `order` is given)",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_AGING_PAGE)] = MAX_AGING_PAGE,
        sort: Annotated[str | None, AGING.sort_query()] = None,
        order: SortOrder = None,
        wait_for_event: WaitFor = None,
    ) -> dict[str, Any]:
        """Open amounts per customer (receivable) or supplier (payable): current, 1-30,
        31-60, 61-90 and 90+ days past due on `as_of` (today when not given); the parties
        in id order, keyset-paged (`after`, `next`), and `totals` per bucket over all. With
        `sort` (party, total, overdue, oldest: the oldest open item's days past due) and
        `order`, the parties in that order, `next` a cursor of it."""
        await ledger.caught_up(wait_for_event)
        day = as_of or datetime.now(UTC).date()
        aged = sorted(await payments.aging(kind, party_id, day), key=lambda x: x.party_id)
        if sort is not None or order is not None:
            ids, next_page = await payments.aging_sorted(
                kind, party_id, day, sort, order, after, limit
            )
            by_party = {x.party_id: x for x in aged}
            page = [by_party[i] for i in ids if i in by_party]
        else:
            after_id = legacy_id(after)
            if after is not None and after_id is None:
                raise DomainError(
                    "`after` is the `next` of the page before: a party id", fields=("after",)
                )
            rest = [x for x in aged if after_id is None or x.party_id > after_id]
            page = rest[:limit]
            next_page = str(page[-1].party_id) if len(rest) > limit else None
        return {
            "kind": kind,
            "as_of": day,
            "parties": [
                {
                    "party_id": x.party_id,
                    **{b: amount(x.buckets[b]) for b in BUCKETS},
                    "total": amount(x.total),
                    "overdue": amount(x.overdue),
                }
                for x in page
            ],
            "next": next_page,
            "totals": {
                **{b: amount(sum((x.buckets[b] for x in aged), start=_zero())) for b in BUCKETS},
                "total": amount(sum((x.total for x in aged), start=_zero())),
                "overdue": amount(sum((x.overdue for x in aged), start=_zero())),
            },
        }

    @router.get("/vat-return", **accountant)
    async def vat_return(period: Period, wait_for_event: WaitFor = None) -> dict[str, Any]:
        """Output VAT charged less input VAT paid in the period, per rate: what is owed."""
        await ledger.caught_up(wait_for_event)
        rates = await payments.vat_return(period)
        output = sum((r.output for r in rates), start=_zero())
        paid = sum((r.input for r in rates), start=_zero())
        return {
            "period": period,
            "rates": [
                {
                    "rate_percent": r.rate,
                    "output": amount(r.output),
                    "input": amount(r.input),
                    "payable": amount(r.output - r.input),
                }
                for r in rates
            ],
            "output": amount(output),
            "input": amount(paid),
            "payable": amount(output - paid),
        }

    return router


def _payment(r: dict[str, Any]) -> dict[str, Any]:
    return {**r, "amount": amount(r["amount"]), "unallocated": amount(r["unallocated"])}


def _item(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "document_id": r["document_id"],
        "document_no": r["document_no"],
        "party_id": r["party_id"],
        "issued_on": r["issued_on"],
        "due_on": r["due_on"],
        "currency": r["currency"],
        "amount": amount(r["amount"]),
        "credited": amount(r["credited"]),
        "allocated": amount(r["allocated"]),
        "open": amount(r["open_amount"]),
        "cursor": f"{r['party_id']}/{r['due_on']}/{r['document_id']}",
    }


def _zero() -> Decimal:
    return Decimal(0)


_FIRST = (UUID(int=0), date.min, UUID(int=0))


def _item_position(after: str | None) -> tuple[UUID, date, UUID]:
    if after is None:
        return _FIRST
    try:
        party, due, document = after.split("/")
        return (UUID(party), date.fromisoformat(due), UUID(document))
    except ValueError:
        raise DomainError(
            "`after` is the `cursor` of an open item: <party id>/<due date>/<document id>",
            fields=("after",),
        ) from None
