"""Sales' demand forecasts for the purchase plan (projected from sales.DemandForecasted)."""

from alembic import op

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE purchase_plan_forecasts (
            sku text NOT NULL,
            warehouse text NOT NULL,
            first_week date NOT NULL,
            weeks numeric[] NOT NULL,
            method text NOT NULL,
            computed_at timestamptz NOT NULL,
            PRIMARY KEY (sku, warehouse)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE purchase_plan_forecasts")
