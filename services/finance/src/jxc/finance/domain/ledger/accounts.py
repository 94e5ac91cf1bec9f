"""The accounts the posting rules post to, and the default chart of a trading company.

Codes follow the Chinese enterprise chart (企业会计准则) where it has one. An account's code
never changes (the rules name it); its name may, by an admin (finance.AccountDefined). VAT
has one account per rate under 2221.01 (input) and 2221.02 (output), opened as the first
document at that rate is posted."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

AccountType = Literal["asset", "liability", "equity", "income", "expense"]

CASH = "1001"
BANK = "1002"
RECEIVABLES = "1122"
SUPPLIER_ADVANCES = "1123"
GOODS_IN_TRANSIT = "1402"  # goods between two warehouses by a transfer
INVENTORY = "1405"
TRANSFER_CLEARING = "1409"  # transfers: what left transit against what a warehouse took in
PAYABLES = "2202"
CUSTOMER_ADVANCES = "2203"  # receipts not (yet) allocated to invoices
GRNI = "2205"  # goods received not invoiced
VAT = "2221"
INPUT_VAT = "2221.01"
OUTPUT_VAT = "2221.02"
ACCRUED_FREIGHT = "2241"
ACCRUED_LANDED_COST = "2242"
SHARE_CAPITAL = "4001"
CURRENT_YEAR_RESULT = "4103"
RETAINED_EARNINGS = "4104"
REVENUE = "6001"
INVENTORY_GAINS = "6051"
COGS = "6401"
PRICE_VARIANCE = "6402"
FREIGHT_OUT = "6601"
ADMINISTRATION = "6602"
FX_DIFFERENCES = "6603"
INVENTORY_LOSSES = "6711"  # count shrinkage, scrap, write-offs
TRANSIT_LOSSES = "6712"

#: The chart a new company starts with: (code, name, type, parent).
DEFAULT_CHART: tuple[tuple[str, str, AccountType, str | None], ...] = (
    (CASH, "Cash on hand", "asset", None),
    (BANK, "Bank deposits", "asset", None),
    (RECEIVABLES, "Accounts receivable", "asset", None),
    (SUPPLIER_ADVANCES, "Advances to suppliers", "asset", None),
    (GOODS_IN_TRANSIT, "Goods in transit between warehouses", "asset", None),
    (INVENTORY, "Inventory (merchandise)", "asset", None),
    (TRANSFER_CLEARING, "Transfer clearing (rounding)", "asset", None),
    (PAYABLES, "Accounts payable", "liability", None),
    (CUSTOMER_ADVANCES, "Advances from customers (unallocated receipts)", "liability", None),
    (GRNI, "Goods received not invoiced", "liability", None),
    (VAT, "VAT payable", "liability", None),
    (INPUT_VAT, "Input VAT", "liability", VAT),
    (OUTPUT_VAT, "Output VAT", "liability", VAT),
    (ACCRUED_FREIGHT, "Accrued freight (carriers)", "liability", None),
    (ACCRUED_LANDED_COST, "Accrued landed cost and cost corrections", "liability", None),
    (SHARE_CAPITAL, "Paid-in capital", "equity", None),
    (CURRENT_YEAR_RESULT, "Profit of the year", "equity", None),
    (RETAINED_EARNINGS, "Retained earnings", "equity", None),
    (REVENUE, "Sales revenue", "income", None),
    (INVENTORY_GAINS, "Inventory gains", "income", None),
    (COGS, "Cost of goods sold", "expense", None),
    (PRICE_VARIANCE, "Purchase price variance", "expense", None),
    (FREIGHT_OUT, "Freight on shipments", "expense", None),
    (ADMINISTRATION, "Administrative expenses", "expense", None),
    (FX_DIFFERENCES, "Exchange differences", "expense", None),
    (INVENTORY_LOSSES, "Inventory shrinkage and write-offs", "expense", None),
    (TRANSIT_LOSSES, "Losses in transit", "expense", None),
)


def rate_suffix(rate: Decimal) -> str:
    """A tax rate as an account code suffix: 0.13 is "13", 0.065 is "6.5"."""
    percent = (rate * 100).normalize()
    text = format(percent, "f")
    return text


def input_vat(rate: Decimal) -> str:
    return f"{INPUT_VAT}.{rate_suffix(rate)}"


def output_vat(rate: Decimal) -> str:
    return f"{OUTPUT_VAT}.{rate_suffix(rate)}"


def vat_account_name(code: str) -> tuple[str, AccountType, str] | None:
    """The name, type and parent of a per-rate VAT account, None for any other code."""
    for parent, what in ((INPUT_VAT, "Input VAT"), (OUTPUT_VAT, "Output VAT")):
        if code.startswith(parent + "."):
            return f"{what} {code.removeprefix(parent + '.')} %", "liability", parent
    return None
