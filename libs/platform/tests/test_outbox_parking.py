"""Which broker errors park an outbox row (refused for good) and which are only waited out."""

from __future__ import annotations

import pytest
from aiokafka import errors

from jxc.platform.outbox_parking import park_reason, refused_for_good


@pytest.mark.parametrize(
    "exc",
    [
        errors.MessageSizeTooLargeError("The message is 2097832 bytes when serialized"),
        errors.RecordListTooLargeError(),
        errors.CorruptRecordException(),
        errors.InvalidMessageError(),
        errors.TopicAuthorizationFailedError(),
        errors.ClusterAuthorizationFailedError(),
        errors.InvalidTopicError(),
    ],
)
def test_a_record_the_broker_refuses_for_good_is_parked(exc: Exception) -> None:
    assert refused_for_good(exc)


@pytest.mark.parametrize(
    "exc",
    [
        errors.KafkaTimeoutError(),
        errors.KafkaConnectionError("connection refused"),
        errors.NotLeaderForPartitionError(),
        errors.LeaderNotAvailableError(),
        errors.RequestTimedOutError(),
        errors.NotEnoughReplicasError(),
        errors.BrokerNotAvailableError(),
        errors.UnknownTopicOrPartitionError(),
        errors.ProducerClosed(),
        RuntimeError("anything else"),
    ],
)
def test_a_broker_that_is_away_or_slow_is_waited_out_never_parked(exc: Exception) -> None:
    assert not refused_for_good(exc)


def test_the_reason_names_the_error() -> None:
    reason = park_reason(errors.MessageSizeTooLargeError("too big"))
    assert reason.startswith("MessageSizeTooLargeError: ") and "too big" in reason
