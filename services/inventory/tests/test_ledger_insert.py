"""The ledger insert names its columns: every column of stock_ledger the database does not fill
itself, each cast to its declared type."""

from jxc.inventory.adapters.stock_tables import LEDGER_INSERT
from jxc.inventory.tables import stock_ledger


def test_the_ledger_insert_writes_every_column_the_database_does_not_fill() -> None:
    filled_by_database = {"id", "recorded_at"}

    assert set(LEDGER_INSERT.columns) == {c.name for c in stock_ledger.columns} - filled_by_database


def test_numeric_ledger_columns_are_cast_back_to_numeric() -> None:
    for name in ("quantity", "unit_cost", "value_change", "on_hand_after", "value_after"):
        assert f" {name}::numeric," in LEDGER_INSERT.sql.replace(" FROM", ",")
