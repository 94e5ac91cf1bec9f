"""Campaigns (客户维护): aimed at the customers of an RFM segment or with a tag, they issue
each of them a coupon code sales honours once. Pure."""

from jxc.crm.domain.campaign.commands import CampaignCommand, CreateCampaign, IssueCoupons
from jxc.crm.domain.campaign.decider import campaign_decider
from jxc.crm.domain.campaign.state import CampaignState
from jxc.crm.domain.campaign.targeting import coupon_code

__all__ = [
    "CampaignCommand",
    "CampaignState",
    "CreateCampaign",
    "IssueCoupons",
    "campaign_decider",
    "coupon_code",
]
