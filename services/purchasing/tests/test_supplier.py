from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import pytest
from pydantic import TypeAdapter

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import (
    SupplierBlocked,
    SupplierRegistered,
    SupplierUnblocked,
    SupplierUpdated,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.purchasing.domain import (
    BlockSupplier,
    RegisterSupplier,
    SupplierState,
    UnblockSupplier,
    UpdateSupplier,
    supplier_decider,
)

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]

SUPPLIER = UUID("0190a000-0000-7000-8000-000000000001")


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return supplier_decider


def register(**changes: Any) -> RegisterSupplier:
    values: dict[str, Any] = {
        "supplier_id": SUPPLIER,
        "code": "ACME",
        "name": "Acme Trading Ltd",
        "currency": "EUR",
        "payment_terms_days": 45,
        "email": "orders@acme.example",
    }
    values.update(changes)
    return RegisterSupplier(**values)


def registered(**changes: Any) -> SupplierRegistered:
    values: dict[str, Any] = {
        "supplier_id": SUPPLIER,
        "code": "ACME",
        "name": "Acme Trading Ltd",
        "currency": "EUR",
        "payment_terms_days": 45,
        "email": "orders@acme.example",
    }
    values.update(changes)
    return SupplierRegistered(**values)


def test_registering_a_new_supplier_records_it(given: Given) -> None:
    state = given().when(register()).then(registered())
    assert state == SupplierState(
        exists=True,
        code="ACME",
        name="Acme Trading Ltd",
        currency="EUR",
        payment_terms_days=45,
        email="orders@acme.example",
        blocked=False,
    )


def test_registration_trims_code_and_name_and_drops_a_blank_email(given: Given) -> None:
    given().when(register(code="  ACME ", name=" Acme Trading Ltd ", email="  ")).then(
        registered(email=None)
    )


def test_registering_the_same_supplier_twice_is_a_conflict(given: Given) -> None:
    given(registered()).when(register(name="Someone else")).raises(
        StateConflict, match="already registered", fields=("supplier_id",)
    )


@pytest.mark.parametrize("currency", ["eur", "EURO", "", "E1R"])
def test_currency_must_be_an_iso_code(given: Given, currency: str) -> None:
    given().when(register(currency=currency)).raises(
        DomainError, match="ISO 4217", fields=("currency",)
    )


@pytest.mark.parametrize(("field", "value"), [("code", "  "), ("name", "")])
def test_code_and_name_must_not_be_blank(given: Given, field: str, value: str) -> None:
    given().when(register(**{field: value})).raises(
        DomainError, match="must not be blank", fields=(field,)
    )


def test_code_longer_than_the_contract_allows_is_refused(given: Given) -> None:
    given().when(register(code="X" * 65)).raises(DomainError, match="at most 64", fields=("code",))


def test_payment_terms_must_not_be_negative(given: Given) -> None:
    given().when(register(payment_terms_days=-1)).raises(
        DomainError, match="0 to 365 days, not -1", fields=("payment_terms_days",)
    )


def test_email_must_look_like_an_address(given: Given) -> None:
    given().when(register(email="acme.example")).raises(
        DomainError, match="not an email address", fields=("email",)
    )


# --- update ------------------------------------------------------------------------------


def updated(**changes: Any) -> SupplierUpdated:
    values: dict[str, Any] = {
        "supplier_id": SUPPLIER,
        "name": "Acme Trading Ltd",
        "payment_terms_days": 45,
        "email": "orders@acme.example",
    }
    values.update(changes)
    return SupplierUpdated(**values)


def test_an_update_records_every_detail_as_it_is_now(given: Given) -> None:
    state = (
        given(registered())
        .when(UpdateSupplier(SUPPLIER, payment_terms_days=60))
        .then(updated(payment_terms_days=60))
    )
    assert (state.name, state.payment_terms_days, state.email) == (
        "Acme Trading Ltd",
        60,
        "orders@acme.example",
    )


def test_an_update_trims_the_name_and_an_empty_email_removes_it(given: Given) -> None:
    given(registered()).when(UpdateSupplier(SUPPLIER, name=" Acme Ltd ", email="")).then(
        updated(name="Acme Ltd", email=None)
    )


def test_an_update_that_changes_nothing_records_nothing(given: Given) -> None:
    given(registered()).when(UpdateSupplier(SUPPLIER, name="Acme Trading Ltd")).then()


@pytest.mark.parametrize(
    ("changes", "field", "match"),
    [
        ({"name": " "}, "name", "must not be blank"),
        ({"payment_terms_days": 400}, "payment_terms_days", "0 to 365 days, not 400"),
        ({"email": "nobody"}, "email", "not an email address"),
    ],
)
def test_an_update_is_checked_like_a_registration(
    given: Given, changes: dict[str, Any], field: str, match: str
) -> None:
    given(registered()).when(UpdateSupplier(SUPPLIER, **changes)).raises(
        DomainError, match=match, fields=(field,)
    )


def test_updating_an_unknown_supplier_is_not_found(given: Given) -> None:
    given().when(UpdateSupplier(SUPPLIER, name="x")).raises(
        NotFound, match="there is no supplier", fields=("supplier_id",)
    )


# --- block and unblock -----------------------------------------------------------------


def blocked() -> SupplierBlocked:
    return SupplierBlocked(supplier_id=SUPPLIER, blocked_by="li.wei", reason="quality audit failed")


def test_blocking_records_who_and_why(given: Given) -> None:
    state = (
        given(registered())
        .when(BlockSupplier(SUPPLIER, " li.wei ", " quality audit failed "))
        .then(blocked())
    )
    assert state.blocked
    assert state.blocked_reason == "quality audit failed"


def test_blocking_needs_a_reason(given: Given) -> None:
    given(registered()).when(BlockSupplier(SUPPLIER, "li.wei", "  ")).raises(
        DomainError, match="say why", fields=("reason",)
    )


def test_blocking_a_blocked_supplier_is_a_conflict(given: Given) -> None:
    given(registered(), blocked()).when(BlockSupplier(SUPPLIER, "x", "again")).raises(
        StateConflict, match=r"ACME is already blocked \(quality audit failed\)"
    )


def test_unblocking_records_who_and_why(given: Given) -> None:
    state = (
        given(registered(), blocked())
        .when(UnblockSupplier(SUPPLIER, "wang.fang", "re-audit passed"))
        .then(
            SupplierUnblocked(
                supplier_id=SUPPLIER, unblocked_by="wang.fang", reason="re-audit passed"
            )
        )
    )
    assert not state.blocked
    assert state.blocked_reason is None


def test_unblocking_a_supplier_that_is_not_blocked_is_a_conflict(given: Given) -> None:
    given(registered()).when(UnblockSupplier(SUPPLIER, "x", "why not")).raises(
        StateConflict, match="ACME is not blocked"
    )


def test_blocking_an_unknown_supplier_is_not_found(given: Given) -> None:
    given().when(BlockSupplier(SUPPLIER, "x", "y")).raises(NotFound, match="no supplier")


def test_evolve_ignores_events_it_does_not_know() -> None:
    state = supplier_decider.fold([registered()])
    assert supplier_decider.evolve(state, _Unrelated()) is state


def test_state_survives_a_snapshot_round_trip() -> None:
    state = supplier_decider.fold([registered(), updated(email=None), blocked()])
    adapter = TypeAdapter(SupplierState)
    assert adapter.validate_json(adapter.dump_json(state)) == state


def test_streams_are_named_supplier_id() -> None:
    assert supplier_decider.stream_id(SUPPLIER) == f"supplier-{SUPPLIER}"


class _Unrelated(DomainEvent):
    event_type = "test.Unrelated"
