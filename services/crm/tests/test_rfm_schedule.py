"""Crm's composition root declares the RFM schedule as its worker `rfm`, which `serve` runs and
`jxc-crm work rfm [--once]` runs alone (one turn on demand: it supports --once)."""

from __future__ import annotations

import pytest

from jxc.crm.app.rfm_schedule import RfmSchedule
from jxc.crm.main import service
from jxc.platform.runtime import RunsOnce


def test_the_rfm_schedule_is_crms_worker_and_runs_once_on_demand() -> None:
    crm = service()
    assert crm.worker_names() == ["rfm"]
    (worker,) = crm.workers(crm.offline_parts())
    assert isinstance(worker, RfmSchedule) and isinstance(worker, RunsOnce)
    assert worker.interval_seconds == 86400.0


def test_the_interval_comes_from_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JXC_CRM_RFM_INTERVAL_SECONDS", "5")
    crm = service()
    (worker,) = crm.workers(crm.offline_parts())
    assert isinstance(worker, RfmSchedule)
    assert worker.interval_seconds == 5.0
