import re

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, Text, Uuid, bindparam, func, select

from jxc.platform.statements import Statement

codes = Table(
    "codes",
    MetaData(),
    Column("code", Text, primary_key=True),
    Column("holder", Uuid),
    Column("uses", Integer),
)


def test_bind_parameters_are_named_for_psycopg() -> None:
    statement = Statement(select(codes.c.holder).where(codes.c.code == bindparam("code")))

    assert statement.sql.split() == (
        ["SELECT", "codes.holder", "FROM", "codes", "WHERE", "codes.code", "=", "%(code)s::VARCHAR"]
    )
    assert statement.args(code="A") == {"code": "A"}


def test_literals_of_the_statement_travel_with_the_arguments() -> None:
    statement = Statement(
        select(func.greatest(codes.c.uses, 0)).where(codes.c.code == bindparam("code"))
    )

    args = statement.args(code="A")
    assert set(re.findall(r"%\((\w+)\)s", statement.sql)) == set(args)
    assert sorted(args.values(), key=str) == [0, "A"]


def test_arguments_must_match_the_parameters() -> None:
    statement = Statement(select(codes.c.holder).where(codes.c.code == bindparam("code")))

    with pytest.raises(KeyError, match="code"):
        statement.args(cod="A")
