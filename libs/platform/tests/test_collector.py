import gc
from collections.abc import Iterator

import pytest

from jxc.platform.collector import (
    API_THRESHOLDS,
    PAUSES,
    WORKER_THRESHOLDS,
    BadThresholds,
    thresholds_from,
    tune_collector,
)
from jxc.platform.metrics import GC_PAUSE_SECONDS


@pytest.fixture
def restored_collector() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)
    if PAUSES in gc.callbacks:
        gc.callbacks.remove(PAUSES)


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


def passes_timed(generation: int) -> float:
    """How many passes of that generation GC_PAUSE_SECONDS has observed."""
    return sum(
        sample.value
        for metric in GC_PAUSE_SECONDS.collect()
        for sample in metric.samples
        if sample.name.endswith("_count") and sample.labels == {"generation": str(generation)}
    )


def test_every_pass_of_a_tuned_process_is_timed_by_generation(restored_collector: None) -> None:
    tune_collector({})
    full, young = passes_timed(2), passes_timed(0)
    gc.collect()
    gc.collect(0)
    assert (passes_timed(2), passes_timed(0)) == (full + 1, young + 1)
    tune_collector({})  # tuned again (its own full pass): each pass is still timed once
    gc.collect()
    assert passes_timed(2) == full + 3
