"""Warehouse and its locations (bins). Pure: no I/O, no clock, no ids made here.
Stream `warehouse-<code>`.

`allow_negative_on_hand` is the warehouse's policy for issues (default: no); a quarantine
location holds goods that may not be issued or sold. A location's code is unique within its
warehouse and, once added, a location stays (there is no event to change or remove one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import LocationAdded, WarehouseRegistered, WarehouseUpdated
from jxc.events.limits import MAX_NAME
from jxc.inventory.domain.item import KEEP, Keep, kept
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_text, optional_text

# --- commands ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegisterWarehouse:
    code: str
    name: str
    allow_negative_on_hand: bool = False


@dataclass(frozen=True, slots=True)
class UpdateWarehouse:
    """Change what is given; KEEP leaves an attribute as it is."""

    code: str
    name: str | Keep = KEEP
    allow_negative_on_hand: bool | Keep = KEEP


@dataclass(frozen=True, slots=True)
class AddLocation:
    warehouse: str
    location: str
    name: str | None = None
    quarantine: bool = False


WarehouseCommand = RegisterWarehouse | UpdateWarehouse | AddLocation


# --- state ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LocationState:
    code: str
    name: str | None = None
    quarantine: bool = False


@dataclass(frozen=True, slots=True)
class WarehouseState:
    exists: bool = False
    code: str = ""
    name: str = ""
    allow_negative_on_hand: bool = False
    locations: tuple[LocationState, ...] = ()

    def location(self, code: str) -> LocationState | None:
        for location in self.locations:
            if location.code == code:
                return location
        return None


# --- decide --------------------------------------------------------------------------------


def decide(command: WarehouseCommand, state: WarehouseState) -> Sequence[DomainEvent]:
    match command:
        case RegisterWarehouse():
            return _register(command, state)
        case UpdateWarehouse():
            return _update(command, state)
        case AddLocation():
            return _add_location(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _register(command: RegisterWarehouse, state: WarehouseState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"warehouse {state.code} is already registered (as {state.name!r}); update it instead",
            fields=("code",),
            warehouse=state.code,
        )
    code = check_code(command.code, "code", "the warehouse code")
    return [
        WarehouseRegistered(
            warehouse=code,
            name=check_text(
                command.name, "name", f"the name of warehouse {code}", max_length=MAX_NAME
            ),
            allow_negative_on_hand=command.allow_negative_on_hand,
        )
    ]


def _update(command: UpdateWarehouse, state: WarehouseState) -> list[DomainEvent]:
    if not state.exists:
        raise NotFound(f"there is no warehouse {command.code}; register it first", fields=("code",))
    code = state.code
    if isinstance(command.name, Keep) and isinstance(command.allow_negative_on_hand, Keep):
        raise DomainError(
            f"nothing to update on warehouse {code}: give name or allow_negative_on_hand",
            fields=("name", "allow_negative_on_hand"),
        )
    name = state.name
    if not isinstance(command.name, Keep):
        name = check_text(
            command.name, "name", f"the name of warehouse {code}", max_length=MAX_NAME
        )
    allow_negative = kept(command.allow_negative_on_hand, state.allow_negative_on_hand)
    if (name, allow_negative) == (state.name, state.allow_negative_on_hand):
        return []  # already so: nothing happened, nothing to record
    return [WarehouseUpdated(warehouse=code, name=name, allow_negative_on_hand=allow_negative)]


def _add_location(command: AddLocation, state: WarehouseState) -> list[DomainEvent]:
    if not state.exists:
        raise NotFound(
            f"there is no warehouse {command.warehouse}; register it before adding locations",
            fields=("warehouse",),
        )
    code = check_code(command.location, "location", "the location code")
    existing = state.location(code)
    if existing is not None:
        described = f" ({existing.name})" if existing.name else ""
        raise StateConflict(
            f"warehouse {state.code} already has a location {code}{described}; "
            "location codes are unique within a warehouse",
            fields=("location",),
            warehouse=state.code,
            location=code,
        )
    return [
        LocationAdded(
            warehouse=state.code,
            location=code,
            name=optional_text(
                command.name, "name", f"the name of location {code}", max_length=MAX_NAME
            ),
            quarantine=command.quarantine,
        )
    ]


# --- evolve --------------------------------------------------------------------------------


def evolve(state: WarehouseState, event: DomainEvent) -> WarehouseState:
    if isinstance(event, WarehouseRegistered):
        return WarehouseState(
            exists=True,
            code=event.warehouse,
            name=event.name,
            allow_negative_on_hand=event.allow_negative_on_hand,
        )
    if isinstance(event, WarehouseUpdated):
        return replace(state, name=event.name, allow_negative_on_hand=event.allow_negative_on_hand)
    if isinstance(event, LocationAdded):
        location = LocationState(code=event.location, name=event.name, quarantine=event.quarantine)
        return replace(state, locations=(*state.locations, location))
    return state


warehouse_decider: Decider[WarehouseCommand, WarehouseState] = Decider(
    stream_prefix="warehouse",
    initial_state=WarehouseState(),
    decide=decide,
    evolve=evolve,
    state_type=WarehouseState,
)
