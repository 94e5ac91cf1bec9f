"""The VAT rates' decider."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.vat_rates.commands import SetVatRate
from jxc.sales.domain.vat_rates.setting import set_rate
from jxc.sales.domain.vat_rates.state import VatRatesState, evolve

COMPANY = "company"  # the one set of rates: stream vat-rates-company


def decide(command: SetVatRate, state: VatRatesState) -> Sequence[DomainEvent]:
    return set_rate(command, state)


vat_rates_decider: Decider[SetVatRate, VatRatesState] = Decider(
    stream_prefix="vat-rates",
    initial_state=VatRatesState(),
    decide=decide,
    evolve=evolve,
    state_type=VatRatesState,
)
