"""SQLAlchemy Core statements run on the services' own async psycopg connections (no
SQLAlchemy engine): compiled once for psycopg, their bind parameters become `%(name)s`, given
by name when the statement is executed."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

PSYCOPG = PGDialect_psycopg()  # type: ignore[no-untyped-call]  # SQLAlchemy leaves it untyped


class Statement:
    """A Core statement compiled for psycopg: `conn.execute(s.sql, s.args(name=value, ...))`."""

    def __init__(self, statement: ClauseElement) -> None:
        compiled = statement.compile(dialect=PSYCOPG)
        assert isinstance(compiled, SQLCompiler)
        self.sql = str(compiled)
        # Values written into the statement itself (a literal 0, a LIMIT) travel as parameters.
        binds = compiled.bind_names
        self._fixed = {name: b.value for b, name in binds.items() if not b.required}
        self.names = frozenset(name for b, name in binds.items() if b.required)

    def args(self, **values: Any) -> dict[str, Any]:
        if values.keys() != self.names:
            raise KeyError(f"expected {sorted(self.names)}, given {sorted(values)}")
        return self._fixed | values
