"""Every log line is one JSON object naming its logger: the platform's own (structlog) and the
standard-library loggers of uvicorn, aiokafka and alembic alike; a failure carries its
traceback as a field."""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import structlog

from jxc.platform.logging import bind_ids, configure_logging, get_logger

Lines = Callable[[], list[dict[str, Any]]]


@pytest.fixture
def lines(capsys: pytest.CaptureFixture[str]) -> Iterator[Lines]:
    """Logging configured as a service configures it (in the test itself: pytest resets the
    root logger's level between a test's phases); the lines it wrote so far, parsed."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    hooks = sys.excepthook, threading.excepthook

    def read() -> list[dict[str, Any]]:
        out = capsys.readouterr().out
        return [json.loads(line) for line in out.splitlines()]

    try:
        yield read
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        sys.excepthook, threading.excepthook = hooks
        logging.captureWarnings(False)
        structlog.reset_defaults()


def test_platform_and_library_lines_are_json_naming_their_logger(lines: Lines) -> None:
    configure_logging("testing", "INFO")
    bind_ids("c-1")
    get_logger("jxc.runtime").info("serving", url="http://127.0.0.1:1")
    logging.getLogger("uvicorn.error").info("Uvicorn running on %s (Press CTRL+C to quit)", "x")
    logging.getLogger("aiokafka.client").error('Unable connect to "%s": %s', "127.0.0.1:1", "no")
    logging.getLogger("alembic.runtime.migration").info("Running upgrade %s -> %s", "0001", "0002")
    structlog.contextvars.clear_contextvars()

    runtime, uvicorn, aiokafka, alembic = lines()
    assert runtime["logger"] == "jxc.runtime"
    assert runtime["event"] == "serving"
    assert runtime["url"] == "http://127.0.0.1:1"
    assert (uvicorn["logger"], uvicorn["level"]) == ("uvicorn.error", "info")
    assert uvicorn["event"] == "Uvicorn running on x (Press CTRL+C to quit)"
    assert (aiokafka["logger"], aiokafka["level"]) == ("aiokafka.client", "error")
    assert alembic["logger"] == "alembic.runtime.migration"
    assert alembic["event"] == "Running upgrade 0001 -> 0002"
    for line in (runtime, uvicorn, aiokafka, alembic):
        assert line["service"] == "testing"
        assert line["correlation_id"] == "c-1"
        assert line["timestamp"].endswith("Z")


def test_a_failure_carries_its_traceback_as_a_field(lines: Lines) -> None:
    configure_logging("testing", "INFO")

    def fail() -> None:
        raise ValueError("the cause")

    try:
        fail()
    except ValueError:
        get_logger("jxc.runtime").exception("background part failed")
        logging.getLogger("uvicorn.error").exception("Exception in ASGI application")

    ours, theirs = lines()
    for line in (ours, theirs):
        assert line["level"] == "error"
        assert line["exception"].startswith("Traceback (most recent call last):")
        assert 'in fail\n    raise ValueError("the cause")' in line["exception"]
        assert line["exception"].endswith("ValueError: the cause")
    assert (ours["logger"], theirs["logger"]) == ("jxc.runtime", "uvicorn.error")


def test_levels_below_the_configured_one_are_dropped(lines: Lines) -> None:
    configure_logging("testing", "INFO")
    get_logger("jxc.runtime").debug("not shown")
    logging.getLogger("uvicorn.error").debug("not shown either")
    get_logger("jxc.runtime").warning("shown")

    assert [line["event"] for line in lines()] == ["shown"]


def test_an_uncaught_exception_is_a_json_line_with_its_traceback(lines: Lines) -> None:
    configure_logging("testing", "INFO")
    try:
        raise RuntimeError("the process dies")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())

    [crash] = lines()
    assert (crash["logger"], crash["level"]) == ("jxc.uncaught", "critical")
    assert crash["exception"].endswith("RuntimeError: the process dies")


def test_a_library_configured_earlier_still_logs_through_the_one_handler(lines: Lines) -> None:
    """uvicorn's default config gives its loggers handlers of their own and stops propagation
    (as an in-process server in an earlier test, or a library's own set-up, would)."""
    import logging.config

    from uvicorn.config import LOGGING_CONFIG

    logging.config.dictConfig(LOGGING_CONFIG)
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)  # uvicorn's log_level="warning"
    configure_logging("testing", "INFO")
    logging.getLogger("uvicorn.error").info("started")
    (line,) = lines()
    assert (line["logger"], line["event"]) == ("uvicorn.error", "started")
