"""Prometheus metrics every service exposes on /metrics."""

from prometheus_client import Counter, Gauge, Histogram

EVENTS_APPENDED = Counter("jxc_events_appended_total", "Events appended to the store", ["service"])
EVENTS_PUBLISHED = Counter(
    "jxc_events_published_total", "Events published from the outbox to Kafka", ["service"]
)
OUTBOX_PENDING = Gauge(
    "jxc_outbox_pending", "Outbox rows not yet published (parked ones aside)", ["service"]
)
OUTBOX_OLDEST_UNSENT = Gauge(
    "jxc_outbox_oldest_unsent_seconds",
    "Age of the oldest outbox row not yet published (parked ones aside); 0 when none waits",
    ["service"],
)
EVENTS_CONSUMED = Counter("jxc_events_consumed_total", "Records consumed", ["consumer"])
EVENTS_DEAD_LETTERED = Counter(
    "jxc_events_dead_lettered_total", "Records sent to a dead-letter topic", ["consumer"]
)
CONSUMER_FAILURES = Gauge(
    "jxc_consumer_consecutive_failures",
    "Attempts in a row a consumer failed (crashes, database unavailable, positioning)",
    ["consumer"],
)
CONSUMER_STALLED = Gauge(
    "jxc_consumer_stalled_partitions",
    "Partitions a consumer holds at an event it cannot read yet (newer schema version)",
    ["consumer"],
)
DEAD_LETTERS_UNSENT = Gauge(
    "jxc_dead_letters_unsent", "Dead letters recorded but not yet published", ["consumer"]
)
DEAD_LETTERS_OPEN = Gauge(
    "jxc_dead_letters_open",
    "Dead letters of a consumer not yet applied by a retry (jxc dlq retry)",
    ["consumer"],
)
PROJECTION_LAG = Gauge(
    "jxc_projection_lag", "Records behind the partition's end", ["consumer", "topic", "partition"]
)
COMMAND_SECONDS = Histogram("jxc_command_seconds", "Command handling time", ["service", "command"])
GC_PAUSE_SECONDS = Histogram(
    "jxc_gc_pause_seconds",
    "How long each pass of the cyclic collector held the process, by generation (0: young)",
    ["generation"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
PROJECTION_BATCH_SECONDS = Histogram(
    "jxc_projection_batch_seconds",
    "Time to apply one batch (its transaction: read model, offsets, dead letters)",
    ["consumer"],
)
VERSION_CONFLICTS = Counter(
    "jxc_version_conflicts_total", "Appends that lost an optimistic-concurrency race", ["service"]
)
OUTBOX_PARKED = Counter(
    "jxc_outbox_parked_total", "Outbox rows the broker refused for good, set aside", ["service"]
)
OUTBOX_PARKED_NOW = Gauge(
    "jxc_outbox_parked_rows", "Outbox rows set aside and not yet requeued or skipped", ["service"]
)
