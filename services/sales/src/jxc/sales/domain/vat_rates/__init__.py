"""VAT rates: the rate of each item category and the default for the others (13 % until an
admin sets another). One aggregate for the company: stream `vat-rates-company`."""

from jxc.sales.domain.vat_rates.commands import SetVatRate
from jxc.sales.domain.vat_rates.decider import COMPANY, vat_rates_decider
from jxc.sales.domain.vat_rates.state import DEFAULT_RATE, VatRatesState

__all__ = ["COMPANY", "DEFAULT_RATE", "SetVatRate", "VatRatesState", "vat_rates_decider"]
