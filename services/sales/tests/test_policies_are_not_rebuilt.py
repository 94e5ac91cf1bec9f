"""A policy records sales' own events, not a read model: rebuilding one would decide every
reaction again (a second invoice, a second replacement order). Each refuses by name; the
`rebuild` command prints the refusal and exits non-zero (as tests/integration/test_crm_loyalty.py
shows through the real command for crm's policy)."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest

from jxc.sales.app.invoicing_policy import InvoicingPolicy
from jxc.sales.app.order_progress import OrderProgressPolicy
from jxc.sales.app.return_exchange_policy import ReturnExchangePolicy
from jxc.sales.app.shipment_policy import ShipmentPolicy

UNUSED: Any = None  # what a policy acts through: a refused rebuild never reaches it
POLICIES = [
    InvoicingPolicy("invoicing", ["t"], UNUSED),
    OrderProgressPolicy("order-progress", ["t"], UNUSED),
    ReturnExchangePolicy("return-exchanges", ["t"], UNUSED),
    ShipmentPolicy("shipment-policy", ["t"], UNUSED),
]


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
def test_clearing_a_policy_for_a_rebuild_is_refused_with_its_reason(policy: Any) -> None:
    with pytest.raises(SystemExit) as refused:
        asyncio.run(policy.clear(cast(Any, None)))
    said = str(refused.value)
    assert said.startswith(f"{policy.name} cannot be rebuilt: ")
    assert "not a read model" in said
