from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from pydantic import TypeAdapter

from jxc.crm.domain.customer import (
    AddressDetails,
    ChangeCreditLimit,
    ContactDetails,
    CustomerState,
    RegisterCustomer,
    UpdateCustomer,
    customer_decider,
)
from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import (
    Address,
    Contact,
    CreditLimitChanged,
    CustomerRegistered,
    CustomerUpdated,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]

CUSTOMER = UUID("0190b000-0000-7000-8000-000000000001")
SHOP = AddressDetails(
    label="shop",
    street="88 Nanjing Road",
    city="Shanghai",
    country="CN",
    latitude=Decimal("31.2354"),
    longitude=Decimal("121.4737"),
    postal_code="200001",
)
BUYER = ContactDetails(name="Chen Jing", role="buyer", email="chen@hx.example", phone="+86 21 1")


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return customer_decider


def register(**changes: Any) -> RegisterCustomer:
    values: dict[str, Any] = {
        "customer_id": CUSTOMER,
        "code": "HX-001",
        "name": "Hongxing Trading",
        "customer_group": "retail",
        "currency": "CNY",
        "tags": ("vip", "east"),
        "sales_owner": "wang.fang",
        "contacts": (BUYER,),
        "addresses": (SHOP,),
    }
    values.update(changes)
    return RegisterCustomer(**values)


def contact() -> Contact:
    return Contact(name="Chen Jing", role="buyer", email="chen@hx.example", phone="+86 21 1")


def address() -> Address:
    return Address(
        label="shop",
        street="88 Nanjing Road",
        city="Shanghai",
        postal_code="200001",
        country="CN",
        latitude=Decimal("31.2354"),
        longitude=Decimal("121.4737"),
    )


def registered(**changes: Any) -> CustomerRegistered:
    values: dict[str, Any] = {
        "customer_id": CUSTOMER,
        "code": "HX-001",
        "name": "Hongxing Trading",
        "customer_group": "retail",
        "tags": ["east", "vip"],
        "sales_owner": "wang.fang",
        "currency": "CNY",
        "contacts": [contact()],
        "addresses": [address()],
    }
    values.update(changes)
    return CustomerRegistered(**values)


def test_registering_a_new_customer_records_its_profile(given: Given) -> None:
    state = given().when(register()).then(registered())
    assert state.exists
    assert (state.code, state.currency, state.tags) == ("HX-001", "CNY", ("east", "vip"))
    assert state.credit_limit == Decimal("0")
    assert state.addresses[0].latitude == Decimal("31.2354")


def test_registration_trims_texts_drops_blank_options_and_sorts_tags_once(given: Given) -> None:
    given().when(
        register(
            code=" HX-001 ",
            name=" Hongxing Trading ",
            tags=("vip", " east", "vip"),
            sales_owner="  ",
            contacts=(),
            addresses=(),
        )
    ).then(registered(sales_owner=None, contacts=[], addresses=[]))


def test_registering_the_same_customer_twice_is_a_conflict(given: Given) -> None:
    given(registered()).when(register(name="Other")).raises(
        StateConflict, match="already registered", fields=("customer_id",)
    )


@pytest.mark.parametrize(
    ("changes", "field", "match"),
    [
        ({"code": "HX 001"}, "code", "may not contain spaces"),
        ({"name": " "}, "name", "must not be blank"),
        ({"customer_group": ""}, "customer_group", "must not be blank"),
        ({"currency": "rmb"}, "currency", "ISO 4217"),
        ({"tags": ("ok", " ")}, "tags.1", "must not be blank"),
    ],
)
def test_registration_refuses_bad_details_naming_the_field(
    given: Given, changes: dict[str, Any], field: str, match: str
) -> None:
    given().when(register(**changes)).raises(DomainError, match=match, fields=(field,))


@pytest.mark.parametrize(
    ("changes", "field", "match"),
    [
        ({"latitude": Decimal("90.5")}, "addresses.0.latitude", "-90 to 90"),
        ({"longitude": Decimal("-181")}, "addresses.0.longitude", "-180 to 180"),
        ({"latitude": Decimal("NaN")}, "addresses.0.latitude", "-90 to 90"),
        ({"latitude": Decimal("1.123456789")}, "addresses.0.latitude", "7 decimal places"),
        ({"country": "China"}, "addresses.0.country", "ISO 3166"),
        ({"city": " "}, "addresses.0.city", "must not be blank"),
    ],
)
def test_an_address_is_checked_and_placed_on_the_map(
    given: Given, changes: dict[str, Any], field: str, match: str
) -> None:
    values: dict[str, Any] = {
        "label": "shop",
        "street": "88 Nanjing Road",
        "city": "Shanghai",
        "country": "CN",
        "latitude": Decimal("31.2354"),
        "longitude": Decimal("121.4737"),
    }
    values.update(changes)
    given().when(register(addresses=(AddressDetails(**values),))).raises(
        DomainError, match=match, fields=(field,)
    )


def test_two_addresses_may_not_share_a_label(given: Given) -> None:
    given().when(register(addresses=(SHOP, SHOP))).raises(
        DomainError, match="label 'shop' is used twice", fields=("addresses.1.label",)
    )


def test_a_contact_email_must_look_like_an_address(given: Given) -> None:
    given().when(register(contacts=(ContactDetails(name="Chen", email="chen"),))).raises(
        DomainError, match="not an email address", fields=("contacts.0.email",)
    )


# --- update ------------------------------------------------------------------------------


def updated(**changes: Any) -> CustomerUpdated:
    values: dict[str, Any] = {
        "customer_id": CUSTOMER,
        "name": "Hongxing Trading",
        "customer_group": "retail",
        "tags": ["east", "vip"],
        "sales_owner": "wang.fang",
        "contacts": [contact()],
        "addresses": [address()],
    }
    values.update(changes)
    return CustomerUpdated(**values)


def test_an_update_records_the_whole_profile_as_it_is_now(given: Given) -> None:
    state = (
        given(registered())
        .when(UpdateCustomer(CUSTOMER, customer_group="wholesale", tags=("key",)))
        .then(updated(customer_group="wholesale", tags=["key"]))
    )
    assert (state.customer_group, state.tags, state.name) == (
        "wholesale",
        ("key",),
        "Hongxing Trading",
    )


def test_an_update_replaces_contacts_and_addresses_and_a_blank_owner_removes_it(
    given: Given,
) -> None:
    given(registered()).when(
        UpdateCustomer(CUSTOMER, sales_owner="", contacts=(), addresses=())
    ).then(updated(sales_owner=None, contacts=[], addresses=[]))


def test_an_update_that_changes_nothing_records_nothing(given: Given) -> None:
    given(registered()).when(UpdateCustomer(CUSTOMER, name="Hongxing Trading")).then()


def test_an_update_is_checked_like_a_registration(given: Given) -> None:
    given(registered()).when(UpdateCustomer(CUSTOMER, tags=("a b",))).raises(
        DomainError, match="may not contain spaces", fields=("tags.0",)
    )


def test_updating_an_unknown_customer_is_not_found(given: Given) -> None:
    given().when(UpdateCustomer(CUSTOMER, name="x")).raises(
        NotFound, match="there is no customer", fields=("customer_id",)
    )


# --- credit limit ------------------------------------------------------------------------


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="CNY")


def changed(limit: str, previous: str = "0") -> CreditLimitChanged:
    return CreditLimitChanged(
        customer_id=CUSTOMER,
        credit_limit=cny(limit),
        previous_limit=cny(previous),
        changed_by="zhou.li",
        reason="annual review",
    )


def test_changing_the_credit_limit_records_old_and_new_limit_and_who(given: Given) -> None:
    state = (
        given(registered(), changed("50000"))
        .when(ChangeCreditLimit(CUSTOMER, cny("80000.50"), " zhou.li ", " annual review "))
        .then(changed("80000.50", previous="50000"))
    )
    assert state.credit_limit == Decimal("80000.50")


def test_the_credit_limit_is_in_the_customer_s_currency(given: Given) -> None:
    usd = Money(amount=Decimal("100"), currency="USD")
    given(registered()).when(ChangeCreditLimit(CUSTOMER, usd, "zhou.li", "x")).raises(
        DomainError, match="in CNY, the customer's currency, not USD", fields=("currency",)
    )


@pytest.mark.parametrize(
    ("amount", "match"),
    [("-1", "zero or more"), ("1.1234567", "decimal places"), ("1e15", "too large")],
)
def test_the_credit_limit_is_a_sensible_amount(given: Given, amount: str, match: str) -> None:
    limit = Money.model_construct(amount=Decimal(amount), currency="CNY")
    given(registered()).when(ChangeCreditLimit(CUSTOMER, limit, "zhou.li", "x")).raises(
        DomainError, match=match, fields=("amount",)
    )


def test_a_credit_limit_change_needs_a_reason(given: Given) -> None:
    given(registered()).when(ChangeCreditLimit(CUSTOMER, cny("1"), "zhou.li", " ")).raises(
        DomainError, match="say why", fields=("reason",)
    )


def test_setting_the_limit_it_already_has_records_nothing(given: Given) -> None:
    given(registered(), changed("500")).when(
        ChangeCreditLimit(CUSTOMER, cny("500.00"), "zhou.li", "x")
    ).then()


def test_the_credit_limit_of_an_unknown_customer_is_not_found(given: Given) -> None:
    given().when(ChangeCreditLimit(CUSTOMER, cny("1"), "zhou.li", "x")).raises(
        NotFound, match="there is no customer"
    )


def test_state_survives_a_snapshot_round_trip() -> None:
    state = customer_decider.fold([registered(), updated(tags=["b"]), changed("9.5")])
    adapter = TypeAdapter(CustomerState)
    assert adapter.validate_json(adapter.dump_json(state)) == state


def test_evolve_ignores_events_it_does_not_know() -> None:
    state = customer_decider.fold([registered()])
    assert customer_decider.evolve(state, _Unrelated()) is state


def test_streams_are_named_customer_id() -> None:
    assert customer_decider.stream_id(CUSTOMER) == f"customer-{CUSTOMER}"


class _Unrelated(DomainEvent):
    event_type = "test.Unrelated"
