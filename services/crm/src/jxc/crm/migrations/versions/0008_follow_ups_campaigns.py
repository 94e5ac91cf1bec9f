"""Follow-ups, campaigns and their coupons, written with their events."""

from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE follow_ups (
            follow_up_id uuid PRIMARY KEY,
            customer_id uuid NOT NULL,
            kind text NOT NULL,
            subject text NOT NULL,
            owner text NOT NULL,
            due_on date NOT NULL,
            status text NOT NULL,
            outcome text,
            completed_on date,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX follow_ups_owner ON follow_ups (owner, status, due_on, follow_up_id)")
    op.execute("CREATE INDEX follow_ups_customer ON follow_ups (customer_id, due_on)")
    op.execute("""
        CREATE TABLE campaigns (
            campaign_id uuid PRIMARY KEY,
            code text NOT NULL,
            name text NOT NULL,
            target text NOT NULL,
            target_value text NOT NULL,
            valid_from date NOT NULL,
            valid_until date NOT NULL,
            coupons integer NOT NULL,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT campaign_code UNIQUE (code)
        )
    """)
    op.execute("""
        CREATE TABLE coupons (
            coupon_code text PRIMARY KEY,
            campaign_id uuid NOT NULL,
            customer_id uuid,
            issued_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX coupons_campaign ON coupons (campaign_id)")


def downgrade() -> None:
    op.execute("DROP TABLE coupons, campaigns, follow_ups")
