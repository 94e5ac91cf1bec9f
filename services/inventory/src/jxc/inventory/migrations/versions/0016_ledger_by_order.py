"""stock_ledger_order: the ledger's issue lines by the order they went out for.

A return puts goods back at the cost they left with: the stock keeper sums the order's issue
lines (adapters/stock_tables.py, issue_costs) inside the batch that holds the positions' locks.
No index led with order_id, so each return read the whole ledger: seconds at ten million lines,
with every position of the batch waiting. Only lines for an order carry one (shipments), so
the index is partial and receipts, adjustments and revaluations pay nothing for it."""

from alembic import op

revision = "0016"
down_revision = "0015"


def upgrade() -> None:
    op.execute(
        "CREATE INDEX stock_ledger_order ON stock_ledger (order_id) WHERE order_id IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX stock_ledger_order")
