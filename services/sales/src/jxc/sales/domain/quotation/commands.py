"""What may be asked of a quotation. `today` comes with the command (no clock here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from jxc.sales.domain.order.commands import CustomerFacts, LineRequest


@dataclass(frozen=True, slots=True)
class CreateQuotation:
    quotation_id: UUID
    customer: CustomerFacts
    lines: tuple[LineRequest, ...]
    valid_until: date
    created_by: str
    today: date


@dataclass(frozen=True, slots=True)
class AcceptQuotation:
    quotation_id: UUID
    recorded_by: str
    today: date


@dataclass(frozen=True, slots=True)
class ConvertQuotation:
    quotation_id: UUID
    order_id: UUID
    today: date


QuotationCommand = CreateQuotation | AcceptQuotation | ConvertQuotation
