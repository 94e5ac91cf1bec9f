"""Customer: the party sales sells to; registered, its profile updated, its credit limit
changed. Pure: no I/O, no clock, no ids made here."""

from jxc.crm.domain.customer.commands import (
    AddressDetails,
    ChangeCreditLimit,
    ContactDetails,
    CustomerCommand,
    RegisterCustomer,
    UpdateCustomer,
)
from jxc.crm.domain.customer.decider import customer_decider
from jxc.crm.domain.customer.state import CustomerState

__all__ = [
    "AddressDetails",
    "ChangeCreditLimit",
    "ContactDetails",
    "CustomerCommand",
    "CustomerState",
    "RegisterCustomer",
    "UpdateCustomer",
    "customer_decider",
]
