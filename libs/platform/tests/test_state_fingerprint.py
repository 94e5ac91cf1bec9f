"""A snapshot's state_type names the shape of its state: a changed class changes it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pydantic import TypeAdapter

from jxc.platform.commands import state_fingerprint


@dataclass
class Before:
    on_hand: Decimal


@dataclass
class Added:
    on_hand: Decimal
    reserved: Decimal = Decimal(0)


@dataclass
class Retyped:
    on_hand: int


def test_the_same_shape_has_the_same_fingerprint() -> None:
    assert state_fingerprint(TypeAdapter(Before)) == state_fingerprint(TypeAdapter(Before))


def test_an_added_or_retyped_field_changes_the_fingerprint() -> None:
    fingerprints = {state_fingerprint(TypeAdapter(t)) for t in (Before, Added, Retyped)}
    assert len(fingerprints) == 3
