"""structlog JSON logs; correlation and causation ids bound per request and per event.

Every line is one JSON object with `timestamp`, `level`, `logger`, `service` and `event`. The
standard-library loggers of the libraries (uvicorn, aiokafka, alembic, asyncio, ...) go through
the same processors (structlog's ProcessorFormatter on the one root handler), and a failure
logged with its exception carries the traceback in `exception`."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from jxc.platform.tracing import add_trace_ids


def configure_logging(service: str, level: str = "INFO") -> None:
    def add_service(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
        event_dict.setdefault("service", service)
        return event_dict

    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        add_service,
        structlog.stdlib.add_logger_name,
        structlog.stdlib.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        add_trace_ids,
    ]
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        wrapper_class=structlog.stdlib.BoundLogger,
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                structlog.processors.JSONRenderer(),
            ],
        )
    )
    # The one handler: whatever a library or an earlier call installed would print plain text.
    logging.basicConfig(handlers=[handler], level=level.upper(), force=True)
    # Libraries that configured logging of their own before (uvicorn's config gives its loggers
    # their own handlers and level and stops propagation; a fileConfig disables loggers) print
    # through the one handler, at the service's level, again.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "alembic", "aiokafka", "kafka"):
        library = logging.getLogger(name)
        library.handlers.clear()
        library.setLevel(logging.NOTSET)
        library.propagate = True
        library.disabled = False
    for chatty in ("aiokafka", "kafka", "uvicorn.access"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.stdlib.get_logger(name)


def bind_ids(correlation_id: object, causation_id: object | None = None) -> None:
    structlog.contextvars.bind_contextvars(
        correlation_id=str(correlation_id),
        causation_id=str(causation_id) if causation_id is not None else None,
    )


def _log_uncaught(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    """A crash is a log line too, with its traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    get_logger("jxc.uncaught").critical(
        "uncaught exception, exiting", exc_info=(kind, error, traceback)
    )


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    get_logger("jxc.uncaught").critical(
        "uncaught exception in a thread",
        thread=args.thread.name if args.thread is not None else None,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )
