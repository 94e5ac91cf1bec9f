"""The purchase plan sorted and keyset paged (issue 12): purchase_plan_by_detected
(detected_at, suggestion_id) serves its default order, oldest detected first, page after page,
without sorting the whole table. (The orders' list is served by purchase_orders_status and
purchase_orders_supplier, both ordered by created_at.)"""

from alembic import op

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    op.execute(
        "CREATE INDEX purchase_plan_by_detected "
        "ON purchase_plan_suggestions (detected_at, suggestion_id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX purchase_plan_by_detected")
