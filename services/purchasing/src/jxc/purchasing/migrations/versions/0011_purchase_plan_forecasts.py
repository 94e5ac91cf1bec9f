"""Sales' demand forecasts for the purchase plan (projected from sales.DemandForecasted).

Numbered 0011, not 0010: a purchasing database of the old migration layout records 0010 for
the platform's step 3 (tests/integration/test_platform_migrations.py), and would be taken to
hold a new 0010 already."""

from alembic import op

revision = "0011"
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
