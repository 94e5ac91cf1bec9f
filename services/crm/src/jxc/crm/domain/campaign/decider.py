"""The campaign's decider."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.crm.domain.campaign.commands import CampaignCommand, CreateCampaign, IssueCoupons
from jxc.crm.domain.campaign.state import CampaignState, evolve
from jxc.crm.domain.campaign.targeting import create, issue
from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider


def decide(command: CampaignCommand, state: CampaignState) -> Sequence[DomainEvent]:
    match command:
        case CreateCampaign():
            return create(command, state)
        case IssueCoupons():
            return issue(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


campaign_decider: Decider[CampaignCommand, CampaignState] = Decider(
    stream_prefix="campaign",
    initial_state=CampaignState(),
    decide=decide,
    evolve=evolve,
    state_type=CampaignState,
)
