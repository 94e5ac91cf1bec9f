"""UUIDv7 (RFC 9562): time-ordered ids for events, streams and commands."""

import os
import time
import uuid


def uuid7(now_ns: int | None = None) -> uuid.UUID:
    """A UUIDv7: 48 bits of Unix milliseconds, then 74 random bits."""
    ms = (now_ns if now_ns is not None else time.time_ns()) // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & 0x3FFF_FFFF_FFFF_FFFF  # rand_b, 62 bits
    return uuid.UUID(int=value)


def uuid7_many(count: int, now_ns: int | None = None) -> list[uuid.UUID]:
    """`count` UUIDv7s of the same millisecond, with one read of the OS's random source for
    all of them (a batch of events appended together)."""
    ms = ((now_ns if now_ns is not None else time.time_ns()) // 1_000_000) & 0xFFFF_FFFF_FFFF
    head = (ms << 80) | (0x7 << 76) | (0b10 << 62)
    pool = os.urandom(10 * count)
    ids = []
    for i in range(0, 10 * count, 10):
        rand = int.from_bytes(pool[i : i + 10], "big")
        ids.append(
            uuid.UUID(int=head | (((rand >> 62) & 0xFFF) << 64) | (rand & 0x3FFF_FFFF_FFFF_FFFF))
        )
    return ids
