"""Is a database error the database's fault or the work's? Decided by SQLSTATE class.

A consumer stalls and retries on a database that is gone, restarting, read-only (a failover to
a replica), out of resources, timed out or wrong for the code (a missing migration, a bug in a
query): none of those is the record's fault, so none may dead-letter it. An HTTP command that
meets such a database answers 503 with Retry-After, never 500.

Only the classes below are about the data itself (a value out of range, a constraint broken):
such an error may be the record's or the request's fault.
"""

from __future__ import annotations

import psycopg
from psycopg_pool import PoolTimeout

# SQLSTATE classes caused by the data a statement was given.
_DATA_CLASSES = frozenset(
    {
        "22",  # data exception (bad value, out of range, NUL in text, ...)
        "23",  # integrity constraint violation
        "54",  # program limit exceeded (a value too large for an index row, ...)
        "P0",  # PL/pgSQL raise
    }
)


def sqlstate_class(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None)
    return state[:2] if isinstance(state, str) and len(state) >= 2 else None


def database_unavailable(exc: BaseException) -> bool:
    """True when the error says the database cannot do work right now or cannot run this code
    (connection lost or refused, read-only, shutting down, timeouts, resources, serialization
    and deadlock, missing tables): retry later, never blame the input."""
    if isinstance(exc, PoolTimeout | OSError):
        return True
    if not isinstance(exc, psycopg.Error):
        return False
    klass = sqlstate_class(exc)
    if klass is None:
        # No SQLSTATE: the connection broke, or psycopg could not talk to the server at all.
        return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)
    return klass not in _DATA_CLASSES


def caused_by_data(exc: BaseException) -> bool:
    """True for an error about the values a statement was given (SQLSTATE 22, 23, 54, P0)."""
    if isinstance(exc, psycopg.DataError | psycopg.IntegrityError):
        return True  # also raised by psycopg itself, without a SQLSTATE (a NUL in text)
    return isinstance(exc, psycopg.Error) and sqlstate_class(exc) in _DATA_CLASSES
