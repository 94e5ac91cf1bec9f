from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import TypeAdapter

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import LocationAdded, WarehouseRegistered, WarehouseUpdated
from jxc.inventory.domain.warehouse import (
    AddLocation,
    LocationState,
    RegisterWarehouse,
    UpdateWarehouse,
    WarehouseState,
    warehouse_decider,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]

WH = "WH-SH"
REGISTERED = WarehouseRegistered(warehouse=WH, name="Shanghai DC")


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return warehouse_decider


def location_added(location: str = "A-01-01", **changes: Any) -> LocationAdded:
    values: dict[str, Any] = {"warehouse": WH, "location": location, "name": "Aisle A"}
    values.update(changes)
    return LocationAdded(**values)


# --- register ------------------------------------------------------------------------------


def test_registering_a_warehouse_records_it_with_no_negative_stock_by_default(
    given: Given,
) -> None:
    state = given().when(RegisterWarehouse(code=WH, name="Shanghai DC")).then(REGISTERED)
    assert state == WarehouseState(exists=True, code=WH, name="Shanghai DC")
    assert state.allow_negative_on_hand is False


def test_a_warehouse_may_allow_negative_on_hand(given: Given) -> None:
    given().when(
        RegisterWarehouse(code=" WH-BJ ", name=" Beijing ", allow_negative_on_hand=True)
    ).then(WarehouseRegistered(warehouse="WH-BJ", name="Beijing", allow_negative_on_hand=True))


def test_registering_an_existing_warehouse_is_a_conflict(given: Given) -> None:
    given(REGISTERED).when(RegisterWarehouse(code=WH, name="Other")).raises(
        StateConflict, match=f"warehouse {WH} is already registered", fields=("code",)
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"code": " "}, "code", "must not be blank"),
        ({"code": "WH SH"}, "code", "may not contain"),
        ({"code": "W" * 65}, "code", "at most 64"),
        ({"name": ""}, "name", "must not be blank"),
        ({"name": "n" * 201}, "name", "at most 200"),
    ],
)
def test_code_and_name_are_checked(
    given: Given, changes: dict[str, Any], field: str, message: str
) -> None:
    values: dict[str, Any] = {"code": WH, "name": "Shanghai DC", **changes}
    given().when(RegisterWarehouse(**values)).raises(DomainError, match=message, fields=(field,))


# --- update --------------------------------------------------------------------------------


def test_an_update_records_name_and_policy_as_they_are_now(given: Given) -> None:
    state = (
        given(REGISTERED)
        .when(UpdateWarehouse(code=WH, allow_negative_on_hand=True))
        .then(WarehouseUpdated(warehouse=WH, name="Shanghai DC", allow_negative_on_hand=True))
    )
    assert state.allow_negative_on_hand is True


def test_an_update_may_rename(given: Given) -> None:
    given(REGISTERED).when(UpdateWarehouse(code=WH, name="Shanghai Pudong DC")).then(
        WarehouseUpdated(warehouse=WH, name="Shanghai Pudong DC", allow_negative_on_hand=False)
    )


def test_an_update_keeps_the_locations(given: Given) -> None:
    state = (
        given(REGISTERED, location_added())
        .when(UpdateWarehouse(code=WH, name="New"))
        .then(WarehouseUpdated(warehouse=WH, name="New", allow_negative_on_hand=False))
    )
    assert [loc.code for loc in state.locations] == ["A-01-01"]


def test_an_update_that_changes_nothing_records_nothing(given: Given) -> None:
    given(REGISTERED).when(
        UpdateWarehouse(code=WH, name="Shanghai DC", allow_negative_on_hand=False)
    ).then()


def test_an_update_with_nothing_to_change_is_refused(given: Given) -> None:
    given(REGISTERED).when(UpdateWarehouse(code=WH)).raises(
        DomainError, match="nothing to update", fields=("name", "allow_negative_on_hand")
    )


def test_an_update_may_not_blank_the_name(given: Given) -> None:
    given(REGISTERED).when(UpdateWarehouse(code=WH, name=" ")).raises(
        DomainError, match="must not be blank", fields=("name",)
    )


def test_updating_an_unknown_warehouse_is_not_found(given: Given) -> None:
    given().when(UpdateWarehouse(code=WH, name="x")).raises(
        NotFound, match="there is no warehouse", fields=("code",)
    )


# --- locations -----------------------------------------------------------------------------


def test_adding_a_location_records_it(given: Given) -> None:
    state = (
        given(REGISTERED)
        .when(AddLocation(warehouse=WH, location=" A-01-01 ", name=" Aisle A "))
        .then(location_added())
    )
    assert state.locations == (LocationState(code="A-01-01", name="Aisle A", quarantine=False),)


def test_a_quarantine_location_is_marked(given: Given) -> None:
    state = (
        given(REGISTERED, location_added())
        .when(AddLocation(warehouse=WH, location="QC", quarantine=True))
        .then(location_added("QC", name=None, quarantine=True))
    )
    assert state.location("QC") == LocationState(code="QC", quarantine=True)
    assert state.location("A-01-01") is not None
    assert state.location("nowhere") is None


def test_a_location_code_is_unique_within_its_warehouse(given: Given) -> None:
    given(REGISTERED, location_added()).when(
        AddLocation(warehouse=WH, location="A-01-01", name="Again")
    ).raises(
        StateConflict,
        match=f"warehouse {WH} already has a location A-01-01 \\(Aisle A\\)",
        fields=("location",),
    )


def test_another_warehouse_may_use_the_same_location_code(given: Given) -> None:
    beijing = WarehouseRegistered(warehouse="WH-BJ", name="Beijing")
    given(beijing).when(AddLocation(warehouse="WH-BJ", location="A-01-01")).then(
        LocationAdded(warehouse="WH-BJ", location="A-01-01")
    )


def test_adding_a_location_to_an_unknown_warehouse_is_not_found(given: Given) -> None:
    given().when(AddLocation(warehouse=WH, location="A-01-01")).raises(
        NotFound, match="register it before adding locations", fields=("warehouse",)
    )


@pytest.mark.parametrize(
    ("location", "message"), [("", "must not be blank"), ("A 1", "may not contain")]
)
def test_a_location_code_is_checked(given: Given, location: str, message: str) -> None:
    given(REGISTERED).when(AddLocation(warehouse=WH, location=location)).raises(
        DomainError, match=message, fields=("location",)
    )


# --- evolve and the stream -----------------------------------------------------------------


def test_evolve_ignores_events_it_does_not_know() -> None:
    state = warehouse_decider.fold([REGISTERED])
    assert warehouse_decider.evolve(state, _Unrelated()) is state


def test_state_survives_a_snapshot_round_trip() -> None:
    state = warehouse_decider.fold(
        [REGISTERED, location_added(), location_added("QC", name=None, quarantine=True)]
    )
    adapter = TypeAdapter(WarehouseState)
    assert adapter.validate_json(adapter.dump_json(state)) == state


def test_streams_are_named_warehouse_code() -> None:
    assert warehouse_decider.stream_id(WH) == f"warehouse-{WH}"


class _Unrelated(DomainEvent):
    event_type = "test.Unrelated"
