"""Gap-free numbers of invoices and credit notes: the last number of each series per year,
taken in the transaction that issues the document."""

from alembic import op

revision = "0016"
down_revision = "0015"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE document_numbers (
            series text NOT NULL,
            year integer NOT NULL,
            last integer NOT NULL CHECK (last > 0),
            PRIMARY KEY (series, year)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE document_numbers")
