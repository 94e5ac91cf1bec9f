"""The pure parts of `jxc replay` and `jxc dlq retry`: which service a consumer belongs to, what
the service's command answered among its log lines, and the records-per-second figure."""

from __future__ import annotations

import pytest

from jxc.cli.replay import Progress, Rate, answers_of, split_consumer


def test_a_consumer_names_its_service_and_projection_with_or_without_namespace() -> None:
    assert split_consumer("jxc.purchasing.supplier-scorecard") == (
        "purchasing",
        "supplier-scorecard",
    )
    assert split_consumer("t1234.inventory.stock-keeper") == ("inventory", "stock-keeper")
    assert split_consumer("sales.credit") == ("sales", "credit")
    for wrong in ("stock-keeper", "jxc.nowhere.stock", "jxc.sales."):
        with pytest.raises(ValueError, match=r"SERVICE\.PROJECTION"):
            split_consumer(wrong)


def test_the_answer_is_found_among_json_log_lines() -> None:
    output = "\n".join(
        [
            '{"event": "rebuild done", "generation": 2, "consumer": "jxc.sales.credit"}',
            "not json at all",
            "{broken",
            '{"consumer": "jxc.sales.credit", "topics": ["jxc.crm.events"], "generation": 2}',
        ]
    )
    (answer,) = answers_of(output, "topics")
    assert answer["topics"] == ["jxc.crm.events"] and answer["generation"] == 2
    assert answers_of(output, "ok") == []


def test_progress_and_rate() -> None:
    assert Progress(10, 10).caught_up and not Progress(9, 10).caught_up
    rate = Rate(window=5)
    assert rate.add(0, at=100.0) == 0.0
    assert rate.add(500, at=101.0) == 500.0
    assert rate.add(1500, at=102.0) == 750.0
    assert rate.add(1500, at=110.0) == 0.0  # nothing moved since the samples in the window
