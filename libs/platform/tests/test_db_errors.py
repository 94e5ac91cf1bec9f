"""Database errors are classified by SQLSTATE class: the database's fault or the data's."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from psycopg_pool import PoolTimeout

from jxc.platform.db_errors import caused_by_data, database_unavailable


@pytest.mark.parametrize(
    "exc",
    [
        errors.ReadOnlySqlTransaction(),  # 25006: a failover to a replica
        errors.IdleInTransactionSessionTimeout(),  # 25P03
        errors.QueryCanceled(),  # 57014: statement timeout
        errors.AdminShutdown(),  # 57P01
        errors.CannotConnectNow(),  # 57P03: starting up
        errors.SerializationFailure(),  # 40001
        errors.DeadlockDetected(),  # 40P01
        errors.TooManyConnections(),  # 53300
        errors.UndefinedTable(),  # 42P01: a missing migration
        errors.LockNotAvailable(),  # 55P03
        psycopg.OperationalError("connection lost"),  # no SQLSTATE at all
        psycopg.InterfaceError("the connection is closed"),
        PoolTimeout("couldn't get a connection"),
        ConnectionResetError(),
    ],
)
def test_not_the_datas_fault(exc: BaseException) -> None:
    assert database_unavailable(exc)
    assert not caused_by_data(exc)


@pytest.mark.parametrize(
    "exc",
    [
        errors.UntranslatableCharacter(),  # 22P05
        errors.CharacterNotInRepertoire(),  # 22021: NUL in text
        errors.NumericValueOutOfRange(),  # 22003
        errors.UniqueViolation(),  # 23505
        errors.CheckViolation(),  # 23514
        errors.ProgramLimitExceeded(),  # 54000
        psycopg.DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes"),  # no SQLSTATE
    ],
)
def test_the_datas_fault(exc: BaseException) -> None:
    assert caused_by_data(exc)
    assert not database_unavailable(exc)


def test_not_a_database_error() -> None:
    assert not database_unavailable(ValueError("x"))
    assert not caused_by_data(ValueError("x"))
