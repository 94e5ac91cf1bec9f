"""Stock keys: reservations keyed by their position too (one order line number may reserve
on several positions only as distinct rows); the ledger records the event that caused each
line and refuses to apply one cause twice; issues carry a typed kind (what ABC counts as
consumption is not a free-text reason)."""

from alembic import op

revision = "0009"
down_revision = "0007"


def upgrade() -> None:
    op.execute("ALTER TABLE stock_reservations DROP CONSTRAINT stock_reservations_pkey")
    op.execute("ALTER TABLE stock_reservations ADD PRIMARY KEY (order_id, line_no, sku, warehouse)")
    op.execute(
        "ALTER TABLE stock_ledger ADD COLUMN cause_id uuid, ADD COLUMN cause_line integer, "
        "ADD COLUMN cause_part integer, ADD COLUMN kind text"
    )
    # Second line of defence against a consumed event applied twice: one line per cause,
    # source line, position and part (an issue drawn from several balances has several parts).
    op.execute(
        "CREATE UNIQUE INDEX stock_ledger_applied_once ON stock_ledger "
        "(cause_id, sku, warehouse, cause_line, cause_part) WHERE cause_id IS NOT NULL"
    )
    op.execute(
        "UPDATE stock_ledger SET kind = CASE "
        "WHEN reason = 'shipment' AND order_id IS NOT NULL THEN 'shipment' "
        "WHEN reason IN ('transfer_out', 'purchase_return') THEN reason ELSE 'other' END "
        "WHERE movement = 'issue'"
    )


def downgrade() -> None:
    op.execute("DROP INDEX stock_ledger_applied_once")
    op.execute(
        "ALTER TABLE stock_ledger DROP COLUMN cause_id, DROP COLUMN cause_line, "
        "DROP COLUMN cause_part, DROP COLUMN kind"
    )
    op.execute("ALTER TABLE stock_reservations DROP CONSTRAINT stock_reservations_pkey")
    op.execute("ALTER TABLE stock_reservations ADD PRIMARY KEY (order_id, line_no)")
