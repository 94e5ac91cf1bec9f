"""The authenticated caller and the roles a JXC token may carry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    PURCHASER = "purchaser"
    PURCHASE_APPROVER = "purchase_approver"
    WAREHOUSE = "warehouse"
    SALES = "sales"
    CREDIT_CONTROLLER = "credit_controller"
    ACCOUNTANT = "accountant"
    CRM = "crm"
    ADMIN = "admin"  # may do everything, in every warehouse


ALL_WAREHOUSES = "*"


@dataclass(frozen=True, slots=True)
class User:
    """Who the token says the caller is: a name, roles and the warehouses they work in."""

    name: str
    roles: frozenset[str]
    warehouses: frozenset[str]

    def has(self, role: Role) -> bool:
        return Role.ADMIN in self.roles or role in self.roles

    def outside_scope(self, warehouses: Iterable[str]) -> list[str]:
        """The warehouses of `warehouses` this user may not act in (sorted, each once)."""
        if Role.ADMIN in self.roles or ALL_WAREHOUSES in self.warehouses:
            return []
        return sorted({w for w in warehouses if w not in self.warehouses})
