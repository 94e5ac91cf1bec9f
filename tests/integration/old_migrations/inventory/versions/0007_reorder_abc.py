"""Reorder rules with their alert state, and ABC classes (inline read models, written in the
same transaction as their events).

`reorder_rules` is the state of stream reorder-rule-<sku>@<warehouse>: the rule, whether its
stock is below min / above max now (what the last alert said) and the stream version, so the
stock keeper's watcher appends alerts at the right versions without loading the stream.
`abc_classes` holds the latest class per SKU and warehouse ('' for all warehouses together),
the state of stream abc-<sku>@<warehouse or *>.
"""

from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE reorder_rules (
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            min_quantity numeric NOT NULL,
            max_quantity numeric NOT NULL,
            reorder_quantity numeric,
            below_min boolean NOT NULL DEFAULT false,
            above_max boolean NOT NULL DEFAULT false,
            alert_available numeric,
            alert_since timestamptz,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (sku, warehouse),
            CHECK (NOT (below_min AND above_max))
        )
    """)
    op.execute("CREATE INDEX reorder_rules_warehouse ON reorder_rules (warehouse, sku)")
    op.execute(
        "CREATE INDEX reorder_rules_alerts ON reorder_rules (warehouse, sku) "
        "WHERE below_min OR above_max"
    )
    op.execute("""
        CREATE TABLE abc_classes (
            sku text NOT NULL,
            warehouse text NOT NULL,
            class text NOT NULL CHECK (class IN ('A', 'B', 'C')),
            consumption_value numeric NOT NULL,
            currency text NOT NULL,
            cumulative_share numeric NOT NULL,
            period_from date NOT NULL,
            period_to date NOT NULL,
            a_share numeric NOT NULL,
            b_share numeric NOT NULL,
            classified_at timestamptz NOT NULL,
            version integer NOT NULL,
            PRIMARY KEY (sku, warehouse)
        )
    """)
    op.execute("CREATE INDEX abc_classes_warehouse ON abc_classes (warehouse, class, sku)")


def downgrade() -> None:
    op.execute("DROP TABLE abc_classes")
    op.execute("DROP TABLE reorder_rules")
