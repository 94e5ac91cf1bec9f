"""A payment to a supplier or a receipt from a customer (stream payment-<id>)."""

from jxc.finance.domain.payment.commands import OpenItem, PaymentCommand, RecordPayment
from jxc.finance.domain.payment.decider import payment_decider
from jxc.finance.domain.payment.state import PaymentState

__all__ = ["OpenItem", "PaymentCommand", "PaymentState", "RecordPayment", "payment_decider"]
