"""ABC classification, checked by hand.

The rule (domain/abc_class.py): sorted by value, highest first; A while the items *before*
hold less than 80 % of the total, B while they hold less than 95 %, else C; no consumption is
C. So the item that crosses the 80 % line is A, and the next one starts B.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jxc.inventory.domain.abc_class import AbcClass, Classified, Thresholds, classify
from jxc.platform.decider import DomainError

D = Decimal
A, B, C = AbcClass.A, AbcClass.B, AbcClass.C


def classes(values: dict[str, str], thresholds: Thresholds | None = None) -> dict[str, AbcClass]:
    return {c.sku: c.abc_class for c in classify({k: D(v) for k, v in values.items()}, thresholds)}


def test_800_150_50_is_a_b_c() -> None:
    # total 1000: before X 0 % -> A; before Y 80 % (not below 80) -> B; before Z 95 % -> C
    assert classes({"Z": "50", "X": "800", "Y": "150"}) == {"X": A, "Y": B, "Z": C}


def test_the_item_that_crosses_the_80_percent_line_is_a() -> None:
    # total 1000: P takes the cumulative share 0 -> 70 %, Q 70 -> 90 % (crosses 80: A),
    # R 90 -> 100 % (before it 90 %, below 95: B)
    assert classes({"P": "700", "Q": "200", "R": "100"}) == {"P": A, "Q": A, "R": B}


def test_an_item_holding_more_than_80_percent_alone_is_a() -> None:
    assert classes({"BIG": "900", "S": "60", "T": "40"}) == {"BIG": A, "S": B, "T": C}


def test_the_b_line_crossing_item_is_b() -> None:
    # total 100: 50 (A, before 0), 29 (A, before 50), 10 (before 79: A), 6 (before 89: B),
    # 3 (before 95: C), 2 (C)
    assert classes({"a": "50", "b": "29", "c": "10", "d": "6", "e": "3", "f": "2"}) == {
        "a": A,
        "b": A,
        "c": A,
        "d": B,
        "e": C,
        "f": C,
    }


def test_items_without_consumption_are_c() -> None:
    assert classes({"X": "10", "IDLE": "0", "RETURNED": "-5"}) == {
        "X": A,
        "IDLE": C,
        "RETURNED": C,
    }
    assert classes({"U": "0", "V": "0"}) == {"U": C, "V": C}
    assert classify({}) == []


def test_ties_are_ranked_by_sku_so_the_order_given_does_not_matter() -> None:
    # total 300, three equal items: before them 0 %, 33 %, 67 % -> all A
    assert classes({"K3": "100", "K1": "100", "K2": "100"}) == {"K1": A, "K2": A, "K3": A}
    # total 10: 8 (A), then two of 1 each: the first (K1) has 80 % before it -> B, K2 has
    # 90 % before it -> B as well
    assert classes({"K2": "1", "BIG": "8", "K1": "1"}) == {"BIG": A, "K1": B, "K2": B}


def test_the_result_is_ordered_with_values_and_cumulative_shares() -> None:
    result = classify({"Y": D(150), "X": D(800), "Z": D(50), "W": D(0)})
    assert result == [
        Classified("X", A, D(800), D("0.8")),
        Classified("Y", B, D(150), D("0.95")),
        Classified("Z", C, D(50), D(1)),
        Classified("W", C, D(0), D(1)),
    ]


def test_thresholds_are_configurable() -> None:
    values = {"X": "500", "Y": "300", "Z": "200"}
    # 50 / 30 / 20: X (before 0) A; Y (before 50 %) B; Z (before 80 %) C
    assert classes(values, Thresholds(D("0.5"), D("0.3"))) == {"X": A, "Y": B, "Z": C}
    # 60 / 40: nothing is C unless it consumed nothing
    assert classes(values, Thresholds(D("0.6"), D("0.4"))) == {"X": A, "Y": A, "Z": B}
    # no B band
    assert classes(values, Thresholds(D("0.5"), D("0"))) == {"X": A, "Y": C, "Z": C}


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [
        ("0", "0.1", "a_share must be greater than zero"),
        ("1.2", "0", "a_share must be a fraction"),
        ("0.8", "-0.1", "b_share must be a fraction"),
        ("0.9", "0.15", "may not exceed 1"),
    ],
)
def test_thresholds_that_make_no_sense_are_refused(a: str, b: str, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        Thresholds(D(a), D(b))


def test_decimal_values_are_compared_exactly() -> None:
    # total 0.3: before "b" exactly 0.2 / 0.3 = 66.7 %; before "c" 0.25 / 0.3 = 83.3 %
    assert classes({"a": "0.2", "b": "0.05", "c": "0.05"}) == {"a": A, "b": A, "c": B}
