"""The customer list, kept inline with the customers' commands; its unique code is how a code
belongs to one customer only."""

from alembic import op

revision = "0004"
down_revision = None
# The platform's own tables come first, from its own branch (jxc.platform.migration_versions).
depends_on = "platform_0003"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE customers (
            customer_id uuid PRIMARY KEY,
            code text NOT NULL,
            name text NOT NULL,
            customer_group text NOT NULL,
            tags text[] NOT NULL,
            sales_owner text,
            currency text NOT NULL,
            credit_limit numeric NOT NULL,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT customer_code UNIQUE (code)
        )
    """)
    op.execute("CREATE INDEX customers_group ON customers (customer_group, code)")
    op.execute("CREATE INDEX customers_owner ON customers (sales_owner, code)")


def downgrade() -> None:
    op.execute("DROP TABLE customers")
