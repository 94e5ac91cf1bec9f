"""How far each order of the purchase history went (issue 12: the history shows each order's
current status): its first shipment, last delivery (and whether it is whole), first invoice,
from sales.OrderShipped, OrderDelivered and InvoiceIssued. Orders recorded before this
revision have no row and show "placed" (or "cancelled", "returned") until the purchase-history
projection is rebuilt from offset 0, which fills them."""

from alembic import op

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE customer_order_progress (
            order_id uuid PRIMARY KEY,
            shipped_at timestamptz,
            delivered_at timestamptz,
            fully_delivered boolean NOT NULL,
            invoiced_on date
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE customer_order_progress")
