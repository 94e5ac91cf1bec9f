"""Budgets over HTTP (role accountant): set one for a period, an account and a cost centre
(or the whole company); budget against actual with the variance and the share used."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field

from jxc.events import limits
from jxc.finance.api.common import PERIOD_PATTERN, CentreQuery, Code, Period, WaitFor, amount, needs
from jxc.finance.app.budgets import Budgets
from jxc.finance.app.ledger import Ledger
from jxc.finance.domain.budget import SetBudget
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter


class BudgetBody(Body):
    period: Annotated[str, Field(pattern=PERIOD_PATTERN, description="YYYY-MM")]
    account: Code
    cost_centre: Code | None = Field(None, description="none: the whole company")
    amount: Annotated[limits.NonNegativeAmount, Field(gt=0)]
    currency: limits.Currency = "CNY"
    threshold: Annotated[Decimal, Field(gt=0, le=10, allow_inf_nan=False)] = Field(
        Decimal("0.8"), description="alert when the actual passes this share: 0.8 is 80 %"
    )


def budgets_router(budgets: Budgets, ledger: Ledger) -> CommandRouter:
    router = CommandRouter(tags=["budgets"])

    @router.command("/budgets", role=Role.ACCOUNTANT)
    async def set_budget(body: BudgetBody, cmd: Command) -> dict[str, Any]:
        command = SetBudget(
            body.period, body.account, body.cost_centre, body.amount, body.currency, body.threshold
        )
        return cmd.answer(await budgets.set(command, cmd.meta, **cmd.idempotency))

    @router.get("/budgets/against-actual", **needs(Role.ACCOUNTANT))
    async def against_actual(
        period: Period, cost_centre: CentreQuery = None, wait_for_event: WaitFor = None
    ) -> dict[str, Any]:
        """Each budget of the period (and cost centre, or the whole company's): the actual,
        budget - actual, and the % of the budget used."""
        await ledger.caught_up(wait_for_event)
        lines = await budgets.against_actual(period, cost_centre)
        return {
            "period": period,
            "cost_centre": cost_centre,
            "lines": [
                {
                    "account": x.account,
                    "name": x.name,
                    "account_type": x.account_type,
                    "budget": amount(x.budget),
                    "actual": amount(x.actual),
                    "variance": amount(x.variance),
                    "used_percent": amount(x.used),
                    "currency": x.currency,
                }
                for x in lines
            ],
        }

    return router
