"""The tables every service's database has: event store, outbox, snapshots, consumer offsets,
processed events (policies), idempotency keys. Applied by the platform's own Alembic branch
(jxc/platform/migration_versions), step by step."""

PLATFORM_SCHEMA = """
CREATE TABLE events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id uuid NOT NULL UNIQUE,
    stream_id text NOT NULL,
    stream_version integer NOT NULL CHECK (stream_version >= 1),
    event_type text NOT NULL,
    schema_version integer NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    producer text NOT NULL,
    correlation_id uuid NOT NULL,
    causation_id uuid,
    payload jsonb NOT NULL,
    CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
);

CREATE TABLE outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    global_position bigint NOT NULL REFERENCES events (global_position),
    topic text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz
);
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

CREATE TABLE snapshots (
    stream_id text PRIMARY KEY,
    stream_version integer NOT NULL,
    state_type text NOT NULL,
    state jsonb NOT NULL,
    taken_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE consumer_offsets (
    consumer text NOT NULL,
    topic text NOT NULL,
    partition integer NOT NULL,
    next_offset bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, topic, partition)
);

CREATE TABLE processed_events (
    consumer text NOT NULL,
    event_id uuid NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE idempotency_keys (
    key text PRIMARY KEY,
    request_fingerprint text NOT NULL,
    response jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
"""

# Second platform step (the platform branch's platform_0002).
# - dead_letters: a consumer's dead letters, written in the same transaction as the offsets that
#   move past the record, then published to jxc.dlq.<consumer> (a record ends applied or
#   dead-lettered, never neither).
# - outbox.parked_at / park_reason: a row the broker refuses for good (e.g. too large) is set
#   aside with its reason; the relay keeps publishing every other stream, and holds back the
#   parked row's stream (found through outbox_parked) until the row is requeued or skipped.
PLATFORM_SCHEMA_2 = """
CREATE TABLE dead_letters (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer text NOT NULL,
    source_topic text NOT NULL,
    source_partition integer NOT NULL,
    source_offset bigint NOT NULL,
    key bytea,
    value bytea,
    headers jsonb NOT NULL,
    reason text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    UNIQUE (consumer, source_topic, source_partition, source_offset)
);
CREATE INDEX dead_letters_unsent ON dead_letters (consumer, id) WHERE sent_at IS NULL;

ALTER TABLE outbox ADD COLUMN parked_at timestamptz;
ALTER TABLE outbox ADD COLUMN park_reason text;
DROP INDEX outbox_unsent;
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_parked ON outbox (id) WHERE parked_at IS NOT NULL AND sent_at IS NULL
"""

# Third platform step: who did it. The authenticated user of a command, or the consumer whose
# policy appended the event; NULL on events recorded before (the audit trail starts here).
PLATFORM_SCHEMA_3 = """
ALTER TABLE events ADD COLUMN actor text
"""

# Fourth platform step: the W3C traceparent of the command that queued an outbox row (NULL when
# tracing is off), which the relay continues in the record's headers.
PLATFORM_SCHEMA_4 = """
ALTER TABLE outbox ADD COLUMN traceparent text
"""

# Fifth platform step: replays and dead-letter retries. A consumer's generation goes up with each
# replay (`jxc replay`): its runners check it in every batch transaction, so a runner positioned
# before the replay starts again from the beginning instead of committing on a cleared model. A
# dead letter re-applied by hand (`jxc dlq retry`) says who did it and when.
PLATFORM_SCHEMA_5 = """
CREATE TABLE consumer_generations (
    consumer text PRIMARY KEY,
    generation bigint NOT NULL,
    replayed_at timestamptz NOT NULL DEFAULT now(),
    replayed_by text
);
ALTER TABLE dead_letters ADD COLUMN retries integer NOT NULL DEFAULT 0;
ALTER TABLE dead_letters ADD COLUMN retried_at timestamptz;
ALTER TABLE dead_letters ADD COLUMN retried_by text
"""

# Sixth platform step: the outbox row's reference to its event goes unchecked. Only the append
# statement writes outbox rows, from the events that same statement inserted (store.py), and
# events are never deleted, so the foreign key could not fail; its check per row (an index probe
# and a KEY SHARE lock on the event just written) was a third of the append's time in the
# server: 11 of 29 us per event in a stock keeper's batches.
PLATFORM_SCHEMA_6 = """
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_global_position_fkey
"""

# Every step in order: the platform's tables as a database that ran them all has them.
PLATFORM_STEPS = (
    PLATFORM_SCHEMA,
    PLATFORM_SCHEMA_2,
    PLATFORM_SCHEMA_3,
    PLATFORM_SCHEMA_4,
    PLATFORM_SCHEMA_5,
    PLATFORM_SCHEMA_6,
)

OUTBOX_CHANNEL = "jxc_outbox"


def statements(sql: str) -> list[str]:
    """Split a plain DDL script (no functions, no semicolons in literals) into statements."""
    return [s.strip() for s in sql.split(";") if s.strip()]
