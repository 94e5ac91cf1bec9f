"""Stock queries at 10 million ledger lines (issue 10 item 4, bench/scale_ledger.py).

- stock_ledger_page (sku, warehouse, id): a position's ledger page in id order, keyset, reads
  only its 50 rows (the position index is ordered by occurred_at first).
- stock_ledger_when, a BRIN index on occurred_at: the ledger is appended in time order, so a
  few hundred kilobytes find the lines of one day (the valuation's last, partial day) and cost
  next to nothing on the write path.
- stock_positions_by_warehouse (warehouse, sku): a warehouse's stock list, keyset by SKU.
- stock_value_days: the value change of the ledger per warehouse, item category, currency and
  UTC day. The valuation report as of a moment sums the days before it (at most a few
  thousand rows a warehouse a year) and the ledger lines of its own day, never the whole
  ledger. Kept in the same transaction as the ledger by triggers, so exactly once whatever
  writes the ledger (the stock keeper's batches, commands, a rebuild, a bulk COPY):
  * after every INSERT statement on stock_ledger: its lines summed per day, upserted in key
    order;
  * when an item gets its category (registered after its stock, or recategorised): the sums
    of its ledger lines move from the old category ('' for none) to the new one, so the
    report always groups by the item's current category.
"""

from alembic import op

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    op.execute("CREATE INDEX stock_ledger_page ON stock_ledger (sku, warehouse, id)")
    op.execute(
        "CREATE INDEX stock_ledger_when ON stock_ledger USING brin (occurred_at) "
        "WITH (pages_per_range = 16)"
    )
    op.execute("CREATE INDEX stock_positions_by_warehouse ON stock_positions (warehouse, sku)")
    op.execute(
        """
        CREATE TABLE stock_value_days (
            warehouse text NOT NULL,
            category text NOT NULL,
            currency text NOT NULL,
            day date NOT NULL,
            value numeric NOT NULL,
            PRIMARY KEY (warehouse, category, currency, day)
        )
        """
    )
    op.execute(
        """
        CREATE FUNCTION stock_value_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO stock_value_days AS d (warehouse, category, currency, day, value)
            SELECT n.warehouse, coalesce(i.category, ''), n.currency,
                   (n.occurred_at AT TIME ZONE 'UTC')::date, sum(n.value_change)
            FROM added_lines n LEFT JOIN items i ON i.sku = n.sku
            WHERE n.value_change <> 0
            GROUP BY 1, 2, 3, 4
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (warehouse, category, currency, day)
            DO UPDATE SET value = d.value + excluded.value;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER stock_ledger_value_days AFTER INSERT ON stock_ledger "
        "REFERENCING NEW TABLE AS added_lines FOR EACH STATEMENT "
        "EXECUTE FUNCTION stock_value_days_add()"
    )
    op.execute(
        """
        CREATE FUNCTION stock_value_days_recategorise() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was text := CASE WHEN TG_OP = 'UPDATE' THEN coalesce(OLD.category, '') ELSE '' END;
            now_ text := coalesce(NEW.category, '');
        BEGIN
            IF was = now_ THEN
                RETURN NULL;
            END IF;
            INSERT INTO stock_value_days AS d (warehouse, category, currency, day, value)
            SELECT l.warehouse, c.category, l.currency, (l.occurred_at AT TIME ZONE 'UTC')::date,
                   c.sign * sum(l.value_change)
            FROM stock_ledger l
            CROSS JOIN (VALUES (was, -1), (now_, 1)) AS c(category, sign)
            WHERE l.sku = NEW.sku AND l.value_change <> 0
            GROUP BY l.warehouse, c.category, l.currency, 4, c.sign
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (warehouse, category, currency, day)
            DO UPDATE SET value = d.value + excluded.value;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER items_value_days AFTER INSERT OR UPDATE OF category ON items "
        "FOR EACH ROW EXECUTE FUNCTION stock_value_days_recategorise()"
    )
    # The lines already recorded.
    op.execute(
        """
        INSERT INTO stock_value_days (warehouse, category, currency, day, value)
        SELECT l.warehouse, coalesce(i.category, ''), l.currency,
               (l.occurred_at AT TIME ZONE 'UTC')::date, sum(l.value_change)
        FROM stock_ledger l LEFT JOIN items i ON i.sku = l.sku
        WHERE l.value_change <> 0
        GROUP BY 1, 2, 3, 4
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER items_value_days ON items")
    op.execute("DROP FUNCTION stock_value_days_recategorise()")
    op.execute("DROP TRIGGER stock_ledger_value_days ON stock_ledger")
    op.execute("DROP FUNCTION stock_value_days_add()")
    op.execute("DROP TABLE stock_value_days")
    op.execute("DROP INDEX stock_positions_by_warehouse")
    op.execute("DROP INDEX stock_ledger_when")
    op.execute("DROP INDEX stock_ledger_page")
