"""Item (the item master): a SKU with its name, unit, category, barcode and whether it is lot
tracked. Pure: no I/O, no clock, no ids made here. Stream `item-<sku>`.

The SKU and the unit never change once registered (stock is kept in that unit, and the SKU is
the item's identity); everything else may be updated. ItemUpdated carries every changeable
attribute as it is after the update, so a subscriber needs no earlier event to read it.

A barcode must be unique across items: that spans aggregates, so it is enforced by the unique
index of the inline `items` table (app/master.py), not here.

"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Final, TypeVar, assert_never

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import ItemRegistered, ItemUpdated
from jxc.events.limits import MAX_CODE as MAX_CODE
from jxc.events.limits import MAX_NAME as MAX_NAME
from jxc.events.limits import MAX_UNIT as MAX_UNIT
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_text, optional_text

T = TypeVar("T")

# The names api/ imports from here; the limits themselves are jxc.events.limits's.
MAX_CATEGORY = MAX_CODE
MAX_BARCODE = MAX_CODE

_BARCODE = re.compile(r"\S+")


class Keep(Enum):
    """In an update command: leave this attribute as it is."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP


def kept(new: T | Keep, old: T) -> T:
    """The value after an update: `old` when the command keeps it, else `new`."""
    return old if isinstance(new, Keep) else new


# --- input checks (the shared ones are jxc.platform.value_checks) -----------------------


def check_barcode(value: str | None, field: str = "barcode") -> str | None:
    """A barcode (EAN, UPC or an internal code) without spaces, or None when blank."""
    barcode = optional_text(value, field, "the barcode", max_length=MAX_CODE)
    if barcode is not None and not _BARCODE.fullmatch(barcode):
        raise DomainError(f"barcode {barcode!r} may not contain spaces", fields=(field,))
    return barcode


# --- commands ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegisterItem:
    sku: str
    name: str
    unit: str
    category: str | None = None
    barcode: str | None = None
    lot_tracked: bool = False


@dataclass(frozen=True, slots=True)
class UpdateItem:
    """Change what is given; KEEP leaves an attribute as it is, None clears category or
    barcode. `unit` may only be given to repeat the item's unit (it never changes)."""

    sku: str
    name: str | Keep = KEEP
    category: str | Keep | None = KEEP
    barcode: str | Keep | None = KEEP
    lot_tracked: bool | Keep = KEEP
    unit: str | Keep = KEEP


ItemCommand = RegisterItem | UpdateItem


# --- state ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemState:
    exists: bool = False
    sku: str = ""
    name: str = ""
    unit: str = ""
    category: str | None = None
    barcode: str | None = None
    lot_tracked: bool = False


# --- decide --------------------------------------------------------------------------------


def decide(command: ItemCommand, state: ItemState) -> Sequence[DomainEvent]:
    match command:
        case RegisterItem():
            return _register(command, state)
        case UpdateItem():
            return _update(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _register(command: RegisterItem, state: ItemState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"item {state.sku} is already registered (as {state.name!r}, in {state.unit}); "
            "update it instead",
            fields=("sku",),
            sku=state.sku,
        )
    sku = check_code(command.sku, "sku", "the SKU")
    name = check_text(command.name, "name", f"the name of item {sku}", max_length=MAX_NAME)
    unit = check_text(command.unit, "unit", f"the unit of item {sku}", max_length=MAX_UNIT)
    category = optional_text(command.category, "category", "the category", max_length=MAX_CODE)
    return [
        ItemRegistered(
            sku=sku,
            name=name,
            unit=unit,
            category=category,
            barcode=check_barcode(command.barcode),
            lot_tracked=command.lot_tracked,
        )
    ]


def _update(command: UpdateItem, state: ItemState) -> list[DomainEvent]:
    if not state.exists:
        raise NotFound(f"there is no item {command.sku}; register it first", fields=("sku",))
    sku = state.sku
    if not isinstance(command.unit, Keep) and command.unit.strip() != state.unit:
        raise DomainError(
            f"the unit of item {sku} is {state.unit} and never changes (stock is kept in it); "
            f"register a new SKU for the item in {command.unit.strip() or 'another unit'}",
            fields=("unit",),
        )
    changes = (command.name, command.category, command.barcode, command.lot_tracked)
    if all(isinstance(change, Keep) for change in changes):
        raise DomainError(
            f"nothing to update on item {sku}: give at least one of name, category, barcode, "
            "lot_tracked",
            fields=("name", "category", "barcode", "lot_tracked"),
        )
    name = state.name
    if not isinstance(command.name, Keep):
        name = check_text(command.name, "name", f"the name of item {sku}", max_length=MAX_NAME)
    category = state.category
    if not isinstance(command.category, Keep):
        category = optional_text(command.category, "category", "the category", max_length=MAX_CODE)
    barcode = state.barcode
    if not isinstance(command.barcode, Keep):
        barcode = check_barcode(command.barcode)
    lot_tracked = kept(command.lot_tracked, state.lot_tracked)
    after = (name, category, barcode, lot_tracked)
    if after == (state.name, state.category, state.barcode, state.lot_tracked):
        return []  # already so: nothing happened, nothing to record
    return [
        ItemUpdated(sku=sku, name=name, category=category, barcode=barcode, lot_tracked=lot_tracked)
    ]


# --- evolve --------------------------------------------------------------------------------


def evolve(state: ItemState, event: DomainEvent) -> ItemState:
    if isinstance(event, ItemRegistered):
        return ItemState(
            exists=True,
            sku=event.sku,
            name=event.name,
            unit=event.unit,
            category=event.category,
            barcode=event.barcode,
            lot_tracked=event.lot_tracked,
        )
    if isinstance(event, ItemUpdated):
        return replace(
            state,
            name=event.name,
            category=event.category,
            barcode=event.barcode,
            lot_tracked=event.lot_tracked,
        )
    return state


item_decider: Decider[ItemCommand, ItemState] = Decider(
    stream_prefix="item",
    initial_state=ItemState(),
    decide=decide,
    evolve=evolve,
    state_type=ItemState,
)
