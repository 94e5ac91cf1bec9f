"""Item master, warehouses and locations (inline read models of their aggregates).

They are written in the same transaction as the events they show (app/master.py), so they
never lag: the stock core reads an item's unit and lot tracking, a warehouse's negative
on-hand policy and a location's quarantine flag from them inside its own transactions.
`items_barcode_key` is what keeps a barcode unique across items.
"""

from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE items (
            sku text PRIMARY KEY,
            name text NOT NULL,
            unit text NOT NULL,
            category text,
            barcode text,
            lot_tracked boolean NOT NULL DEFAULT false,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT items_barcode_key UNIQUE NULLS DISTINCT (barcode)
        )
    """)
    # Search by SKU or name prefix, ignoring case (LIKE 'x%' needs pattern ops).
    op.execute("CREATE INDEX items_sku_prefix ON items (lower(sku) text_pattern_ops)")
    op.execute("CREATE INDEX items_name_prefix ON items (lower(name) text_pattern_ops)")
    op.execute("CREATE INDEX items_category ON items (category, sku)")
    op.execute("""
        CREATE TABLE warehouses (
            code text PRIMARY KEY,
            name text NOT NULL,
            allow_negative_on_hand boolean NOT NULL DEFAULT false,
            version integer NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE warehouse_locations (
            warehouse text NOT NULL REFERENCES warehouses (code),
            location text NOT NULL,
            name text,
            quarantine boolean NOT NULL DEFAULT false,
            PRIMARY KEY (warehouse, location)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE warehouse_locations")
    op.execute("DROP TABLE warehouses")
    op.execute("DROP TABLE items")
