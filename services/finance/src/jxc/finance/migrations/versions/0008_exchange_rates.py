"""Foreign currency: exchange rates per currency and day; the rate a foreign invoice was
booked at."""

from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE exchange_rates (
            currency text NOT NULL,
            "on" date NOT NULL,
            rate numeric NOT NULL,
            CONSTRAINT exchange_rates_pkey PRIMARY KEY (currency, "on")
        )
    """)
    op.execute("ALTER TABLE open_items ADD COLUMN booked_rate numeric")


def downgrade() -> None:
    op.execute("ALTER TABLE open_items DROP COLUMN booked_rate")
    op.execute("DROP TABLE exchange_rates")
