"""Sales plans and demand forecasts: the sales history (per order line), item categories,
sales targets, the last forecast per SKU x warehouse and the forecast runs."""

from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE sales_history_lines (
            order_id uuid NOT NULL,
            line_no integer NOT NULL,
            day date NOT NULL,
            salesperson text,
            customer_id uuid NOT NULL,
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            quantity numeric NOT NULL,
            net_amount numeric NOT NULL,
            currency text NOT NULL,
            cancelled boolean NOT NULL DEFAULT false,
            PRIMARY KEY (order_id, line_no)
        )
    """)
    op.execute(
        "CREATE INDEX sales_history_lines_series ON sales_history_lines (sku, warehouse, day)"
    )
    op.execute("CREATE INDEX sales_history_lines_day ON sales_history_lines (day)")
    op.execute("CREATE TABLE sales_item_categories (sku text PRIMARY KEY, category text)")
    op.execute(
        "CREATE INDEX sales_item_categories_category ON sales_item_categories (category, sku)"
    )
    op.execute("""
        CREATE TABLE sales_targets (
            target_id uuid PRIMARY KEY,
            dimension text NOT NULL,
            subject text NOT NULL,
            members text[] NOT NULL,
            period text NOT NULL,
            period_start date NOT NULL,
            period_end date NOT NULL,
            amount numeric NOT NULL,
            currency text NOT NULL,
            quantity numeric,
            set_by text NOT NULL,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX sales_targets_order ON sales_targets (period, dimension, subject)")
    op.execute("""
        CREATE TABLE demand_forecasts (
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            first_week date NOT NULL,
            weeks numeric[] NOT NULL,
            method text NOT NULL,
            season_weeks integer,
            history_weeks integer NOT NULL,
            holdout_weeks integer NOT NULL,
            errors jsonb NOT NULL,
            computed_at timestamptz NOT NULL,
            version integer NOT NULL,
            PRIMARY KEY (sku, warehouse)
        )
    """)
    op.execute("""
        CREATE TABLE demand_forecast_runs (
            run_id uuid PRIMARY KEY,
            trigger text NOT NULL,
            started_at timestamptz NOT NULL,
            series integer NOT NULL,
            recorded integer NOT NULL
        )
    """)
    op.execute("CREATE INDEX demand_forecast_runs_started ON demand_forecast_runs (started_at)")


def downgrade() -> None:
    for table in (
        "demand_forecast_runs",
        "demand_forecasts",
        "sales_targets",
        "sales_item_categories",
        "sales_history_lines",
    ):
        op.execute(f"DROP TABLE {table}")
