"""How `jxc status` reckons lag and shows what it found (no servers needed)."""

from __future__ import annotations

from datetime import timedelta

from aiokafka import TopicPartition
from rich.console import Console

from jxc.cli.main import age, as_json, render
from jxc.cli.status import DeadLetters, Lag, ServiceStatus, lags

T = "jxc.purchasing.events"


def test_lag_per_partition_from_the_stored_position_or_the_beginning() -> None:
    begins = {TopicPartition(T, 0): 0, TopicPartition(T, 1): 5, TopicPartition("other", 0): 0}
    ends = {TopicPartition(T, 0): 10, TopicPartition(T, 1): 9, TopicPartition("other", 0): 7}
    found = lags([("c1", T, 0, 4)], begins, ends)
    assert found == [Lag("c1", T, 0, 4, 10), Lag("c1", T, 1, 5, 9)]  # not the topic it skips
    assert [lag.behind for lag in found] == [6, 4]


def test_a_position_past_the_end_is_not_negative_lag() -> None:
    assert Lag("c", T, 0, 12, 10).behind == 0


def test_ages_read_at_a_glance() -> None:
    assert [age(None), age(timedelta(seconds=42)), age(timedelta(minutes=30))] == [
        "-",
        "42s",
        "30m",
    ]
    assert age(timedelta(hours=5)) == "5h"


def test_what_is_found_is_shown_and_given_as_json() -> None:
    status = ServiceStatus(
        "inventory",
        "http://127.0.0.1:8003",
        ready=False,
        checks={"postgresql": "ok", "kafka": "unreachable"},
        outbox_backlog=7,
        oldest_unsent=timedelta(seconds=90),
        outbox_parked=1,
        lags=[Lag("jxc.inventory.stock-keeper", T, 3, 40, 45)],
        dead_letters=[DeadLetters("jxc.inventory.stock-keeper", 2, 1, 1)],
    )
    console = Console(record=True, width=200)
    render([status], console)
    text = console.export_text()
    assert "not ready kafka" in text
    assert "jxc.inventory.stock-keeper" in text and "90s" in text
    (found,) = as_json([status])
    assert found["outbox"] == {"backlog": 7, "oldest_unsent_seconds": 90.0, "parked": 1}
    assert found["consumers"][0]["lag"] == 5
    assert found["dead_letters"] == [
        {"consumer": "jxc.inventory.stock-keeper", "total": 2, "unsent": 1, "open": 1}
    ]
