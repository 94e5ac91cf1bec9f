"""UUIDv7 (RFC 9562) as produced by jxc.events.ids.uuid7."""

from __future__ import annotations

import time
import uuid

from jxc.events.ids import uuid7, uuid7_many

T0_NS = 1_767_225_600_123_456_789  # 2026-01-01T00:00:00.123456789Z


def _unix_ms(value: uuid.UUID) -> int:
    return value.int >> 80


def test_version_is_7() -> None:
    for _ in range(100):
        assert uuid7().version == 7


def test_variant_is_rfc() -> None:
    for _ in range(100):
        value = uuid7()
        assert value.variant == uuid.RFC_4122
        assert (value.int >> 62) & 0b11 == 0b10


def test_timestamp_is_unix_milliseconds_of_now_ns() -> None:
    assert _unix_ms(uuid7(T0_NS)) == T0_NS // 1_000_000


def test_default_timestamp_is_the_current_time() -> None:
    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    assert before <= _unix_ms(value) <= after


def test_time_ordered_across_milliseconds() -> None:
    ids = [uuid7(T0_NS + step * 1_000_000) for step in range(1000)]
    assert ids == sorted(ids)
    assert [str(i) for i in ids] == sorted(str(i) for i in ids)  # also as text
    assert len(set(ids)) == len(ids)


def test_later_millisecond_sorts_after_whatever_the_random_bits() -> None:
    for _ in range(200):
        assert uuid7(T0_NS) < uuid7(T0_NS + 1_000_000)


def test_random_bits_differ_within_one_millisecond() -> None:
    ids = {uuid7(T0_NS) for _ in range(1000)}
    assert len(ids) == 1000
    assert {_unix_ms(i) for i in ids} == {T0_NS // 1_000_000}


def test_unique_over_10k() -> None:
    ids = [uuid7() for _ in range(10_000)]
    assert len(set(ids)) == 10_000


def test_many_at_once_are_distinct_version_7_of_the_given_millisecond() -> None:
    ids = uuid7_many(1000, T0_NS)
    assert len(set(ids)) == 1000
    for value in ids:
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert _unix_ms(value) == T0_NS // 1_000_000
    assert uuid7_many(0) == []
