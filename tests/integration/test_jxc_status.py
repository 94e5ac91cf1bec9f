"""`jxc status` and `jxc dlq` on the real servers: a service running its API alone
(`serve --api-only`: its relay does not drain the outbox here), an unsent outbox row of known
age, a consumer three records behind on one partition, dead letters; and a service that does
not answer."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import uuid4

import psycopg
from psycopg.types.json import Jsonb
from typer.testing import CliRunner

from jxc.cli.main import app
from jxc.cli.status import Where, gather
from jxc.platform.settings import topic_of
from tests.integration.consumer_kit import publish_to
from tests.integration.harness import KAFKA_BOOTSTRAP, Stack, free_port, wait_http
from tests.integration.publishing import envelope_of, receipt


def _seed(dsn: str, topic: str, consumer: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        (position,) = conn.execute(
            "INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version,"
            " occurred_at, recorded_at, producer, correlation_id, payload)"
            " VALUES (%s, 'wh-1', 1, 'inventory.WarehouseRegistered', 1, now(), now(),"
            " '/jxc/inventory', %s, '{}') RETURNING global_position",
            (uuid4(), uuid4()),
        ).fetchone() or (None,)
        conn.execute(
            "INSERT INTO outbox (global_position, topic, created_at)"
            " VALUES (%s, 'jxc.inventory.events', now() - interval '90 seconds')",
            (position,),
        )
        conn.execute(
            "INSERT INTO consumer_offsets (consumer, topic, partition, next_offset)"
            " VALUES (%s, %s, 0, 1)",
            (consumer, topic),
        )
        conn.execute(
            "INSERT INTO dead_letters (consumer, source_topic, source_partition, source_offset,"
            " headers, reason) VALUES (%s, %s, 0, 0, '[]', 'cannot be read')",
            (consumer, topic),
        )


async def test_status_shows_readiness_backlog_lag_and_dead_letters(stack: Stack) -> None:
    stack.migrate("inventory")
    dsn = stack.database("inventory")
    topic = topic_of("purchasing", stack.namespace)
    consumer = f"{stack.namespace}.inventory.stock-keeper"
    _seed(dsn, topic, consumer)
    await publish_to(
        topic,
        0,
        [envelope_of(receipt([("SKU-1", "WH1", Decimal(1))]), f"po-{i}") for i in range(4)],
    )
    port = free_port()
    api = stack.start("inventory", "serve", "--api-only", JXC_HTTP_PORT=str(port))
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/readyz", api)

    down = Where("crm", f"http://127.0.0.1:{free_port()}", dsn)
    inventory, crm = await gather(
        [Where("inventory", url, dsn), down], KAFKA_BOOTSTRAP, now=datetime.now(UTC)
    )

    assert inventory.ready is True and inventory.problems == []
    assert inventory.outbox_backlog == 1 and inventory.outbox_parked == 0
    assert inventory.oldest_unsent is not None
    assert timedelta(seconds=89) < inventory.oldest_unsent < timedelta(minutes=5)
    behind = {(lag.topic, lag.partition): lag.behind for lag in inventory.lags}
    assert behind[(topic, 0)] == 3  # 4 records, position 1
    assert len(behind) == 12 and sum(behind.values()) == 3
    assert [(d.consumer, d.total, d.unsent) for d in inventory.dead_letters] == [(consumer, 1, 1)]
    assert crm.ready is None and any("API" in p for p in crm.problems)


def test_the_command_exits_1_and_says_why_when_a_service_is_down(stack: Stack) -> None:
    stack.migrate("crm")
    env = {
        "JXC_CRM_URL": f"http://127.0.0.1:{free_port()}",
        "JXC_CRM_DATABASE_URL": stack.database("crm"),
        "JXC_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
    }
    result = CliRunner().invoke(app, ["status", "--service", "crm", "--json"], env=env)
    assert result.exit_code == 1, result.output
    (crm,) = json.loads(result.output)
    assert crm["ready"] is None and crm["outbox"]["backlog"] == 0
    assert crm["problems"] == ["API: ConnectError"]
    unknown = CliRunner().invoke(app, ["status", "--service", "warehouse"], env=env)
    assert unknown.exit_code == 2 and "unknown service warehouse" in unknown.output


def test_dead_letters_are_listed_a_page_at_a_time_and_shown_whole(stack: Stack) -> None:
    stack.migrate("inventory")
    dsn = stack.database("inventory")
    header = ["ce_type", base64.b64encode(b"purchasing.GoodsReceived").decode()]
    with psycopg.connect(dsn, autocommit=True) as conn:
        for offset in (7, 8):
            conn.execute(
                "INSERT INTO dead_letters (consumer, source_topic, source_partition,"
                " source_offset, key, value, headers, reason)"
                " VALUES ('jxc.inventory.stock-keeper', 'jxc.purchasing.events', 2, %s,"
                " 'po-1', '{\"lines\": 1}', %s, 'lines: not a list')",
                (offset, Jsonb([header])),
            )
    env = {"JXC_INVENTORY_DATABASE_URL": dsn}
    runner = CliRunner()
    listed = runner.invoke(app, ["dlq", "list", "-s", "inventory", "--json"], env=env)
    assert listed.exit_code == 0, listed.output
    first, second = json.loads(listed.output)
    assert first["source"] == "jxc.purchasing.events/2/7" and first["published"] is False
    assert first["reason"] == "lines: not a list"
    page = runner.invoke(
        app, ["dlq", "list", "-s", "inventory", "--after", str(first["id"]), "--json"], env=env
    )
    assert [x["id"] for x in json.loads(page.output)] == [second["id"]]
    shown = runner.invoke(app, ["dlq", "show", "inventory", str(first["id"])], env=env)
    assert shown.exit_code == 0, shown.output
    whole = json.loads(shown.output)
    assert whole["key"] == "po-1" and whole["value"] == '{"lines": 1}'
    assert whole["headers"] == [["ce_type", "purchasing.GoodsReceived"]]
    missing = runner.invoke(app, ["dlq", "show", "inventory", "999999"], env=env)
    assert missing.exit_code == 1 and "no dead letter 999999" in missing.output
