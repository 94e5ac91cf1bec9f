"""Purchase plan: reorder suggestions per SKU x warehouse and the daily shipments behind the
sales rate (projected from inventory's topic), and which suggestions became purchase orders
(written inline by the command that drafts the order, so a rebuild of the projection keeps
them: a suggestion's id is the id of the LowStockDetected event that opened it)."""

from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE purchase_plan_suggestions (
            suggestion_id uuid PRIMARY KEY,
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            available numeric NOT NULL,
            min_quantity numeric NOT NULL,
            max_quantity numeric NOT NULL,
            reorder_quantity numeric,
            open boolean NOT NULL DEFAULT true,
            detected_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute(
        "CREATE UNIQUE INDEX purchase_plan_one_open ON purchase_plan_suggestions (sku, warehouse)"
        " WHERE open"
    )
    op.execute("""
        CREATE TABLE purchase_plan_shipments (
            sku text NOT NULL,
            warehouse text NOT NULL,
            day date NOT NULL,
            quantity numeric NOT NULL,
            PRIMARY KEY (sku, warehouse, day)
        )
    """)
    op.execute("""
        CREATE TABLE purchase_plan_conversions (
            suggestion_id uuid PRIMARY KEY,
            purchase_order_id uuid NOT NULL,
            supplier_id uuid NOT NULL,
            converted_at timestamptz NOT NULL
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE purchase_plan_conversions")
    op.execute("DROP TABLE purchase_plan_shipments")
    op.execute("DROP TABLE purchase_plan_suggestions")
