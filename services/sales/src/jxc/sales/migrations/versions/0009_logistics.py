"""Logistics: what sales learns of orders, reservations, addresses and item categories from
events (projection logistics-orders), and the inline read models of carriers, shipments and
vehicles."""

from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE shipping_orders (
            order_id uuid PRIMARY KEY,
            customer_id uuid NOT NULL,
            order_no text,
            currency text,
            ship_to text,
            promised_on date,
            cancelled boolean NOT NULL,
            placed_at timestamptz NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE shipping_order_lines (
            order_id uuid NOT NULL,
            line_no integer NOT NULL,
            sku text NOT NULL,
            warehouse text NOT NULL,
            quantity numeric NOT NULL,
            unit text NOT NULL,
            unit_price numeric NOT NULL,
            net_amount numeric NOT NULL,
            CONSTRAINT shipping_order_lines_pkey PRIMARY KEY (order_id, line_no)
        )
    """)
    op.execute("""
        CREATE TABLE shipping_reservations (
            order_id uuid NOT NULL,
            line_no integer NOT NULL,
            reserved numeric NOT NULL,
            CONSTRAINT shipping_reservations_pkey PRIMARY KEY (order_id, line_no)
        )
    """)
    op.execute("""
        CREATE TABLE shipping_addresses (
            customer_id uuid NOT NULL,
            label text NOT NULL,
            city text NOT NULL,
            country text NOT NULL,
            latitude numeric NOT NULL,
            longitude numeric NOT NULL,
            position integer NOT NULL,
            CONSTRAINT shipping_addresses_pkey PRIMARY KEY (customer_id, label)
        )
    """)
    op.execute("CREATE TABLE item_categories (sku text PRIMARY KEY, category text)")
    op.execute("""
        CREATE TABLE carriers (
            carrier_id uuid PRIMARY KEY,
            code text NOT NULL,
            name text NOT NULL,
            currency text NOT NULL,
            own_fleet boolean NOT NULL,
            version integer NOT NULL,
            CONSTRAINT carrier_code UNIQUE (code)
        )
    """)
    op.execute("""
        CREATE TABLE shipments (
            shipment_id uuid PRIMARY KEY,
            order_id uuid NOT NULL,
            customer_id uuid NOT NULL,
            warehouse text NOT NULL,
            status text NOT NULL,
            currency text NOT NULL,
            value numeric NOT NULL,
            carrier text,
            service text,
            own_fleet boolean NOT NULL,
            tracking_number text,
            weight_kg numeric,
            volume_m3 numeric,
            latitude numeric,
            longitude numeric,
            promised_on date,
            dispatched_on date,
            delivered_on date,
            on_time boolean,
            version integer NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX shipments_order ON shipments (order_id)")
    op.execute("CREATE INDEX shipments_warehouse ON shipments (warehouse, shipment_id)")
    op.execute("CREATE INDEX shipments_dispatched ON shipments (warehouse, dispatched_on)")
    op.execute("CREATE INDEX shipments_tracking ON shipments (carrier, tracking_number)")
    op.execute("""
        CREATE TABLE shipment_lines (
            shipment_id uuid NOT NULL,
            line_no integer NOT NULL,
            order_id uuid NOT NULL,
            quantity numeric NOT NULL,
            CONSTRAINT shipment_lines_pkey PRIMARY KEY (shipment_id, line_no)
        )
    """)
    op.execute("CREATE INDEX shipment_lines_order ON shipment_lines (order_id, line_no)")
    op.execute("""
        CREATE TABLE vehicles (
            vehicle text PRIMARY KEY,
            warehouse text NOT NULL,
            name text NOT NULL,
            max_weight_kg numeric NOT NULL,
            max_volume_m3 numeric NOT NULL,
            depot_latitude numeric NOT NULL,
            depot_longitude numeric NOT NULL
        )
    """)
    op.execute("CREATE INDEX vehicles_warehouse ON vehicles (warehouse, vehicle)")


def downgrade() -> None:
    op.execute(
        "DROP TABLE vehicles, shipment_lines, shipments, carriers, item_categories, "
        "shipping_addresses, shipping_reservations, shipping_order_lines, shipping_orders"
    )
