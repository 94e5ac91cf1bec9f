"""A transfer between two of the company's bank and cash accounts (stream
cash-transfer-<id>), recorded once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.finance import CashTransferred
from jxc.events.limits import MAX_NAME
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.platform.value_checks import check_text


@dataclass(frozen=True, slots=True)
class TransferCash:
    transfer_id: UUID
    from_account: str
    to_account: str
    amount: Decimal
    currency: str
    transferred_on: date
    reference: str | None = None
    cash_accounts: frozenset[str] = frozenset()  # the bank and cash accounts of the chart


@dataclass(frozen=True, slots=True)
class CashTransferState:
    recorded: bool = False


def decide(command: TransferCash, state: CashTransferState) -> Sequence[DomainEvent]:
    if state.recorded:
        raise StateConflict(f"transfer {command.transfer_id} is recorded already")
    for field, code in (("from_account", command.from_account), ("to_account", command.to_account)):
        if code not in command.cash_accounts:
            raise DomainError(
                f"{code} is not a bank or cash account; use one of "
                f"{', '.join(sorted(command.cash_accounts))}",
                fields=(field,),
            )
    if command.from_account == command.to_account:
        raise DomainError("a transfer goes between two different accounts", fields=("to_account",))
    if command.amount <= 0:
        raise DomainError("a transfer moves a positive amount", fields=("amount",))
    reference = command.reference
    if reference is not None:
        reference = check_text(reference, "reference", "the reference", max_length=MAX_NAME)
    return [
        CashTransferred(
            transfer_id=command.transfer_id,
            from_account=command.from_account,
            to_account=command.to_account,
            amount=Money(amount=command.amount, currency=command.currency),
            transferred_on=command.transferred_on,
            reference=reference,
        )
    ]


def evolve(state: CashTransferState, event: DomainEvent) -> CashTransferState:
    return CashTransferState(True) if isinstance(event, CashTransferred) else state


cash_transfer_decider: Decider[TransferCash, CashTransferState] = Decider(
    stream_prefix="cash-transfer",
    initial_state=CashTransferState(),
    decide=decide,
    evolve=evolve,
    state_type=CashTransferState,
)
