"""Stock count (盘点) rules, given / when / then on the pure decider."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.contracts.inventory import (
    CountedLine,
    RecordedCountLine,
    StockCountCancelled,
    StockCountClosed,
    StockCounted,
    StockCountLinesRecorded,
    StockCountOpened,
)
from jxc.inventory.domain.stock_count import (
    LINES_PER_EVENT,
    CancelCount,
    CloseCount,
    CountLine,
    CountScope,
    OpenCount,
    RecordCounts,
    Scope,
    Status,
    adjustments,
    overlaps,
    stock_count_decider,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

Given = Callable[..., Any]

COUNT = UUID("0193a000-0000-7000-8000-000000000001")
WH = "WH-SH"
T1 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
T2 = T1 + timedelta(minutes=30)

OPENED = StockCountOpened(count_id=COUNT, warehouse=WH, scope="all")
OPENED_LOCATION = StockCountOpened(count_id=COUNT, warehouse=WH, scope="location", location="A-01")
OPENED_SELECTION = StockCountOpened(
    count_id=COUNT, warehouse=WH, scope="selection", skus=["TEA-1", "TEA-2"]
)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return stock_count_decider


def line(sku: str, counted: str, expected: str, **more: Any) -> CountLine:
    values: dict[str, Any] = {"stock_unit": "pcs"}
    values.update(more)
    return CountLine(sku=sku, counted=Decimal(counted), expected=Decimal(expected), **values)


def recorded(
    *lines: tuple[str, str, str] | RecordedCountLine, at: datetime = T1
) -> StockCountLinesRecorded:
    return StockCountLinesRecorded(
        count_id=COUNT,
        warehouse=WH,
        counted_at=at,
        lines=[
            item
            if isinstance(item, RecordedCountLine)
            else RecordedCountLine(
                sku=item[0], unit="pcs", counted=Decimal(item[1]), expected=Decimal(item[2])
            )
            for item in lines
        ],
    )


# --- open ----------------------------------------------------------------------------------


def test_a_count_of_all_items_is_opened_for_a_warehouse(given: Given) -> None:
    state = given().when(OpenCount(COUNT, f" {WH} ")).then(OPENED)
    assert state.status is Status.OPEN
    assert state.scope == CountScope(Scope.ALL)


def test_a_count_of_one_location(given: Given) -> None:
    given().when(OpenCount(COUNT, WH, Scope.LOCATION, location=" A-01 ")).then(OPENED_LOCATION)


def test_a_count_of_one_location_needs_the_location(given: Given) -> None:
    given().when(OpenCount(COUNT, WH, Scope.LOCATION)).raises(
        DomainError, match="needs the location", fields=("location",)
    )


def test_a_cycle_count_selects_skus_once_each_in_order(given: Given) -> None:
    given().when(OpenCount(COUNT, WH, Scope.SELECTION, skus=["TEA-2", " TEA-1", "TEA-2"])).then(
        OPENED_SELECTION
    )


def test_a_cycle_count_needs_skus(given: Given) -> None:
    given().when(OpenCount(COUNT, WH, Scope.SELECTION)).raises(
        DomainError, match="needs the SKUs", fields=("skus",)
    )


def test_skus_or_a_location_do_not_go_with_a_count_of_all(given: Given) -> None:
    given().when(OpenCount(COUNT, WH, skus=["TEA-1"])).raises(
        DomainError, match="only for a cycle count", fields=("skus",)
    )
    given().when(OpenCount(COUNT, WH, location="A-01")).raises(
        DomainError, match="only for a count of one location", fields=("location",)
    )


def test_a_count_is_opened_once(given: Given) -> None:
    given(OPENED).when(OpenCount(COUNT, WH)).raises(
        StateConflict, match="opened already", fields=("count_id",)
    )


def test_which_open_counts_overlap() -> None:
    everything = CountScope(Scope.ALL)
    a01, a02 = CountScope(Scope.LOCATION, "A-01"), CountScope(Scope.LOCATION, "A-02")
    teas = CountScope(Scope.SELECTION, skus=frozenset({"TEA-1", "TEA-2"}))
    cups = CountScope(Scope.SELECTION, skus=frozenset({"CUP-1"}))
    more_teas = CountScope(Scope.SELECTION, skus=frozenset({"TEA-2", "TEA-3"}))
    assert overlaps(everything, a01) and overlaps(cups, everything)
    assert overlaps(a01, a01) and not overlaps(a01, a02)
    assert overlaps(teas, more_teas) and not overlaps(teas, cups)
    assert overlaps(a01, teas)  # a selected SKU may lie in that location


# --- record --------------------------------------------------------------------------------


def test_counted_lines_are_recorded_with_the_stock_when_they_were_counted(given: Given) -> None:
    state = (
        given(OPENED)
        .when(RecordCounts([line("TEA-1", "97", "100"), line("TEA-2", "5", "5")], counted_at=T1))
        .then(recorded(("TEA-1", "97", "100"), ("TEA-2", "5", "5")))
    )
    assert state.lines[("TEA-1", "", "")].expected == 100
    assert state.lines[("TEA-1", "", "")].variance == -3


def test_a_line_is_one_balance_by_location_and_lot(given: Given) -> None:
    [event] = (
        given(OPENED)
        .when(
            RecordCounts(
                [
                    line("TEA-1", "3", "4", location=" A-01 ", lot="L1"),
                    line("TEA-1", "7", "7", location="A-02"),
                    line("TEA-1", "1", "0"),
                ],
                counted_at=T1,
            )
        )
        .decided()
    )
    assert [(x.sku, x.location, x.lot) for x in event.lines] == [
        ("TEA-1", "A-01", "L1"),
        ("TEA-1", "A-02", None),
        ("TEA-1", None, None),
    ]


def test_the_last_count_of_a_balance_wins_within_one_recording(given: Given) -> None:
    given(OPENED).when(
        RecordCounts(
            [line("TEA-1", "90", "100"), line("TEA-2", "1", "1"), line(" TEA-1", "97", "100")],
            counted_at=T1,
        )
    ).then(recorded(("TEA-2", "1", "1"), ("TEA-1", "97", "100")))


def test_a_recount_replaces_the_earlier_count_and_its_expected(given: Given) -> None:
    state = (
        given(OPENED, recorded(("TEA-1", "90", "100")))
        .when(RecordCounts([line("TEA-1", "105", "110")], counted_at=T2))
        .then(recorded(("TEA-1", "105", "110"), at=T2))
    )
    counted = state.lines[("TEA-1", "", "")]
    assert (counted.counted, counted.expected, counted.times) == (105, 110, 2)
    assert counted.counted_at == T2


def test_a_location_count_takes_lines_of_its_location_only(given: Given) -> None:
    given(OPENED_LOCATION).when(
        RecordCounts([line("TEA-1", "1", "1", location="A-01"), line("TEA-1", "1", "1")], T1)
    ).raises(DomainError, match=r"line 2: TEA-1 \(no location\) is outside", fields=("lines.1",))


def test_a_cycle_count_takes_its_selected_skus_only(given: Given) -> None:
    given(OPENED_SELECTION).when(RecordCounts([line("CUP-9", "1", "0")], T1)).raises(
        DomainError, match="CUP-9 is outside this count, which counts a cycle count of 2"
    )


def test_a_counted_quantity_cannot_be_negative_or_too_precise(given: Given) -> None:
    given(OPENED).when(RecordCounts([line("TEA-1", "-1", "0")], T1)).raises(
        DomainError, match="zero or more", fields=("lines.0.counted",)
    )
    given(OPENED).when(RecordCounts([line("TEA-1", "1.0000001", "0")], T1)).raises(
        DomainError, match="at most 6 decimal places"
    )


def test_a_count_is_in_the_unit_the_stock_is_kept_in(given: Given) -> None:
    given(OPENED).when(RecordCounts([line("TEA-1", "1", "0", unit="box")], T1)).raises(
        DomainError, match="kept in pcs, not box", fields=("lines.0.unit",)
    )


def test_a_sku_nobody_knows_needs_the_unit_it_was_counted_in(given: Given) -> None:
    given(OPENED).when(RecordCounts([line("NEW-1", "2", "0", stock_unit=None)], T1)).raises(
        DomainError, match="give the unit", fields=("lines.0.unit",)
    )
    [event] = (
        given(OPENED)
        .when(RecordCounts([line("NEW-1", "2", "0", stock_unit=None, unit="kg")], T1))
        .decided()
    )
    assert event.lines[0].unit == "kg"


def test_a_bad_sku_names_its_line(given: Given) -> None:
    given(OPENED).when(RecordCounts([line("TEA-1", "1", "1"), line("TEA 2", "1", "1")], T1)).raises(
        DomainError, match="line 2: the SKU", fields=("lines.1.sku",)
    )


def test_a_large_recording_is_split_into_events_of_at_most_1000_lines(given: Given) -> None:
    lines = [line(f"SKU-{i:05}", "1", "1") for i in range(2_500)]
    events = given(OPENED).when(RecordCounts(lines, T1)).decided()
    assert [len(e.lines) for e in events] == [LINES_PER_EVENT, LINES_PER_EVENT, 500]


def test_nothing_is_recorded_in_a_count_that_is_not_open(given: Given) -> None:
    given().when(RecordCounts([line("TEA-1", "1", "1")], T1)).raises(
        NotFound, match="no such stock count"
    )
    cancelled = StockCountCancelled(count_id=COUNT, warehouse=WH)
    given(OPENED, cancelled).when(RecordCounts([line("TEA-1", "1", "1")], T1)).raises(
        StateConflict, match="is cancelled: it cannot record counts"
    )


# --- close ---------------------------------------------------------------------------------


def counted_line(sku: str, expected: str, counted: str, at: datetime = T1) -> CountedLine:
    return CountedLine(
        sku=sku,
        expected=Decimal(expected),
        counted=Decimal(counted),
        variance=Decimal(counted) - Decimal(expected),
        counted_at=at,
    )


def test_closing_reports_every_line_against_the_stock_when_it_was_counted(given: Given) -> None:
    # TEA-1 was counted at 97 with 100 in the system; whatever moved since is not its business.
    state = (
        given(
            OPENED,
            recorded(("TEA-2", "5", "5"), ("TEA-1", "97", "100")),
            recorded(("TEA-3", "12", "10"), at=T2),
        )
        .when(CloseCount(uncounted=4))
        .then(
            StockCounted(
                count_id=COUNT,
                warehouse=WH,
                lines=[
                    counted_line("TEA-1", "100", "97"),
                    counted_line("TEA-2", "5", "5"),
                    counted_line("TEA-3", "10", "12", at=T2),
                ],
            ),
            StockCountClosed(
                count_id=COUNT, warehouse=WH, lines_counted=3, lines_adjusted=2, uncounted=4
            ),
        )
    )
    assert state.status is Status.CLOSED
    assert adjustments(state) == [
        (("TEA-1", "", ""), "pcs", Decimal(-3)),
        (("TEA-3", "", ""), "pcs", Decimal(2)),
    ]


def test_the_last_count_of_a_balance_is_the_one_posted(given: Given) -> None:
    [report, _] = (
        given(OPENED, recorded(("TEA-1", "90", "100")), recorded(("TEA-1", "107", "110"), at=T2))
        .when(CloseCount())
        .decided()
    )
    assert report.lines == [counted_line("TEA-1", "110", "107", at=T2)]


def test_a_large_close_is_reported_in_events_of_at_most_1000_lines(given: Given) -> None:
    history = [
        OPENED,
        recorded(*[(f"SKU-{i:05}", "2", "1") for i in range(1_000)]),
        recorded(*[(f"SKU-{i:05}", "2", "1") for i in range(1_000, 1_200)]),
    ]
    events = given(*history).when(CloseCount()).decided()
    assert [len(e.lines) for e in events[:-1]] == [1_000, 200]
    assert events[-1] == StockCountClosed(
        count_id=COUNT, warehouse=WH, lines_counted=1_200, lines_adjusted=1_200
    )


def test_a_count_with_nothing_counted_cannot_be_closed(given: Given) -> None:
    given(OPENED).when(CloseCount()).raises(StateConflict, match="or cancel the count")


def test_a_count_is_closed_once(given: Given) -> None:
    closed = StockCountClosed(count_id=COUNT, warehouse=WH, lines_counted=1, lines_adjusted=0)
    given(OPENED, recorded(("TEA-1", "1", "1")), closed).when(CloseCount()).raises(
        StateConflict, match="is closed: it cannot be closed"
    )


# --- cancel --------------------------------------------------------------------------------


def test_an_open_count_may_be_cancelled(given: Given) -> None:
    state = (
        given(OPENED, recorded(("TEA-1", "1", "2")))
        .when(CancelCount(" recounting next week "))
        .then(StockCountCancelled(count_id=COUNT, warehouse=WH, reason="recounting next week"))
    )
    assert state.status is Status.CANCELLED


def test_a_closed_count_cannot_be_cancelled(given: Given) -> None:
    closed = StockCountClosed(count_id=COUNT, warehouse=WH, lines_counted=1, lines_adjusted=1)
    given(OPENED, recorded(("TEA-1", "1", "2")), closed).when(CancelCount()).raises(
        StateConflict, match="is closed: it cannot be cancelled"
    )


def test_a_location_the_warehouse_does_not_have_is_refused(given: Given) -> None:
    given().when(OpenCount(COUNT, WH, Scope.LOCATION, location="A-9", location_known=False)).raises(
        DomainError, match="has no location A-9", fields=("location",)
    )
    given(OPENED).when(
        RecordCounts([line("TEA-1", "1", "0", location="A-0l", location_known=False)], T1)
    ).raises(DomainError, match="line 1: warehouse WH-SH has no location A-0l")
