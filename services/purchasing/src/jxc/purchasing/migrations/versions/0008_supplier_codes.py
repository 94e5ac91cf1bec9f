"""Supplier codes are unique: which supplier holds which code, filled from the suppliers
registered so far (the first registration of a code keeps it)."""

from alembic import op

revision = "0008"
down_revision = "0006"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE supplier_codes (
            code text PRIMARY KEY,
            supplier_id uuid NOT NULL
        )
    """)
    op.execute("""
        INSERT INTO supplier_codes (code, supplier_id)
        SELECT DISTINCT ON (payload->>'code') payload->>'code', (payload->>'supplier_id')::uuid
        FROM events WHERE event_type = 'purchasing.SupplierRegistered'
        ORDER BY payload->>'code', global_position
    """)


def downgrade() -> None:
    op.execute("DROP TABLE supplier_codes")
