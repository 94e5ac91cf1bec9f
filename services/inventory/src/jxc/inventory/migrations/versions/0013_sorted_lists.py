"""Indexes for the lists' default sorts (issue 12: lists sorted and paged on the server), so
that their first and next pages read an index in order instead of sorting the whole table:

- transfers_by_requested (requested_at, transfer_id): the transfers, latest first, unfiltered.
- stock_counts_by_opened (opened_at, count_id): the counts, latest opened first, unfiltered.
- abc_classes_by_value (warehouse, consumption_value, sku): a warehouse's classes (or the
  overall ones) by consumption value, highest first.

The other sorts (by status, quantities, dates of a filtered list) read the filtered rows and
sort them; none indexes a column the stock keeper updates on every movement (on_hand, value,
reserved: an index there would cost every stock write its HOT update).
"""

from alembic import op

revision = "0013"
down_revision = "0012"


def upgrade() -> None:
    op.execute("CREATE INDEX transfers_by_requested ON transfers (requested_at, transfer_id)")
    op.execute("CREATE INDEX stock_counts_by_opened ON stock_counts (opened_at, count_id)")
    op.execute(
        "CREATE INDEX abc_classes_by_value ON abc_classes (warehouse, consumption_value, sku)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX abc_classes_by_value")
    op.execute("DROP INDEX stock_counts_by_opened")
    op.execute("DROP INDEX transfers_by_requested")
