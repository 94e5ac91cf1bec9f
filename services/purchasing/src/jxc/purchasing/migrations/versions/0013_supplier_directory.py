"""The supplier directory and the orders' numbers (issue 12).

`suppliers`: one row per supplier, written in the transaction of each supplier command from
the supplier's state after it (like the orders' list), so the suppliers' list can be sorted by
name, code or status and keyset paged on the server, and the orders', invoices' and late
deliveries' answers can name the supplier without a request per row. Filled here from the
supplier events already recorded (the registration, the last update, the last block or
unblock), so it holds every supplier from the start.

`purchase_orders.po_no`: the order's number for people (PO-000123), drawn from the sequence
`purchase_order_numbers` when the order's row is first written; the orders already listed are
numbered here in the order they were created."""

from alembic import op

#: The directory filled from the supplier events recorded (tests/integration/
#: test_purchasing_sorted_lists.py runs it again on a live database: it yields the rows the
#: commands wrote).
BACKFILL = """
        INSERT INTO suppliers (supplier_id, code, name, currency, payment_terms_days, email,
                               blocked, blocked_reason, version)
        SELECT (r.payload->>'supplier_id')::uuid,
               r.payload->>'code',
               coalesce(u.payload->>'name', r.payload->>'name'),
               r.payload->>'currency',
               coalesce((u.payload->>'payment_terms_days')::int,
                        (r.payload->>'payment_terms_days')::int, 30),
               CASE WHEN u.payload IS NULL THEN r.payload->>'email'
                    ELSE u.payload->>'email' END,
               coalesce(b.event_type = 'purchasing.SupplierBlocked', false),
               CASE WHEN b.event_type = 'purchasing.SupplierBlocked'
                    THEN b.payload->>'reason' END,
               (SELECT max(e.stream_version) FROM events e WHERE e.stream_id = r.stream_id)
        FROM events r
        LEFT JOIN LATERAL (
            SELECT e.payload FROM events e
            WHERE e.stream_id = r.stream_id AND e.event_type = 'purchasing.SupplierUpdated'
            ORDER BY e.stream_version DESC LIMIT 1
        ) u ON true
        LEFT JOIN LATERAL (
            SELECT e.event_type, e.payload FROM events e
            WHERE e.stream_id = r.stream_id
              AND e.event_type IN ('purchasing.SupplierBlocked', 'purchasing.SupplierUnblocked')
            ORDER BY e.stream_version DESC LIMIT 1
        ) b ON true
        WHERE r.event_type = 'purchasing.SupplierRegistered'
        ON CONFLICT DO NOTHING
    """

revision = "0013"
down_revision = "0012"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE suppliers (
            supplier_id uuid PRIMARY KEY,
            code text NOT NULL,
            name text NOT NULL,
            currency text NOT NULL,
            payment_terms_days integer NOT NULL,
            email text,
            blocked boolean NOT NULL DEFAULT false,
            blocked_reason text,
            version integer NOT NULL
        )
    """)
    op.execute("CREATE UNIQUE INDEX suppliers_code ON suppliers (code)")
    op.execute("CREATE INDEX suppliers_name ON suppliers (name, supplier_id)")
    op.execute(BACKFILL)
    op.execute("CREATE SEQUENCE purchase_order_numbers")
    op.execute("ALTER TABLE purchase_orders ADD COLUMN po_no bigint")
    op.execute("""
        UPDATE purchase_orders o SET po_no = n.no
        FROM (SELECT purchase_order_id,
                     row_number() OVER (ORDER BY created_at, purchase_order_id) AS no
              FROM purchase_orders) n
        WHERE o.purchase_order_id = n.purchase_order_id
    """)
    op.execute(
        "SELECT setval('purchase_order_numbers', coalesce(max(po_no), 0) + 1, false) "
        "FROM purchase_orders"
    )
    op.execute("ALTER TABLE purchase_orders ALTER COLUMN po_no SET NOT NULL")
    op.execute("CREATE UNIQUE INDEX purchase_orders_po_no ON purchase_orders (po_no)")


def downgrade() -> None:
    op.execute("ALTER TABLE purchase_orders DROP COLUMN po_no")
    op.execute("DROP SEQUENCE purchase_order_numbers")
    op.execute("DROP TABLE suppliers")
