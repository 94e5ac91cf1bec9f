"""How the relay settles one batch, row by row (a stand-in producer: the relay's bookkeeping is
pure; tests/integration/test_outbox_relay.py runs it on the real broker)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from aiokafka import errors

from jxc.events.ids import uuid7
from jxc.platform.outbox import OutboxRelay


class Producer:
    """Answers each send as told per (stream, version): raise at send, fail the future, or
    acknowledge."""

    def __init__(
        self,
        raise_at_send: dict[tuple[str, int], Exception],
        fail: dict[Any, Exception],
        *,
        fail_once: bool = False,
    ) -> None:
        self.raise_at_send = raise_at_send
        self.fail = fail
        self.fail_once = fail_once  # the batch was refused, the row alone is fine
        self.sent: list[tuple[str, int]] = []

    async def send(self, topic: str, *, value: bytes, key: bytes, headers: Any) -> Any:
        at = (key.decode(), int(dict(headers)["ce_streamversion"]))
        if at in self.raise_at_send:
            raise self.raise_at_send[at]
        self.sent.append(at)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if at in self.fail:
            future.set_exception(self.fail.pop(at) if self.fail_once else self.fail[at])
        else:
            future.set_result("ack")
        return future


def _row(row_id: int, stream: str, version: int) -> tuple[Any, ...]:
    now = datetime.now(UTC)
    return (
        row_id, "t", uuid7(), "purchasing.PurchaseOrderApproved", 1, stream, version,
        now, now, "/jxc/tests", uuid7(), None, "{}",
    )  # fmt: skip


ROWS = [_row(1, "a", 1), _row(2, "b", 1), _row(3, "a", 2), _row(4, "c", 1), _row(5, "b", 2)]


def _relay() -> OutboxRelay:
    return OutboxRelay(None, "", "", service="tests", topic="t")  # type: ignore[arg-type]


async def _settle(producer: Producer) -> Any:
    return await _relay()._send(producer, ROWS)  # type: ignore[arg-type]


async def test_a_row_too_large_at_send_is_parked_and_only_its_stream_waits() -> None:
    producer = Producer({("b", 1): errors.MessageSizeTooLargeError("2 MiB")}, {})
    outcome = await _settle(producer)
    assert outcome.sent == [1, 3, 4]
    assert [(row[0], reason.split(":")[0]) for row, reason in outcome.parked] == [
        (2, "MessageSizeTooLargeError")
    ]
    assert outcome.transient is None
    assert ("b", 2) not in producer.sent  # held back behind the parked row


async def test_a_row_the_broker_refuses_later_is_parked_too() -> None:
    outcome = await _settle(Producer({}, {("a", 1): errors.TopicAuthorizationFailedError()}))
    assert outcome.sent == [2, 4, 5]
    assert [row[0] for row, _ in outcome.parked] == [1]  # and a@2 waits behind it


async def test_a_broker_in_trouble_parks_nothing_and_stops_the_batch() -> None:
    producer = Producer({("a", 2): errors.KafkaTimeoutError()}, {})
    outcome = await _settle(producer)
    assert outcome.sent == [1, 2]
    assert outcome.parked == []
    assert isinstance(outcome.transient, errors.KafkaTimeoutError)
    assert producer.sent == [("a", 1), ("b", 1)]  # nothing after the failure was sent


async def test_a_failed_acknowledgement_keeps_the_streams_later_rows_unsent() -> None:
    outcome = await _settle(Producer({}, {("b", 1): errors.RequestTimedOutError()}))
    assert outcome.sent == [1, 3, 4]  # b@2 reached the broker but waits to go again after b@1
    assert outcome.parked == []
    assert isinstance(outcome.transient, errors.RequestTimedOutError)


async def test_rows_refused_with_a_bad_batch_go_out_when_sent_alone() -> None:
    refused = errors.MessageSizeTooLargeError()  # the broker's answer for a whole batch
    batch = {("a", 1): refused, ("a", 2): refused, ("b", 1): refused, ("c", 1): refused}
    producer = Producer({}, batch, fail_once=True)
    outcome = await _settle(producer)
    assert sorted(outcome.sent) == [1, 2, 3, 4, 5]
    assert outcome.parked == []
    assert producer.sent[5:] == [("a", 1), ("b", 1), ("a", 2), ("c", 1)]  # alone, in order
