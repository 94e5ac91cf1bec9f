"""Checking a customer's profile: texts, tags, contacts and addresses with their coordinates,
each refusal naming the field (`addresses.1.latitude`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jxc.crm.domain.customer.commands import AddressDetails, ContactDetails
from jxc.events.contracts.crm import Address, Contact
from jxc.events.limits import MAX_CODE, MAX_NAME
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_code, check_text, optional_text

COORDINATE_PLACES = 7  # about a centimetre: more is noise
_COUNTRY = re.compile(r"[A-Z]{2}")


def name(value: str) -> str:
    return check_text(value, "name", "customer name", max_length=MAX_NAME)


def group(value: str) -> str:
    return check_code(value, "customer_group", "customer group")


def owner(value: str | None) -> str | None:
    return optional_text(value, "sales_owner", "sales owner", max_length=MAX_NAME)


def tags(values: Sequence[str]) -> tuple[str, ...]:
    """The tags, each once, in order (a tag is a code: no spaces)."""
    checked = [check_code(tag, f"tags.{i}", "tag") for i, tag in enumerate(values)]
    return tuple(sorted(set(checked)))


def contacts(values: Sequence[ContactDetails]) -> tuple[Contact, ...]:
    return tuple(_contact(c, f"contacts.{i}") for i, c in enumerate(values))


def addresses(values: Sequence[AddressDetails]) -> tuple[Address, ...]:
    checked: list[Address] = []
    for i, value in enumerate(values):
        address = _address(value, f"addresses.{i}")
        if any(a.label == address.label for a in checked):
            raise DomainError(
                f"address label {address.label!r} is used twice; give each address its own",
                fields=(f"addresses.{i}.label",),
            )
        checked.append(address)
    return tuple(checked)


def _contact(value: ContactDetails, at: str) -> Contact:
    email = optional_text(value.email, f"{at}.email", "email", max_length=MAX_NAME)
    if email is not None and "@" not in email:
        raise DomainError(f"{email!r} is not an email address", fields=(f"{at}.email",))
    return Contact(
        name=check_text(value.name, f"{at}.name", "contact name", max_length=MAX_NAME),
        role=optional_text(value.role, f"{at}.role", "contact role", max_length=MAX_NAME),
        email=email,
        phone=optional_text(value.phone, f"{at}.phone", "phone", max_length=MAX_CODE),
    )


def _address(value: AddressDetails, at: str) -> Address:
    country = value.country.strip()
    if not _COUNTRY.fullmatch(country):
        raise DomainError(
            f"country {country!r} is not an ISO 3166 code; write two capital letters, like CN",
            fields=(f"{at}.country",),
        )
    return Address(
        label=check_code(value.label, f"{at}.label", "address label"),
        street=check_text(value.street, f"{at}.street", "street", max_length=MAX_NAME),
        city=check_text(value.city, f"{at}.city", "city", max_length=MAX_NAME),
        postal_code=optional_text(
            value.postal_code, f"{at}.postal_code", "postal code", max_length=MAX_CODE
        ),
        country=country,
        latitude=_coordinate(value.latitude, 90, f"{at}.latitude", "latitude"),
        longitude=_coordinate(value.longitude, 180, f"{at}.longitude", "longitude"),
    )


def _coordinate(value: Decimal, bound: int, field: str, what: str) -> Decimal:
    if not value.is_finite() or not -bound <= value <= bound:
        raise DomainError(
            f"{what} must be a number from -{bound} to {bound} (decimal degrees), not {value}",
            fields=(field,),
        )
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -COORDINATE_PLACES:
        raise DomainError(
            f"{what} {value} has more than {COORDINATE_PLACES} decimal places",
            fields=(field,),
        )
    return value
