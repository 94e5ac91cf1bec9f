"""Purchase orders and their lines as a table, kept inline with the orders' commands: the
open-orders list, and the quantities in flight the purchase plan subtracts."""

from alembic import op

revision = "0002"
down_revision = None
# The platform's own tables come first, from its own branch (jxc.platform.migration_versions).
depends_on = "platform_0003"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE purchase_orders (
            purchase_order_id uuid PRIMARY KEY,
            supplier_id uuid NOT NULL,
            status text NOT NULL,
            currency text NOT NULL,
            total numeric NOT NULL,
            first_approved_by text,
            approved_by text,
            status_reason text,
            suggestion_id uuid,
            version integer NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX purchase_orders_status ON purchase_orders (status, created_at)")
    op.execute("CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id, created_at)")
    op.execute("""
        CREATE TABLE purchase_order_lines (
            purchase_order_id uuid NOT NULL REFERENCES purchase_orders ON DELETE CASCADE,
            line_no integer NOT NULL,
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            unit_price numeric NOT NULL,
            ordered numeric NOT NULL,
            accepted numeric NOT NULL DEFAULT 0,
            rejected numeric NOT NULL DEFAULT 0,
            expected_date date,
            PRIMARY KEY (purchase_order_id, line_no)
        )
    """)
    op.execute("CREATE INDEX purchase_order_lines_sku ON purchase_order_lines (sku, warehouse)")


def downgrade() -> None:
    op.execute("DROP TABLE purchase_order_lines")
    op.execute("DROP TABLE purchase_orders")
