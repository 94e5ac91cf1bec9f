"""RFM analysis: recency, frequency and monetary quintiles of the customers' purchase
histories, named segments, and each customer's segment as an aggregate (stream per customer)
that records when it changes. Pure."""

from jxc.crm.domain.segment.decider import AssignSegment, SegmentState, segment_decider
from jxc.crm.domain.segment.rfm import SEGMENTS, CustomerFacts, Rfm, quintiles, score, segment_of

__all__ = [
    "SEGMENTS",
    "AssignSegment",
    "CustomerFacts",
    "Rfm",
    "SegmentState",
    "quintiles",
    "score",
    "segment_decider",
    "segment_of",
]
