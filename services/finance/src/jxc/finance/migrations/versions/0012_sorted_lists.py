"""Indexes for the finance lists' default sorts (issue 12: lists sorted and paged on the
server), so that their first and next pages read an index in order instead of sorting:

- journal_entries_posted_on (posted_on, entry_id): the journal by entry date; its lines
  follow their entry (the line numbers of one entry are a handful, sorted incrementally).
- payments_paid_on (paid_on, payment_id): the payments, latest first, unfiltered.
- open_items_due (kind, due_on, document_id): a kind's open items by due date (and by days
  overdue, the same order reversed).

The other sorts (amounts, accounts, source types of a filtered list) read the filtered rows
and sort them.
"""

from alembic import op

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    op.execute("CREATE INDEX journal_entries_posted_on ON journal_entries (posted_on, entry_id)")
    op.execute("CREATE INDEX payments_paid_on ON payments (paid_on, payment_id)")
    op.execute("CREATE INDEX open_items_due ON open_items (kind, due_on, document_id)")


def downgrade() -> None:
    op.execute("DROP INDEX open_items_due")
    op.execute("DROP INDEX payments_paid_on")
    op.execute("DROP INDEX journal_entries_posted_on")
