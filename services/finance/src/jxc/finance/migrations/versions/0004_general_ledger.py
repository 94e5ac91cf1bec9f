"""The general ledger: the chart of accounts (seeded with the default chart of a trading
company), cost centres, fiscal years and closed periods; journal entries and lines, append-only,
each entry balanced (checked by the database at commit, not only by the code); period balances
per account and cost centre; the stock value per inventory's events."""

from alembic import op

revision = "0004"
down_revision = None
# The platform's own tables come first, from its own branch (jxc.platform.migration_versions).
depends_on = "platform_0003"

# The default chart as it was when this migration was written (code, name, type, parent).
DEFAULT_CHART = (
    ("1001", "Cash on hand", "asset", None),
    ("1002", "Bank deposits", "asset", None),
    ("1122", "Accounts receivable", "asset", None),
    ("1123", "Advances to suppliers", "asset", None),
    ("1402", "Goods in transit between warehouses", "asset", None),
    ("1405", "Inventory (merchandise)", "asset", None),
    ("1409", "Transfer clearing (rounding)", "asset", None),
    ("2202", "Accounts payable", "liability", None),
    ("2203", "Advances from customers (unallocated receipts)", "liability", None),
    ("2205", "Goods received not invoiced", "liability", None),
    ("2221", "VAT payable", "liability", None),
    ("2221.01", "Input VAT", "liability", "2221"),
    ("2221.02", "Output VAT", "liability", "2221"),
    ("2241", "Accrued freight (carriers)", "liability", None),
    ("2242", "Accrued landed cost and cost corrections", "liability", None),
    ("4001", "Paid-in capital", "equity", None),
    ("4103", "Profit of the year", "equity", None),
    ("4104", "Retained earnings", "equity", None),
    ("6001", "Sales revenue", "income", None),
    ("6051", "Inventory gains", "income", None),
    ("6401", "Cost of goods sold", "expense", None),
    ("6402", "Purchase price variance", "expense", None),
    ("6601", "Freight on shipments", "expense", None),
    ("6602", "Administrative expenses", "expense", None),
    ("6603", "Exchange differences", "expense", None),
    ("6711", "Inventory shrinkage and write-offs", "expense", None),
    ("6712", "Losses in transit", "expense", None),
)


def upgrade() -> None:
    op.execute("""
        CREATE TABLE accounts (
            code text PRIMARY KEY,
            name text NOT NULL,
            account_type text NOT NULL CONSTRAINT account_type_known
                CHECK (account_type IN ('asset', 'liability', 'equity', 'income', 'expense')),
            parent text,
            active boolean NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE cost_centres (
            code text PRIMARY KEY,
            name text NOT NULL,
            kind text NOT NULL CONSTRAINT cost_centre_kind_known
                CHECK (kind IN ('warehouse', 'department')),
            active boolean NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE fiscal_years (
            year integer PRIMARY KEY,
            first_period text NOT NULL,
            last_period text NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE closed_periods (
            period text PRIMARY KEY,
            closed_by text NOT NULL,
            closed_at timestamptz NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE journal_entries (
            entry_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source_event_id uuid NOT NULL UNIQUE,
            source_type text NOT NULL,
            posted_on date NOT NULL,
            period text NOT NULL,
            description text NOT NULL,
            currency text NOT NULL,
            total numeric NOT NULL CONSTRAINT entry_moves_value CHECK (total > 0),
            recorded_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX journal_entries_period ON journal_entries (period, entry_id)")
    op.execute("""
        CREATE TABLE journal_lines (
            entry_id bigint NOT NULL REFERENCES journal_entries (entry_id),
            line_no integer NOT NULL,
            period text NOT NULL,
            account text NOT NULL,
            cost_centre text NOT NULL,
            debit numeric NOT NULL,
            credit numeric NOT NULL,
            party_id uuid,
            sku text,
            CONSTRAINT journal_lines_pkey PRIMARY KEY (entry_id, line_no),
            CONSTRAINT line_one_side
                CHECK (debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0))
        )
    """)
    op.execute("CREATE INDEX journal_lines_account ON journal_lines (account, period)")
    op.execute("CREATE INDEX journal_lines_party ON journal_lines (party_id, account)")
    # Debits equal credits in every entry: checked by the database when the transaction
    # commits (each entry against its total), and after every statement adding lines.
    op.execute("""
        CREATE FUNCTION journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            debits numeric;
            credits numeric;
        BEGIN
            SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0) INTO debits, credits
            FROM journal_lines WHERE entry_id = NEW.entry_id;
            IF debits <> credits OR debits <> NEW.total THEN
                RAISE EXCEPTION 'journal entry % does not balance: debits %, credits %, total %',
                    NEW.entry_id, debits, credits, NEW.total USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END $$
    """)
    op.execute("""
        CREATE CONSTRAINT TRIGGER journal_entry_balanced AFTER INSERT ON journal_entries
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balanced()
    """)
    op.execute("""
        CREATE FUNCTION journal_lines_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            unbalanced bigint;
        BEGIN
            SELECT l.entry_id INTO unbalanced FROM journal_lines l
            WHERE l.entry_id IN (SELECT DISTINCT entry_id FROM added)
            GROUP BY l.entry_id HAVING sum(l.debit) <> sum(l.credit) LIMIT 1;
            IF unbalanced IS NOT NULL THEN
                RAISE EXCEPTION 'journal entry % does not balance', unbalanced
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END $$
    """)
    op.execute("""
        CREATE TRIGGER journal_lines_balanced AFTER INSERT ON journal_lines
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT
        EXECUTE FUNCTION journal_lines_balanced()
    """)
    # Append-only: a correction is a reversing entry, never an update (a rebuild truncates).
    op.execute("""
        CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the general ledger is append-only: post a reversing entry'
                USING ERRCODE = 'insufficient_privilege';
        END $$
    """)
    for table in ("journal_entries", "journal_lines"):
        op.execute(f"""
            CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()
        """)
    op.execute("""
        CREATE TABLE account_balances (
            period text NOT NULL,
            account text NOT NULL,
            cost_centre text NOT NULL,
            debit numeric NOT NULL,
            credit numeric NOT NULL,
            CONSTRAINT account_balances_pkey PRIMARY KEY (period, account, cost_centre)
        )
    """)
    op.execute("""
        CREATE TABLE stock_values (
            warehouse text NOT NULL,
            place text NOT NULL CONSTRAINT stock_place_known
                CHECK (place IN ('on_hand', 'in_transit')),
            sku text NOT NULL,
            value numeric NOT NULL,
            CONSTRAINT stock_values_pkey PRIMARY KEY (warehouse, place, sku)
        )
    """)
    for code, name, account_type, parent in DEFAULT_CHART:
        op.execute(insert_account(code, name, account_type, parent))


def insert_account(code: str, name: str, account_type: str, parent: str | None) -> str:
    def quoted(value: str | None) -> str:
        return "NULL" if value is None else "'" + value.replace("'", "''") + "'"

    return (
        "INSERT INTO accounts (code, name, account_type, parent, active) VALUES "
        f"({quoted(code)}, {quoted(name)}, {quoted(account_type)}, {quoted(parent)}, true)"
    )


def downgrade() -> None:
    for table in (
        "stock_values",
        "account_balances",
        "journal_lines",
        "journal_entries",
        "closed_periods",
        "fiscal_years",
        "cost_centres",
        "accounts",
    ):
        op.execute(f"DROP TABLE {table}")
    for function in ("ledger_append_only", "journal_lines_balanced", "journal_entry_balanced"):
        op.execute(f"DROP FUNCTION {function}()")
