"""Setting a rate: from 0 up to (not including) 1, at most six decimal places."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import VatRateSet
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_code, fmt
from jxc.sales.domain.vat_rates.commands import SetVatRate
from jxc.sales.domain.vat_rates.state import VatRatesState


def set_rate(command: SetVatRate, state: VatRatesState) -> list[DomainEvent]:
    rate = command.rate
    exponent = rate.normalize().as_tuple().exponent if rate.is_finite() else 0
    if not rate.is_finite() or not 0 <= rate < 1 or (isinstance(exponent, int) and exponent < -6):
        raise DomainError(
            f"a VAT rate is a fraction from 0 to below 1 with at most 6 decimal places "
            f"(0.13 is 13 %), not {fmt(rate) if rate.is_finite() else rate}",
            fields=("rate",),
        )
    category = (
        None
        if command.category is None
        else check_code(command.category, "category", "item category")
    )
    if category is None and rate == state.default:
        return []
    if category is not None and state.by_category.get(category) == rate:
        return []
    return [VatRateSet(category=category, rate=rate)]
