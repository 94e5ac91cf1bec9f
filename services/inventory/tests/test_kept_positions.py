"""KeptPositions: a position is trusted only at the version and last event it was kept at;
the memory is bounded in rows, least recently used first out; small positions are not kept."""

from decimal import Decimal
from uuid import uuid4

from jxc.inventory.adapters.kept_positions import KeptPositions
from jxc.inventory.domain.stock import Layer

D = Decimal


def layers(n: int) -> tuple[Layer, ...]:
    return tuple(Layer(D(1), D(2), None, seq) for seq in range(n))


def test_a_kept_position_is_trusted_only_at_the_version_and_event_it_was_kept_at() -> None:
    kept = KeptPositions(100, min_rows=1)
    event = uuid4()
    kept.put(("A", "W"), 3, event, {}, layers(2), ())
    assert kept.valid(("A", "W"), 3, event) is not None
    assert kept.valid(("A", "W"), 3, uuid4()) is None  # another event at that version
    assert kept.get(("A", "W")) is None  # and it is dropped
    kept.put(("A", "W"), 3, event, {}, layers(2), ())
    assert kept.valid(("A", "W"), 4, event) is None
    kept.put(("A", "W"), 3, event, {}, layers(2), ())
    assert kept.valid(("A", "W"), 3, None) is None  # a row saved before it named its event


def test_the_rows_kept_stay_under_the_bound_least_recently_used_first_out() -> None:
    kept = KeptPositions(10, min_rows=1)
    events = {k: uuid4() for k in "abc"}
    for k in "abc":
        kept.put((k, "W"), 1, events[k], {}, layers(3), ())  # 4 rows each
    assert len(kept) == 2 and kept.rows == 8  # a went first
    assert kept.valid(("b", "W"), 1, events["b"]) is not None  # b used: c is next out
    kept.put(("d", "W"), 1, uuid4(), {}, layers(2), ())  # 3 rows: 11 > 10
    assert kept.get(("c", "W")) is None and kept.get(("b", "W")) is not None
    assert kept.rows == 7
    kept.put(("b", "W"), 2, uuid4(), {}, layers(20), ())  # larger than the bound: not kept
    assert kept.get(("b", "W")) is None and kept.rows == 3


def test_a_position_of_few_rows_is_not_kept() -> None:
    kept = KeptPositions(1_000, min_rows=8)
    event = uuid4()
    kept.put(("A", "W"), 1, event, {("", ""): D(1)}, layers(5), ())  # 7 rows
    assert kept.get(("A", "W")) is None
    kept.put(("A", "W"), 2, event, {("", ""): D(1)}, layers(6), ())  # 8 rows
    assert kept.get(("A", "W")) is not None
    kept.put(("A", "W"), 3, event, {}, layers(1), ())  # shrunk: no longer kept
    assert kept.get(("A", "W")) is None and kept.rows == 0
