"""An invoice due in ten days is not overdue today; the day after its due date it is, and no
event says so: finance's receivables review re-reports the customer (finance.ReceivablesChanged
with the overdue amount) so sales can hold its new orders. A second review the same day
records nothing. The review runs in-process here, as of a day after the due date, against the
real database; the finance service (its ledger projection and outbox relay) runs beside it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal as D
from uuid import uuid4

import pytest

from jxc.events.cloudevents import from_kafka
from jxc.events.contracts.finance import ReceivablesChanged
from jxc.events.contracts.registry import registry
from jxc.events.contracts.sales import InvoiceIssued, InvoiceLine, TaxTotal
from jxc.finance.app.receivables_review import ReceivablesReview
from jxc.finance.main import service
from jxc.platform.settings import topic_of
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all

CUSTOMER = uuid4()


async def reported(
    stack: Stack, count: int, expect: int | None = None
) -> list[ReceivablesChanged] | None:
    topic = topic_of("finance", stack.namespace)
    records = await read_all(topic, expect=expect or count, timeout=3)
    events = [registry.decode(from_kafka(r.value, r.headers)) for r in records]  # type: ignore[attr-defined]
    changed = [e for e in events if isinstance(e, ReceivablesChanged)]
    return changed if len(changed) >= count else None


async def test_an_invoice_falling_due_is_reported_overdue_once(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack.serve("finance")
    today = datetime.now(UTC).date()
    due = today + timedelta(days=10)
    invoice = InvoiceIssued(
        invoice_id=uuid4(),
        invoice_no="SI-DUE",
        order_id=uuid4(),
        customer_id=CUSTOMER,
        issued_on=today,
        due_on=due,
        currency="CNY",
        lines=[
            InvoiceLine(
                line_no=1,
                sku="TEA",
                quantity=D(1),
                unit="box",
                net_amount=D(100),
                tax_rate=D("0.13"),
                tax_amount=D(13),
            )
        ],
        taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D(100), tax_amount=D(13))],
        net_total=D(100),
        tax_total=D(13),
        gross_total=D(113),
    )
    await publish(topic_of("sales", stack.namespace), [envelope_of(invoice, f"inv-{uuid4()}")])
    [first] = await eventually(lambda: reported(stack, 1))
    assert (first.open_receivables.amount, first.overdue.amount) == (D(113), D(0))

    for name, value in stack.env("finance").items():
        if name.startswith("JXC_"):
            monkeypatch.setenv(name, value)
    the_day_after = datetime.combine(due + timedelta(days=1), time(9), UTC)
    async with service().parts() as parts:
        review = ReceivablesReview(parts.commands, "CNY", 3600, now=lambda: the_day_after)
        assert await review.review() == 1  # the one customer with an item past due
        assert await review.review() == 1  # looked at again: nothing new to say

    changed = await eventually(lambda: reported(stack, 2))
    assert [(c.open_receivables.amount, c.overdue.amount, c.as_of) for c in changed] == [
        (D(113), D(0), today),
        (D(113), D(113), the_day_after.date()),
    ]
    # the second review recorded nothing: waiting for a third report finds none
    assert len(await reported(stack, 2, expect=3) or []) == 2
