from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import pytest
from pydantic import TypeAdapter

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import SupplierRegistered
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.purchasing.domain import RegisterSupplier, SupplierState, supplier_decider

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
        exists=True, code="ACME", name="Acme Trading Ltd", currency="EUR", blocked=False
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
        DomainError, match="0 days or more", fields=("payment_terms_days",)
    )


def test_email_must_look_like_an_address(given: Given) -> None:
    given().when(register(email="acme.example")).raises(
        DomainError, match="not an email address", fields=("email",)
    )


def test_evolve_ignores_events_it_does_not_know() -> None:
    state = supplier_decider.fold([registered()])
    assert supplier_decider.evolve(state, _Unrelated()) is state


def test_state_survives_a_snapshot_round_trip() -> None:
    state = supplier_decider.fold([registered()])
    adapter = TypeAdapter(SupplierState)
    assert adapter.validate_json(adapter.dump_json(state)) == state


def test_streams_are_named_supplier_id() -> None:
    assert supplier_decider.stream_id(SUPPLIER) == f"supplier-{SUPPLIER}"


class _Unrelated(DomainEvent):
    event_type = "test.Unrelated"
