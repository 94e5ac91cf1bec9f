"""Pricing: the price lists' prices (inline), coupons and loyalty vouchers from crm."""

from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE price_list_prices (
            price_list_id uuid NOT NULL,
            sku text NOT NULL,
            min_quantity numeric NOT NULL,
            code text NOT NULL,
            customer_group text NOT NULL,
            currency text NOT NULL,
            valid_from date NOT NULL,
            valid_until date,
            unit_price numeric NOT NULL,
            PRIMARY KEY (price_list_id, sku, min_quantity)
        )
    """)
    op.execute(
        "CREATE INDEX price_list_prices_lookup ON price_list_prices (customer_group, currency, sku)"
    )
    op.execute("""
        CREATE TABLE coupons (
            coupon_code text PRIMARY KEY,
            campaign_id uuid NOT NULL,
            customer_id uuid,
            percent_off numeric,
            amount_off numeric,
            currency text,
            min_order_value numeric,
            valid_from date NOT NULL,
            valid_until date NOT NULL,
            used_by uuid
        )
    """)
    op.execute("""
        CREATE TABLE vouchers (
            voucher_code text PRIMARY KEY,
            customer_id uuid NOT NULL,
            value numeric NOT NULL,
            currency text NOT NULL,
            valid_until date NOT NULL,
            used_by uuid
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE vouchers")
    op.execute("DROP TABLE coupons")
    op.execute("DROP TABLE price_list_prices")
