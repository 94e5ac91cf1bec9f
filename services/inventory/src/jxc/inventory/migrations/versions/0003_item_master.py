"""Item master, warehouses and locations (inline read models of their aggregates)."""

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
