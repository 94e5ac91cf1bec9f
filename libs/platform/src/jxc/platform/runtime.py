"""Running a service: one process serves HTTP, relays its outbox, runs its projections and
its workers (schedules); each part can also run alone (`project NAME` is how projections scale
and how tests kill one; `work NAME` is how a deployment runs one schedule).

    jxc-<service> serve            HTTP API + outbox relay + projections + workers (the default)
    jxc-<service> serve --api-only only the HTTP API (the other parts run as processes of their own)
    jxc-<service> migrate          apply the database migrations and exit
    jxc-<service> relay            only the outbox relay
    jxc-<service> project NAME     only one projection
    jxc-<service> work NAME [--once]   only one worker; --once: one turn now, then exit
    jxc-<service> rebuild NAME [--by U] [--json]   clear a read model and its offsets: its
                                   consumers (running or not) replay it from offset 0
    jxc-<service> dlq-retry ID [--by U] [--json]   apply a dead letter again, for its consumer only
    jxc-<service> dlq-retry --all CONSUMER          every open dead letter of one consumer
    jxc-<service> outbox parked [--all]   outbox rows the broker refused for good, with why
    jxc-<service> outbox requeue ID       publish a parked row again (once its cause is fixed)
    jxc-<service> outbox skip ID          give up on a parked row; its stream flows again
    jxc-<service> token --user U --roles R1,R2 [--warehouses W1,W2|*]   a development token
    jxc-<service> routes           the table of routes and the role each needs (Markdown)
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from types import FrameType
from typing import Any, Protocol, runtime_checkable

import psycopg
import uvicorn
import uvloop
from fastapi import APIRouter, FastAPI
from prometheus_client import start_http_server
from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts import registry
from jxc.events.registry import EventRegistry
from jxc.platform import tracing
from jxc.platform.auth.settings import AuthSettings
from jxc.platform.auth.tokens import TokenVerifier, issue_token
from jxc.platform.auth.user import Role
from jxc.platform.changes import ChangeFeed, changes_router
from jxc.platform.collector import tune_collector
from jxc.platform.commands import CommandHandler
from jxc.platform.consumer_health import consumers_ready
from jxc.platform.dead_letter_retry import Retried, consumer_of, retry, retry_all
from jxc.platform.http import create_app
from jxc.platform.kafka import kafka_answers
from jxc.platform.logging import configure_logging, get_logger
from jxc.platform.migrations import upgrade
from jxc.platform.outbox import OutboxRelay
from jxc.platform.outbox_parking import parked_rows, requeue, skip
from jxc.platform.projection import Projection, ProjectionRunner, rebuild
from jxc.platform.route_table import render as render_routes
from jxc.platform.settings import ServiceSettings
from jxc.platform.store import EventStore

log = get_logger("jxc.runtime")


@dataclass
class Parts:
    """What a service's adapters are built from: its composition root hands these out."""

    settings: ServiceSettings
    pool: AsyncConnectionPool[Any]
    store: EventStore
    commands: CommandHandler
    registry: EventRegistry


class Worker(Protocol):
    """A background loop of a service (a schedule, say): `run` returns once `stop` is set.
    `serve` runs every worker of the service; `work NAME` runs one alone (what a deployment
    runs, one replica). A worker that may run in several processes at once (serve and a
    deployment, two replicas during a rollout) takes an advisory lock for each turn."""

    @property
    def name(self) -> str: ...

    async def run(self, stop: asyncio.Event) -> None: ...


@runtime_checkable
class RunsOnce(Protocol):
    """A worker that can do one turn on demand (`work NAME --once`) and exit."""

    async def once(self) -> None: ...


@dataclass
class Service:
    name: str
    default_port: int
    migrations: Path
    routers: Callable[[Parts], Sequence[APIRouter]] = lambda parts: ()
    projections: Callable[[Parts], Sequence[Projection]] = lambda parts: ()
    # Background loops that serve runs besides the relay and the projections (schedules).
    workers: Callable[[Parts], Sequence[Worker]] = lambda parts: ()
    settings: ServiceSettings = field(init=False)

    def __post_init__(self) -> None:
        port = int(
            os.environ.get(f"JXC_{self.name.upper()}_HTTP_PORT")
            or os.environ.get("JXC_HTTP_PORT")
            or self.default_port
        )
        self.settings = ServiceSettings(service=self.name, http_port=port)

    def offline_parts(self) -> Parts:
        """The parts with nothing opened or connected: what the composition root declares
        (routes, projections, workers) can be read from them, nothing can be run."""
        settings = self.settings
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(settings.dsn(), open=False)
        store = EventStore(registry, settings.producer, settings.topic)
        commands = CommandHandler(pool, store, service=self.name)
        return Parts(settings, pool, store, commands, registry)

    def worker_names(self) -> list[str]:
        return [worker.name for worker in self.workers(self.offline_parts())]

    @asynccontextmanager
    async def parts(self) -> AsyncIterator[Parts]:
        settings = self.settings
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
            settings.dsn(),
            min_size=settings.db_pool_min,
            max_size=settings.db_pool_max,
            timeout=settings.db_pool_timeout,
            open=False,
        )
        await pool.open(wait=True, timeout=30)
        store = EventStore(registry, settings.producer, settings.topic)
        commands = CommandHandler(
            pool,
            store,
            service=self.name,
            retries=settings.command_retries,
            snapshot_every=settings.snapshot_every,
            state_cache_size=settings.state_cache_size,
        )
        try:
            yield Parts(settings, pool, store, commands, registry)
        finally:
            await pool.close()

    def offline_app(self, token_verifier: TokenVerifier | None = None) -> FastAPI:
        """The service's HTTP app with no database or broker behind it (nothing is opened):
        for its OpenAPI document, the route table, and tests of what the edge refuses before
        any command runs."""
        return create_app(
            title=f"JXC {self.name}",
            ready_checks={},
            routers=[
                *self.routers(self.offline_parts()),
                changes_router(ChangeFeed(self.settings.dsn())),
            ],
            token_verifier=token_verifier,
        )

    def migrate(self) -> None:
        upgrade(self.settings.dsn(), self.migrations)

    def runners(self, parts: Parts) -> list[ProjectionRunner]:
        return [
            ProjectionRunner(
                projection,
                parts.pool,
                parts.registry,
                self.settings.kafka_bootstrap,
                batch_size=self.settings.projection_batch_size,
                keep_processed_days=self.settings.processed_keep_days,
            )
            for projection in self.projections(parts)
        ]

    def relay(self, parts: Parts) -> OutboxRelay:
        return OutboxRelay(
            parts.pool,
            self.settings.dsn(),
            self.settings.kafka_bootstrap,
            service=self.name,
            topic=self.settings.topic,
            batch_size=self.settings.relay_batch_size,
            poll_seconds=self.settings.relay_poll_seconds,
            keep_sent_hours=self.settings.outbox_keep_sent_hours,
        )

    async def serve(self, api_only: bool = False) -> None:
        await asyncio.to_thread(self.migrate)
        stop = asyncio.Event()
        feed = ChangeFeed(self.settings.dsn())
        tasks: list[asyncio.Task[None]] = []

        async with self.parts() as parts:

            async def database_ready() -> bool:
                async with parts.pool.connection(timeout=2) as conn:
                    await conn.execute("SELECT 1")
                return True

            async def kafka_ready() -> bool:
                return await kafka_answers(self.settings.kafka_bootstrap)

            @asynccontextmanager
            async def lifespan(_: FastAPI) -> AsyncIterator[None]:
                if api_only:
                    yield
                    return
                tasks.append(asyncio.create_task(_supervised("relay", self.relay(parts).run, stop)))
                for runner in self.runners(parts):
                    tasks.append(asyncio.create_task(_supervised(runner.name, runner.run, stop)))
                for worker in self.workers(parts):
                    tasks.append(asyncio.create_task(_supervised(worker.name, worker.run, stop)))
                yield
                stop.set()
                await asyncio.gather(*tasks, return_exceptions=True)

            app = create_app(
                title=f"JXC {self.name}",
                ready_checks={
                    "postgresql": database_ready,
                    "kafka": kafka_ready,
                    "consumers": consumers_ready,  # failing or stalled projections
                },
                routers=[*self.routers(parts), changes_router(feed)],
                lifespan=lifespan,
                token_verifier=AuthSettings().verifier(),
            )
            config = uvicorn.Config(
                app,
                host=self.settings.http_host,
                port=self.settings.http_port,
                log_config=None,
                access_log=False,
                lifespan="on",
                timeout_graceful_shutdown=self.settings.shutdown_grace_seconds,
            )
            log.info("serving", url=f"http://{self.settings.http_host}:{self.settings.http_port}")
            await _StoppingServer(config, feed).serve()

    def serve_metrics(self) -> None:
        """A worker (relay, projection) has no HTTP API: with JXC_METRICS_PORT set, its
        Prometheus metrics are served on that port (path /metrics)."""
        if self.settings.metrics_port:
            start_http_server(self.settings.metrics_port, addr=self.settings.http_host)
            log.info("metrics", port=self.settings.metrics_port)

    async def run_projection(self, name: str) -> None:
        stop = _stop_on_signals()
        self.serve_metrics()
        async with self.parts() as parts:
            runner = self._runner(parts, name)
            await _supervised(runner.name, runner.run, stop)

    async def run_worker(self, name: str, once: bool = False) -> None:
        """One worker alone: until a signal, or (`once`) for one turn."""
        stop = _stop_on_signals()
        if not once:
            self.serve_metrics()
        async with self.parts() as parts:
            worker = self._worker(parts, name)
            if once:
                await _once(worker).once()
                return
            await _supervised(worker.name, worker.run, stop)

    def check_worker(self, name: str, once: bool = False) -> None:
        """Refuse, before anything is opened, a worker the service does not have, or --once for
        a worker that cannot do one turn on demand."""
        worker = self._worker(self.offline_parts(), name)
        if once:
            _once(worker)

    async def rebuild(self, name: str, by: str, as_json: bool = False) -> None:
        """Safe while the projection's consumers run: they replay it (jxc.platform.replays)."""
        async with self.parts() as parts:
            runner = self._runner(parts, name)
            generation = await rebuild(runner.projection, parts.pool, by=by)
            log.info(
                "rebuild done: the projection replays from offset 0",
                consumer=runner.name,
                generation=generation,
                by=by,
            )
            if as_json:
                answer = {
                    "consumer": runner.name,
                    "topics": list(runner.projection.topics),
                    "generation": generation,
                }
                sys.stdout.write(json.dumps(answer) + "\n")

    async def retry_dead_letters(
        self, letter_id: int | None, consumer: str | None, by: str, as_json: bool = False
    ) -> bool:
        """Apply one dead letter (or every open one of `consumer`) again, through the consumer
        that failed it; whether all were applied."""
        async with self.parts() as parts:
            if letter_id is not None:
                owner = await consumer_of(parts.pool, letter_id)
                if owner is None:
                    raise SystemExit(f"{self.name} has no dead letter {letter_id}")
                runner = self._runner(parts, owner)
                one = await retry(parts.pool, runner.projection, parts.registry, letter_id, by=by)
                done = [one]
            else:
                runner = self._runner(parts, consumer or "")
                done = await retry_all(parts.pool, runner.projection, parts.registry, by=by)
        for outcome in done:
            sys.stdout.write((_retried_json(outcome) if as_json else outcome.line()) + "\n")
        return all(outcome.ok for outcome in done)

    async def run_relay(self) -> None:
        stop = _stop_on_signals()
        self.serve_metrics()
        async with self.parts() as parts:
            await self.relay(parts).run(stop)

    async def outbox(self, action: str, row_id: int | None, include_skipped: bool) -> None:
        dsn = self.settings.dsn()
        async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
            if action == "parked":
                for row in await parked_rows(conn, include_skipped=include_skipped):
                    sys.stdout.write(row.line() + "\n")
                return
            assert row_id is not None
            if not await (requeue if action == "requeue" else skip)(conn, row_id):
                raise SystemExit(f"there is no parked outbox row {row_id}")
            log.info("outbox row skipped" if action == "skip" else "outbox row requeued", id=row_id)

    def _runner(self, parts: Parts, name: str) -> ProjectionRunner:
        """A projection by its short name (`stock-keeper`) or its consumer name."""
        runners = {r.name.rsplit(".", 1)[-1]: r for r in self.runners(parts)}
        for runner in runners.values():
            if runner.name == name:
                return runner
        if name not in runners:
            raise SystemExit(f"unknown projection {name!r}; known: {', '.join(runners) or 'none'}")
        return runners[name]

    def _worker(self, parts: Parts, name: str) -> Worker:
        workers = {w.name: w for w in self.workers(parts)}
        if name not in workers:
            raise SystemExit(f"unknown worker {name!r}; known: {', '.join(workers) or 'none'}")
        return workers[name]

    def cli(self, argv: Sequence[str] | None = None) -> None:
        parser = argparse.ArgumentParser(prog=f"jxc-{self.name}", description=__doc__)
        sub = parser.add_subparsers(dest="command")
        sub.add_parser("serve").add_argument(
            "--api-only", action="store_true", help="no relay or projections in this process"
        )
        sub.add_parser("migrate")
        sub.add_parser("relay")
        sub.add_parser("project").add_argument("projection")
        rebuild_ = sub.add_parser(
            "rebuild", help="replay a projection from offset 0 (safe while its consumers run)"
        )
        rebuild_.add_argument("projection")
        rebuild_.add_argument("--by", default=_operator(), help="who asks (recorded)")
        rebuild_.add_argument("--json", action="store_true", help="consumer, topics, generation")
        retry_ = sub.add_parser(
            "dlq-retry", help="apply a dead letter again, for the consumer that failed it only"
        )
        which = retry_.add_mutually_exclusive_group(required=True)
        which.add_argument("id", type=int, nargs="?", help="the letter (jxc dlq list)")
        which.add_argument("--all", dest="consumer", help="every open letter of this consumer")
        retry_.add_argument("--by", default=_operator(), help="who retries (recorded)")
        retry_.add_argument("--json", action="store_true", help="one JSON object per letter")
        work = sub.add_parser("work", help="run one worker (a schedule) alone")
        work.add_argument("worker")
        work.add_argument("--once", action="store_true", help="one turn now, then exit")
        outbox = sub.add_parser("outbox").add_subparsers(dest="action", required=True)
        outbox.add_parser("parked").add_argument("--all", action="store_true", dest="everything")
        outbox.add_parser("requeue").add_argument("id", type=int)
        outbox.add_parser("skip").add_argument("id", type=int)
        token = sub.add_parser("token", help="print a development token (signed with the dev key)")
        token.add_argument("--user", required=True)
        token.add_argument("--roles", required=True, help="comma-separated, e.g. purchaser,admin")
        token.add_argument("--warehouses", default="", help='comma-separated, "*" for all')
        token.add_argument("--hours", type=float, default=8.0)
        sub.add_parser("routes", help="print the table of routes and roles (Markdown)")
        args = parser.parse_args(argv)
        configure_logging(self.name, self.settings.log_level)
        tracing.configure(self.name)  # OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set
        command = args.command or "serve"
        if command == "migrate":
            self.migrate()
        elif command == "serve":
            run_loop(self.serve(api_only=getattr(args, "api_only", False)), answers_requests=True)
        elif command == "relay":
            run_loop(self.run_relay())
        elif command == "project":
            self.migrate()
            run_loop(self.run_projection(args.projection))
        elif command == "work":
            self.check_worker(args.worker, args.once)
            self.migrate()
            run_loop(self.run_worker(args.worker, args.once))
        elif command == "rebuild":
            asyncio.run(self.rebuild(args.projection, args.by, args.json))
        elif command == "dlq-retry":
            if not asyncio.run(self.retry_dead_letters(args.id, args.consumer, args.by, args.json)):
                raise SystemExit(1)
        elif command == "routes":
            sys.stdout.write(render_routes(self.name, self.offline_app().openapi()))
        elif command == "token":
            sys.stdout.write(dev_token(args.user, args.roles, args.warehouses, args.hours) + "\n")
        elif command == "outbox":
            row_id, everything = getattr(args, "id", None), getattr(args, "everything", False)
            asyncio.run(self.outbox(args.action, row_id, everything))


def _operator() -> str:
    """Who runs this command, for the record (JXC_OPERATOR, else the login name)."""
    if who := os.environ.get("JXC_OPERATOR"):
        return who
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container with an arbitrary uid)
        return "unknown"


def _retried_json(outcome: Retried) -> str:
    return json.dumps(
        {
            "id": outcome.id,
            "consumer": outcome.consumer,
            "outcome": outcome.outcome,
            "ok": outcome.ok,
            "detail": outcome.detail,
        }
    )


class _StoppingServer(uvicorn.Server):
    """uvicorn's server that ends the live change streams when a signal asks it to stop: it
    waits for the requests in flight (at most the grace period), and a stream would hold it
    for all of that."""

    def __init__(self, config: uvicorn.Config, feed: ChangeFeed) -> None:
        super().__init__(config)
        self.feed = feed
        self.loop = asyncio.get_running_loop()

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.loop.call_soon_threadsafe(self.feed.close)
        super().handle_exit(sig, frame)


def run_loop(main: Coroutine[Any, Any, None], *, answers_requests: bool = False) -> None:
    """Run a long-lived part on uvloop (libuv's event loop: cheaper I/O readiness and
    callbacks than asyncio's own, for HTTP, psycopg and aiokafka alike); JXC_EVENT_LOOP=asyncio
    keeps the standard loop. The collector is tuned for a long-lived process first
    (jxc.platform.collector): for short pauses when it answers requests, for throughput when it
    is a worker."""
    tune_collector(answers_requests=answers_requests)
    if os.environ.get("JXC_EVENT_LOOP", "uvloop") == "asyncio":
        asyncio.run(main)
    else:
        uvloop.run(main)


def _once(worker: Worker) -> RunsOnce:
    if not isinstance(worker, RunsOnce):
        raise SystemExit(f"worker {worker.name!r} has no single turn: run it without --once")
    return worker


def dev_token(user: str, roles: str, warehouses: str, hours: float) -> str:
    settings = AuthSettings()
    if settings.jwks_url:
        raise SystemExit("JXC_AUTH_JWKS_URL is set: tokens come from the identity provider")
    named = [r.strip() for r in roles.split(",") if r.strip()]
    unknown = [r for r in named if r not in {role.value for role in Role}]
    if unknown:
        known = ", ".join(role.value for role in Role)
        raise SystemExit(f"unknown role {', '.join(unknown)}; the roles are {known}")
    return issue_token(
        settings.dev_key(),
        user,
        named,
        [w for w in warehouses.split(",") if w],
        issuer=settings.issuer,
        audience=settings.audience,
        lifetime=timedelta(hours=hours),
    )


async def _supervised(
    name: str, run: Callable[[asyncio.Event], Awaitable[None]], stop: asyncio.Event
) -> None:
    """Keep a background part running: log a failure and restart it after a pause."""
    while not stop.is_set():
        try:
            await run(stop)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("background part failed, restarting", part=name)
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=2.0)


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop
