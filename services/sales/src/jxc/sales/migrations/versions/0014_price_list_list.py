"""The list of price lists: one row per price list, written inline with its commands; the
price lists defined before it are listed from their prices and the last event of their
streams (version, when and by whom last changed)."""

from alembic import op

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE price_lists (
            price_list_id uuid PRIMARY KEY,
            code text NOT NULL,
            customer_group text NOT NULL,
            currency text NOT NULL,
            valid_from date NOT NULL,
            valid_until date,
            price_count integer NOT NULL,
            version integer NOT NULL,
            changed_at timestamptz NOT NULL,
            changed_by text
        )
    """)
    op.execute(
        "CREATE INDEX price_lists_group ON price_lists (customer_group, currency, price_list_id)"
    )
    op.execute("""
        INSERT INTO price_lists
        SELECT p.price_list_id, p.code, p.customer_group, p.currency, p.valid_from,
               p.valid_until, p.price_count, e.stream_version, e.recorded_at, e.actor
        FROM (
            SELECT price_list_id, code, customer_group, currency, valid_from, valid_until,
                   count(*) AS price_count
            FROM price_list_prices
            GROUP BY price_list_id, code, customer_group, currency, valid_from, valid_until
        ) p
        JOIN LATERAL (
            SELECT stream_version, recorded_at, actor FROM events
            WHERE stream_id = 'price-list-' || p.price_list_id
            ORDER BY stream_version DESC LIMIT 1
        ) e ON true
    """)


def downgrade() -> None:
    op.execute("DROP TABLE price_lists")
