"""Which entry by hand was reversed, and by which entry: journal_entries_reversals, a partial
index of the reversals by their document's stream, so an entry's page finds its reversal
without scanning the journal."""

from alembic import op

revision = "0013"
down_revision = "0012"


def upgrade() -> None:
    op.execute(
        "CREATE INDEX journal_entries_reversals ON journal_entries (source_stream) "
        "WHERE source_type = 'finance.JournalEntryReversed'"
    )


def downgrade() -> None:
    op.execute("DROP INDEX journal_entries_reversals")
