import gc
from collections.abc import Iterator

import pytest

from jxc.platform.collector import (
    API_THRESHOLDS,
    WORKER_THRESHOLDS,
    BadThresholds,
    thresholds_from,
    tune_collector,
)


@pytest.fixture
def restored_collector() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


def test_a_started_process_freezes_what_start_up_allocated_and_collects_less_often(
    restored_collector: None,
) -> None:
    kept = [object() for _ in range(10)]  # lives past start-up: frozen, never scanned again
    assert gc.get_freeze_count() == 0
    assert tune_collector({}) == WORKER_THRESHOLDS
    assert gc.get_threshold() == WORKER_THRESHOLDS
    assert gc.get_freeze_count() > 0
    assert kept


def test_a_process_that_answers_requests_collects_more_often_for_shorter_pauses(
    restored_collector: None,
) -> None:
    assert tune_collector({}, answers_requests=True) == API_THRESHOLDS
    assert gc.get_threshold() == API_THRESHOLDS
    assert API_THRESHOLDS[0] < WORKER_THRESHOLDS[0]


def test_the_thresholds_can_be_set_by_the_environment(restored_collector: None) -> None:
    assert tune_collector({"JXC_GC_THRESHOLDS": " 700, 10,10 "}) == (700, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.parametrize("raw", ["700,10", "a,b,c", "700,10,-1", "0,10,10", "1e3,1,1"])
def test_thresholds_that_are_not_three_numbers_are_refused_by_name(raw: str) -> None:
    with pytest.raises(BadThresholds, match="JXC_GC_THRESHOLDS"):
        thresholds_from({"JXC_GC_THRESHOLDS": raw})


def test_no_setting_means_the_defaults_of_a_long_lived_process() -> None:
    assert thresholds_from({"JXC_GC_THRESHOLDS": ""}) == WORKER_THRESHOLDS
    assert thresholds_from({}, API_THRESHOLDS) == API_THRESHOLDS
