"""Crm's sorted keyset pages compile for every sort, order and cursor (the pages themselves on
the real PostgreSQL: tests/integration/test_crm_sorted_lists.py)."""

from __future__ import annotations

import pytest

from jxc.crm.adapters.campaign_tables import CAMPAIGNS
from jxc.crm.adapters.customer_list import CUSTOMERS
from jxc.crm.adapters.feedback_tables import FEEDBACK
from jxc.crm.adapters.follow_up_tables import FOLLOW_UPS
from jxc.crm.adapters.loyalty_tables import MEMBERS
from jxc.platform.paging import Paging, compile_all


@pytest.mark.parametrize(
    "paging", [CUSTOMERS, FOLLOW_UPS, FEEDBACK, CAMPAIGNS, MEMBERS], ids=lambda p: p.name
)
def test_every_statement_of_the_list_compiles(paging: Paging) -> None:
    statements = compile_all(paging)
    assert len(statements) >= 2 * len(paging.sorts)
    assert all("ORDER BY" in s.sql and "LIMIT" in s.sql for s in statements)
