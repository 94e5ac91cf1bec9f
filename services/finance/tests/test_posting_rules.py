"""Issue 9, item 2: every value-moving event posts one balanced entry, by a pure rule per event
type, at the amounts the event carries (finance never recomputes cost)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from uuid import UUID

import pytest

from jxc.events.base import Money
from jxc.events.contracts.inventory import (
    CostAdjusted,
    IssuedLayer,
    ItemRegistered,
    StockAdjusted,
    StockIssued,
    StockReceived,
    TransferDispatched,
    TransferDispatchedLine,
    TransferReceived,
    TransferReceivedLine,
)
from jxc.events.contracts.purchasing import (
    GoodsReceived,
    InvoiceTax,
    MatchedLine,
    ReceivedLine,
    SupplierInvoiceMatched,
)
from jxc.events.contracts.sales import (
    CreditNoteIssued,
    FreightCharged,
    InvoiceIssued,
    InvoiceLine,
    TaxTotal,
)
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.entry import Entry, Line, UnbalancedEntry
from jxc.finance.domain.ledger.rules import POSTED_TYPES, RULES, entry_for

ON = date(2026, 12, 1)
SUPPLIER = UUID("0190a000-0000-7000-8000-00000000000a")
CUSTOMER = UUID("0190a000-0000-7000-8000-00000000000c")
TRANSFER = UUID("0190a000-0000-7000-8000-00000000000f")


def cny(amount: str) -> Money:
    return Money(amount=D(amount), currency="CNY")


def lines(made: Entry | None) -> list[tuple[str, D, str | None]]:
    assert made is not None
    assert made.debits == made.credits
    return [(x.account, x.amount, x.cost_centre) for x in made.lines]


def received(reason: str, quantity: str = "3", unit_cost: str = "3.333333") -> StockReceived:
    return StockReceived(
        sku="TEA",
        warehouse="WH-A",
        quantity=D(quantity),
        unit="box",
        unit_cost=cny(unit_cost),
        reason=reason,
    )


def issued(kind: str | None, total: str = "12.5", reason: str = "x") -> StockIssued:
    return StockIssued(
        sku="TEA",
        warehouse="WH-A",
        quantity=D(5),
        unit="box",
        reason=reason,
        kind=kind,
        unit_cost=cny("2.5"),
        total_cost=cny(total),
        layers=[IssuedLayer(quantity=D(5), unit_cost=cny("2.5"))],
    )


def test_a_purchase_receipt_puts_its_value_in_inventory_against_goods_not_invoiced() -> None:
    # 3 x 3.333333 = 9.999999: the value inventory adds, rounded to 6 places as it rounds
    assert lines(entry_for(received("purchase_receipt"), ON)) == [
        (a.INVENTORY, D("9.999999"), "WH-A"),
        (a.GRNI, D("-9.999999"), "WH-A"),
    ]


@pytest.mark.parametrize(
    ("reason", "counter"),
    [
        ("transfer_in", a.TRANSFER_CLEARING),
        ("customer_return", a.COGS),
        ("adjustment", a.INVENTORY_GAINS),
    ],
)
def test_other_receipts_come_from_their_own_account(reason: str, counter: str) -> None:
    assert lines(entry_for(received(reason, "2", "10"), ON)) == [
        (a.INVENTORY, D(20), "WH-A"),
        (counter, D(-20), "WH-A"),
    ]


@pytest.mark.parametrize(
    ("kind", "reason", "debit"),
    [
        ("shipment", "order 1", a.COGS),
        ("purchase_return", "back to the supplier", a.GRNI),
        ("other", "broken on the shelf", a.INVENTORY_LOSSES),
        (None, "shipment", a.COGS),  # recorded before kinds: the reason says it
    ],
)
def test_an_issue_takes_its_total_cost_out_of_inventory(
    kind: str | None, reason: str, debit: str
) -> None:
    assert lines(entry_for(issued(kind, "12.5", reason), ON)) == [
        (debit, D("12.5"), "WH-A"),
        (a.INVENTORY, D("-12.5"), "WH-A"),
    ]


def test_an_issue_for_a_transfer_posts_nothing_its_dispatch_posts_it() -> None:
    assert entry_for(issued("transfer_out"), ON) is None


def test_a_free_issue_worth_nothing_posts_nothing() -> None:
    assert entry_for(issued("shipment", "0"), ON) is None


def adjusted(quantity: str, total: str, reason: str = "stock count") -> StockAdjusted:
    return StockAdjusted(
        sku="TEA",
        warehouse="WH-A",
        quantity=D(quantity),
        unit="box",
        reason=reason,
        unit_cost=cny("2.5"),
        total_cost=cny(total),
    )


def test_a_count_shortage_is_shrinkage_and_a_surplus_a_gain() -> None:
    assert lines(entry_for(adjusted("-2", "-5"), ON)) == [
        (a.INVENTORY, D(-5), "WH-A"),
        (a.INVENTORY_LOSSES, D(5), "WH-A"),
    ]
    assert lines(entry_for(adjusted("1", "2.5"), ON)) == [
        (a.INVENTORY, D("2.5"), "WH-A"),
        (a.INVENTORY_GAINS, D("-2.5"), "WH-A"),
    ]


def test_a_transit_loss_written_off_at_the_destination_goes_back_to_clearing() -> None:
    assert lines(entry_for(adjusted("-1", "-3.333334", "transit_loss"), ON)) == [
        (a.INVENTORY, D("-3.333334"), "WH-A"),
        (a.TRANSFER_CLEARING, D("3.333334"), "WH-A"),
    ]


def test_a_cost_correction_is_capitalised_and_expensed_as_inventory_split_it() -> None:
    event = CostAdjusted(
        sku="TEA",
        warehouse="WH-A",
        amount=cny("30"),
        capitalised=cny("18"),
        expensed=cny("12"),
        reason="landed cost",
    )
    assert lines(entry_for(event, ON)) == [
        (a.INVENTORY, D(18), "WH-A"),
        (a.COGS, D(12), "WH-A"),
        (a.ACCRUED_LANDED_COST, D(-30), "WH-A"),
    ]


def test_a_shortfall_settled_moves_value_from_inventory_to_cost_of_sales() -> None:
    event = CostAdjusted(
        sku="TEA",
        warehouse="WH-A",
        amount=cny("0"),
        capitalised=cny("-4"),
        expensed=cny("4"),
        reason="negative stock settled",
    )
    assert lines(entry_for(event, ON)) == [(a.INVENTORY, D(-4), "WH-A"), (a.COGS, D(4), "WH-A")]


def test_a_transfer_moves_value_through_transit_and_expenses_the_loss() -> None:
    dispatched = TransferDispatched(
        transfer_id=TRANSFER,
        from_warehouse="WH-A",
        to_warehouse="WH-B",
        lines=[
            TransferDispatchedLine(
                line_no=1,
                sku="TEA",
                quantity=D(3),
                unit="box",
                unit_cost=cny("3.333333"),
                total_cost=cny("10"),
            )
        ],
    )
    assert lines(entry_for(dispatched, ON)) == [
        (a.GOODS_IN_TRANSIT, D(10), "WH-B"),
        (a.INVENTORY, D(-10), "WH-A"),
    ]
    arrived = TransferReceived(
        transfer_id=TRANSFER,
        from_warehouse="WH-A",
        to_warehouse="WH-B",
        lines=[
            TransferReceivedLine(
                line_no=1,
                sku="TEA",
                unit="box",
                quantity_received=D(2),
                quantity_lost=D(1),
                unit_cost=cny("3.333333"),
                value_received=cny("6.666666"),
                loss_value=cny("3.333334"),
                in_transit_after=D(0),
            )
        ],
        complete=True,
    )
    assert lines(entry_for(arrived, ON)) == [
        (a.GOODS_IN_TRANSIT, D(-10), "WH-B"),
        (a.TRANSFER_CLEARING, D("6.666666"), "WH-B"),
        (a.TRANSIT_LOSSES, D("3.333334"), "WH-B"),
    ]


def matched(**more: object) -> SupplierInvoiceMatched:
    values: dict[str, object] = {
        "invoice_id": UUID(int=1),
        "supplier_id": SUPPLIER,
        "purchase_order_id": UUID(int=2),
        "invoice_number": "INV-7",
        "due_date": date(2027, 1, 15),
        "lines": [
            MatchedLine(
                line_no=1,
                sku="TEA",
                unit="box",
                quantity_invoiced=D(100),
                quantity_received=D(100),
                unit_price_invoiced=cny("12.60"),
                unit_price_po=cny("12.50"),
                amount_invoiced=cny("1260"),
                amount_at_po_price=cny("1250"),
            )
        ],
        "total": cny("1260"),
        "total_at_po_price": cny("1250"),
        "price_variance": cny("10"),
    }
    values.update(more)
    return SupplierInvoiceMatched.model_validate(values)


def test_a_matched_supplier_invoice_clears_goods_not_invoiced_into_the_payable() -> None:
    made = entry_for(matched(), ON)
    assert lines(made) == [
        (a.GRNI, D(1250), None),
        (a.PRICE_VARIANCE, D(10), None),
        (a.PAYABLES, D(-1260), None),
    ]
    assert made is not None and {x.party_id for x in made.lines} == {SUPPLIER}


def test_input_vat_is_posted_per_rate_and_owed_to_the_supplier() -> None:
    taxes = [
        InvoiceTax(tax_rate=D("0.13"), net_amount=D(1000), tax_amount=D(130)),
        InvoiceTax(tax_rate=D("0.09"), net_amount=D(260), tax_amount=D("23.40")),
    ]
    made = entry_for(matched(taxes=taxes, tax_total=cny("153.40")), ON)
    assert lines(made) == [
        (a.GRNI, D(1250), None),
        (a.PRICE_VARIANCE, D(10), None),
        ("2221.01.13", D(130), None),
        ("2221.01.9", D("23.40"), None),
        (a.PAYABLES, D("-1413.40"), None),
    ]


def test_an_invoice_whose_tax_total_is_not_its_taxes_is_refused() -> None:
    taxes = [InvoiceTax(tax_rate=D("0.13"), net_amount=D(1000), tax_amount=D(130))]
    with pytest.raises(ValueError, match="not the sum of its taxes"):
        entry_for(matched(taxes=taxes, tax_total=cny("131")), ON)


def invoice_lines() -> list[InvoiceLine]:
    return [
        InvoiceLine(
            line_no=1,
            sku="TEA",
            quantity=D(10),
            unit="box",
            net_amount=D(200),
            tax_rate=D("0.13"),
            tax_amount=D(26),
        ),
        InvoiceLine(
            line_no=2,
            sku="CUP",
            quantity=D(4),
            unit="pcs",
            net_amount=D(50),
            tax_rate=D("0.06"),
            tax_amount=D(3),
        ),
    ]


def invoice(**more: object) -> InvoiceIssued:
    values: dict[str, object] = {
        "invoice_id": UUID(int=3),
        "invoice_no": "SI-1",
        "order_id": UUID(int=4),
        "customer_id": CUSTOMER,
        "issued_on": date(2026, 11, 30),
        "due_on": date(2026, 12, 30),
        "currency": "CNY",
        "lines": invoice_lines(),
        "taxes": [
            TaxTotal(tax_rate=D("0.13"), net_amount=D(200), tax_amount=D(26)),
            TaxTotal(tax_rate=D("0.06"), net_amount=D(50), tax_amount=D(3)),
        ],
        "net_total": D(250),
        "tax_total": D(29),
        "gross_total": D(279),
    }
    values.update(more)
    return InvoiceIssued.model_validate(values)


def test_a_sales_invoice_is_receivable_against_revenue_and_output_vat_per_rate() -> None:
    made = entry_for(invoice(), ON)
    assert lines(made) == [
        (a.RECEIVABLES, D(279), None),
        (a.REVENUE, D(-200), None),
        (a.REVENUE, D(-50), None),
        ("2221.02.13", D(-26), None),
        ("2221.02.6", D(-3), None),
    ]
    assert made is not None
    assert made.posted_on == date(2026, 11, 30)  # the invoice's date, not the day it arrived
    assert [x.sku for x in made.lines] == [None, "TEA", "CUP", None, None]


def test_a_sales_invoice_that_does_not_add_up_is_refused() -> None:
    with pytest.raises(ValueError, match="lines add up to 250"):
        entry_for(invoice(net_total=D(251), gross_total=D(280)), ON)
    with pytest.raises(ValueError, match="not net \\+ tax"):
        entry_for(invoice(gross_total=D(280)), ON)


def test_a_credit_note_reverses_the_invoice_for_its_lines() -> None:
    note = CreditNoteIssued(
        credit_note_id=UUID(int=5),
        credit_note_no="CN-1",
        invoice_id=UUID(int=3),
        order_id=UUID(int=4),
        customer_id=CUSTOMER,
        issued_on=date(2026, 12, 3),
        currency="CNY",
        lines=invoice_lines()[:1],
        taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D(200), tax_amount=D(26))],
        net_total=D(200),
        tax_total=D(26),
        gross_total=D(226),
        reason="returned",
    )
    assert lines(entry_for(note, ON)) == [
        (a.RECEIVABLES, D(-226), None),
        (a.REVENUE, D(200), None),
        ("2221.02.13", D(26), None),
    ]


def test_freight_is_an_expense_of_the_shipping_warehouse_owed_to_the_carrier() -> None:
    event = FreightCharged(
        shipment_id=UUID(int=6),
        order_id=UUID(int=4),
        warehouse="WH-A",
        carrier="SF",
        freight_cost=cny("35.50"),
        dispatched_on=date(2026, 12, 2),
    )
    made = entry_for(event, ON)
    assert lines(made) == [
        (a.FREIGHT_OUT, D("35.50"), "WH-A"),
        (a.ACCRUED_FREIGHT, D("-35.50"), "WH-A"),
    ]
    assert made is not None and made.posted_on == date(2026, 12, 2)


def test_events_that_move_no_value_post_nothing() -> None:
    receipt = GoodsReceived(
        receipt_id=UUID(int=7),
        purchase_order_id=UUID(int=2),
        supplier_id=SUPPLIER,
        lines=[
            ReceivedLine(
                line_no=1,
                sku="TEA",
                warehouse="WH-A",
                unit="box",
                quantity_accepted=D(1),
                quantity_rejected=D(0),
                unit_cost=cny("1"),
            )
        ],
    )
    assert entry_for(receipt, ON) is None  # its value posts from inventory's StockReceived
    assert entry_for(ItemRegistered(sku="TEA", name="Tea", unit="box"), ON) is None
    assert "purchasing.GoodsReceived" not in POSTED_TYPES


def test_every_account_a_rule_names_is_in_the_chart_the_migration_seeds() -> None:
    from importlib import import_module

    seeded = {
        row[0]
        for row in import_module(
            "jxc.finance.migrations.versions.0004_general_ledger"
        ).DEFAULT_CHART
    }
    named = {
        value
        for name, value in vars(a).items()
        if name.isupper() and isinstance(value, str) and value[:1].isdigit()
    }
    assert named <= seeded
    assert {code for code, *_ in a.DEFAULT_CHART} == seeded
    assert len(RULES) == len(POSTED_TYPES)


def test_an_entry_whose_debits_and_credits_differ_is_refused() -> None:
    from jxc.finance.domain.ledger.entry import entry

    with pytest.raises(UnbalancedEntry, match="debits 10 and credits 9 differ"):
        entry(ON, "broken", "CNY", Line(a.INVENTORY, D(10)), Line(a.GRNI, D(-9)))
    assert entry(ON, "nothing", "CNY", Line(a.INVENTORY, D(0))) is None
