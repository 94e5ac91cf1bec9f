"""Where an entry came from, to drill down to it: the source event's stream (the document:
`purchase-order-<id>`, `invoice-<id>` ...) and its payload as recorded (JSON text). Entries
posted before this revision have neither."""

from alembic import op

revision = "0011"
down_revision = "0009"


def upgrade() -> None:
    op.execute("""
        ALTER TABLE journal_entries
            ADD COLUMN source_stream text,
            ADD COLUMN source_payload text
    """)
    op.execute(
        "CREATE INDEX journal_entries_source_type ON journal_entries (source_type, entry_id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX journal_entries_source_type")
    op.execute("ALTER TABLE journal_entries DROP COLUMN source_stream, DROP COLUMN source_payload")
