"""Finance's tables, declared once (the platform's included): what its migrations build
(checked by tests/integration/test_migrations_match_tables.py) and what adapters/ read and
write."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Identity,
    Index,
    Integer,
    Numeric,
    PrimaryKeyConstraint,
    Table,
    Text,
    Uuid,
    text,
)

from jxc.platform.tables import service_metadata, timestamptz

metadata = service_metadata()

# --- set-up, written inline with the admin's commands (the default chart by migration) ---

accounts = Table(
    "accounts",
    metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column(
        "account_type",
        Text,
        CheckConstraint(
            "account_type IN ('asset', 'liability', 'equity', 'income', 'expense')",
            name="account_type_known",
        ),
        nullable=False,
    ),
    Column("parent", Text),
    Column("active", Boolean, nullable=False),
)

cost_centres = Table(
    "cost_centres",
    metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column(
        "kind",
        Text,
        CheckConstraint("kind IN ('warehouse', 'department')", name="cost_centre_kind_known"),
        nullable=False,
    ),
    Column("active", Boolean, nullable=False),
)

fiscal_years = Table(
    "fiscal_years",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("first_period", Text, nullable=False),
    Column("last_period", Text, nullable=False),
)

# A period that is not here is open; a closed one accepts no posting dated in it.
closed_periods = Table(
    "closed_periods",
    metadata,
    Column("period", Text, primary_key=True),
    Column("closed_by", Text, nullable=False),
    timestamptz("closed_at"),
)

# --- the general ledger (projection general-ledger): append-only ----------------------------

journal_entries = Table(
    "journal_entries",
    metadata,
    Column("entry_id", BigInteger, Identity(always=True), primary_key=True),
    Column("source_event_id", Uuid, nullable=False, unique=True),
    Column("source_type", Text, nullable=False),
    Column("source_stream", Text),  # the source event's stream: its document (0011)
    Column("source_payload", Text),  # the source event's payload, JSON as recorded (0011)
    Column("posted_on", Date, nullable=False),  # the document's own date, always kept
    Column("period", Text, nullable=False),  # where it posted (a later one if its was closed)
    Column("description", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column(
        "total", Numeric, CheckConstraint("total > 0", name="entry_moves_value"), nullable=False
    ),
    timestamptz("recorded_at"),
    Index("journal_entries_period", "period", "entry_id"),
    Index("journal_entries_source_type", "source_type", "entry_id"),
    Index("journal_entries_posted_on", "posted_on", "entry_id"),  # 0012
    Index(  # 0013: an entry by hand finds its reversal
        "journal_entries_reversals",
        "source_stream",
        postgresql_where=text("source_type = 'finance.JournalEntryReversed'"),
    ),
)

# Lines of one entry are written by one statement; a trigger refuses any statement that
# leaves an entry whose debits and credits differ (see migration 0004).
journal_lines = Table(
    "journal_lines",
    metadata,
    Column("entry_id", BigInteger, ForeignKey("journal_entries.entry_id"), nullable=False),
    Column("line_no", Integer, nullable=False),
    Column("period", Text, nullable=False),
    Column("account", Text, nullable=False),
    Column("cost_centre", Text, nullable=False),  # "" for none
    Column("debit", Numeric, nullable=False),
    Column("credit", Numeric, nullable=False),
    Column("party_id", Uuid),
    Column("sku", Text),
    PrimaryKeyConstraint("entry_id", "line_no", name="journal_lines_pkey"),
    CheckConstraint(
        "debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0)", name="line_one_side"
    ),
    Index("journal_lines_account", "account", "period"),
    Index("journal_lines_party", "party_id", "account"),
)

# Period balances per account and cost centre, kept by the projection in the transaction of
# the lines: statements add these up, never the lines.
account_balances = Table(
    "account_balances",
    metadata,
    Column("period", Text, nullable=False),
    Column("account", Text, nullable=False),
    Column("cost_centre", Text, nullable=False),
    Column("debit", Numeric, nullable=False),
    Column("credit", Numeric, nullable=False),
    PrimaryKeyConstraint("period", "account", "cost_centre", name="account_balances_pkey"),
)

# The stock's value per inventory's events (jxc.finance.domain.ledger.stock_value), kept by
# the same projection: what the inventory accounts are held against.
stock_values = Table(
    "stock_values",
    metadata,
    Column("warehouse", Text, nullable=False),
    Column(
        "place",
        Text,
        CheckConstraint("place IN ('on_hand', 'in_transit')", name="stock_place_known"),
        nullable=False,
    ),
    Column("sku", Text, nullable=False),
    Column("value", Numeric, nullable=False),
    PrimaryKeyConstraint("warehouse", "place", "sku", name="stock_values_pkey"),
)

# --- payables and receivables ---------------------------------------------------------------

# One row per invoice: a customer's (receivable, from sales.InvoiceIssued; a credit note not
# against an invoice is a negative one) or a supplier's (payable, from purchasing's
# SupplierInvoiceMatched), written by the general-ledger projection; `credited` by credit
# notes (the projection), `allocated` by the payments that settle it (their commands, the
# row locked).
open_items = Table(
    "open_items",
    metadata,
    Column("document_id", Uuid, primary_key=True),
    Column(
        "kind",
        Text,
        CheckConstraint("kind IN ('receivable', 'payable')", name="open_item_kind_known"),
        nullable=False,
    ),
    Column("party_id", Uuid, nullable=False),
    Column("document_no", Text, nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("currency", Text, nullable=False),
    Column("amount", Numeric, nullable=False),
    Column("credited", Numeric, nullable=False),
    Column("allocated", Numeric, nullable=False),
    Column("booked_rate", Numeric),  # a foreign invoice's rate to the company's currency
    Index("open_items_party", "kind", "party_id", "due_on"),
    Index("open_items_due", "kind", "due_on", "document_id"),  # 0012
)

payments = Table(
    "payments",
    metadata,
    Column("payment_id", Uuid, primary_key=True),
    Column("direction", Text, nullable=False),
    Column("party_id", Uuid, nullable=False),
    Column("amount", Numeric, nullable=False),
    Column("currency", Text, nullable=False),
    Column("paid_on", Date, nullable=False),
    Column("cash_account", Text, nullable=False),
    Column("unallocated", Numeric, nullable=False),
    Column("reference", Text),
    timestamptz("recorded_at"),
    Index("payments_party", "party_id", "paid_on"),
    Index("payments_paid_on", "paid_on", "payment_id"),  # 0012
)

# --- budgets ---------------------------------------------------------------------------------

# One row per budget (cost centre "" for the whole company), written with its command.
budgets = Table(
    "budgets",
    metadata,
    Column("period", Text, nullable=False),
    Column("account", Text, nullable=False),
    Column("cost_centre", Text, nullable=False),
    Column("account_type", Text, nullable=False),
    Column("amount", Numeric, nullable=False),
    Column("currency", Text, nullable=False),
    Column("threshold", Numeric, nullable=False),
    PrimaryKeyConstraint("period", "account", "cost_centre", name="budgets_pkey"),
)

# --- for cost analysis: what the ledger learns from sales and inventory ----------------------

# Whose order it was (sales.OrderPlaced): a shipment's cost of goods sold names the customer.
order_customers = Table(
    "order_customers",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
)

# The item's category as inventory last said (ItemRegistered, ItemUpdated).
item_categories = Table(
    "item_categories",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("category", Text),
)

# --- foreign currency ------------------------------------------------------------------------

exchange_rates = Table(
    "exchange_rates",
    metadata,
    Column("currency", Text, nullable=False),
    Column("on", Date, nullable=False),
    Column("rate", Numeric, nullable=False),
    PrimaryKeyConstraint("currency", "on", name="exchange_rates_pkey"),
)

# Orders not yet invoiced (sales) or not yet matched (purchasing), for the cash forecast:
# kept by the general-ledger projection from sales' and purchasing's order events.
open_orders = Table(
    "open_orders",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column(
        "kind",
        Text,
        CheckConstraint("kind IN ('sales', 'purchase')", name="open_order_kind_known"),
        nullable=False,
    ),
    Column("expected_on", Date, nullable=False),
    Column("currency", Text, nullable=False),
    Column("amount", Numeric, nullable=False),
    Column("invoiced", Numeric, nullable=False),
    Column("closed", Boolean, nullable=False),
)
