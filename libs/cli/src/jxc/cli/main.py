"""The `jxc` command (Typer + Rich).

    jxc up                     start everything on this machine (deploy/local/run.sh)
    jxc down                   stop it (the services, then Kafka and PostgreSQL)
    jxc status                 readiness, outbox backlog, consumer lag and dead letters
    jxc status --json          the same for scripts
    jxc status --service crm   one service (repeatable)
    jxc dlq list [--service S] [--after ID]   dead letters, a page at a time
    jxc dlq show SERVICE ID    one dead letter whole
    jxc dlq retry SERVICE ID   apply a dead letter again, for the consumer that failed it only
    jxc dlq retry SERVICE --all CONSUMER   every open dead letter of one consumer
    jxc replay CONSUMER        rebuild a read model from offset 0 while its service runs, with
                               progress (CONSUMER as `jxc status` shows it)
    jxc token --user U --roles R1,R2 [--warehouses W1,W2|*]   a development token
    jxc demo [--small] [--name N] [--concurrency C]   seed a realistic company over the APIs

Where things are: JXC_<SERVICE>_URL (http://127.0.0.1:800N), each service's database as the
service finds it (JXC_<SERVICE>_DATABASE_URL, ...), JXC_KAFKA_BOOTSTRAP (and its
JXC_KAFKA_SASL_* settings). It exits 1 when a service is not ready or cannot be asked."""

from __future__ import annotations

import asyncio
import getpass
import json
import os
import subprocess
import time
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from jxc.cli.demo import FULL, SMALL, DemoError, Places, seed
from jxc.cli.dlq import Letter, letter, letters
from jxc.cli.replay import (
    Rate,
    ReplayError,
    answers_of,
    run_service,
    split_consumer,
    start,
    watch,
)
from jxc.cli.status import SERVICES, ServiceStatus, Where, gather
from jxc.platform.runtime import dev_token

app = typer.Typer(help="Operate a running JXC.", no_args_is_help=True, add_completion=False)


@app.callback()
def main() -> None:
    """Operate a running JXC."""


def age(value: timedelta | None) -> str:
    if value is None:
        return "-"
    seconds = int(value.total_seconds())
    if seconds < 120:
        return f"{seconds}s"
    if seconds < 7200:
        return f"{seconds // 60}m"
    return f"{seconds // 3600}h"


def _ready(status: ServiceStatus) -> str:
    if status.ready is None:
        return "[red]down[/red]"
    if status.ready:
        return "[green]ready[/green]"
    failing = [k for k, v in status.checks.items() if v not in ("ok", True)]
    return f"[yellow]not ready[/yellow] {', '.join(failing)}".strip()


def render(statuses: list[ServiceStatus], console: Console) -> None:
    services = Table(title="Services", title_justify="left")
    for column in ("service", "API", "outbox backlog", "oldest unsent", "parked", "behind"):
        services.add_column(column, justify="left" if column in ("service", "API") else "right")
    for s in statuses:
        services.add_row(
            f"{s.service}\n[dim]{s.url}[/dim]",
            _ready(s),
            "-" if s.outbox_backlog is None else str(s.outbox_backlog),
            age(s.oldest_unsent),
            "-" if s.outbox_parked is None else str(s.outbox_parked),
            str(s.behind),
        )
    console.print(services)

    lag = Table(title="Consumer lag", title_justify="left")
    for column in ("consumer", "topic", "partition", "position", "end", "lag"):
        lag.add_column(
            column, justify="right" if column in ("partition", "position", "end", "lag") else "left"
        )
    for s in statuses:
        for row in s.lags:
            style = "yellow" if row.behind else None
            lag.add_row(
                row.consumer,
                row.topic,
                str(row.partition),
                str(row.position),
                str(row.end),
                str(row.behind),
                style=style,
            )
    console.print(lag if lag.row_count else "[dim]No consumer has a position yet.[/dim]")

    letters = Table(title="Dead letters", title_justify="left")
    for column in ("consumer", "total", "open (not retried)", "not yet on the DLQ topic"):
        letters.add_column(column, justify="left" if column == "consumer" else "right")
    for s in statuses:
        for d in s.dead_letters:
            style = "red" if d.open else "dim"
            letters.add_row(d.consumer, str(d.total), str(d.open), str(d.unsent), style=style)
    console.print(letters if letters.row_count else "[dim]No dead letters.[/dim]")

    for s in statuses:
        for problem in s.problems:
            console.print(f"[red]{s.service}[/red]: {problem}")


def as_json(statuses: list[ServiceStatus]) -> list[dict[str, Any]]:
    return [
        {
            "service": s.service,
            "url": s.url,
            "ready": s.ready,
            "checks": s.checks,
            "outbox": {
                "backlog": s.outbox_backlog,
                "oldest_unsent_seconds": None
                if s.oldest_unsent is None
                else s.oldest_unsent.total_seconds(),
                "parked": s.outbox_parked,
            },
            "consumers": [
                {
                    "consumer": lag.consumer,
                    "topic": lag.topic,
                    "partition": lag.partition,
                    "position": lag.position,
                    "end": lag.end,
                    "lag": lag.behind,
                }
                for lag in s.lags
            ],
            "dead_letters": [
                {"consumer": d.consumer, "total": d.total, "unsent": d.unsent, "open": d.open}
                for d in s.dead_letters
            ],
            "problems": s.problems,
        }
        for s in statuses
    ]


@app.command()
def status(
    service: Annotated[
        list[str] | None, typer.Option("--service", "-s", help="Only this service (repeatable).")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
) -> None:
    """Each service's readiness, outbox backlog and oldest unsent age, consumer lag per group
    and partition, and dead letters per consumer."""
    chosen = _services(service)
    bootstrap = os.environ.get("JXC_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    statuses = asyncio.run(gather([Where.from_env(s) for s in chosen], bootstrap))
    if json_out:
        typer.echo(json.dumps(as_json(statuses), indent=2))
    else:
        render(statuses, Console())
    if any(not s.ready for s in statuses):
        raise typer.Exit(1)


def checkout() -> Path:
    """The JXC checkout whose deploy/local scripts `up` and `down` run: JXC_HOME, else the
    nearest directory above the current one that has them."""
    if home := os.environ.get("JXC_HOME"):
        return Path(home)
    for place in (Path.cwd(), *Path.cwd().parents):
        if (place / "deploy" / "local" / "run.sh").is_file():
            return place
    raise typer.BadParameter("not inside a JXC checkout; set JXC_HOME")


def _script(*args: str) -> int:
    return subprocess.run(["bash", *args], cwd=checkout()).returncode


@app.command()
def up() -> None:
    """Start everything on this machine (deploy/local/run.sh): Kafka, PostgreSQL, topics,
    databases and the five services."""
    raise typer.Exit(_script("deploy/local/run.sh"))


@app.command()
def down() -> None:
    """Stop the services, then Kafka and PostgreSQL (deploy/local/run.sh stop, down.sh)."""
    code = _script("deploy/local/run.sh", "stop")
    raise typer.Exit(code or _script("deploy/local/down.sh"))


@app.command()
def token(
    user: Annotated[str, typer.Option(help="Who acts, e.g. zhang.min")],
    roles: Annotated[str, typer.Option(help="Comma-separated, e.g. purchaser,admin")],
    warehouses: Annotated[str, typer.Option(help='Comma-separated, "*" for all')] = "",
    hours: Annotated[float, typer.Option(help="How long it is valid")] = 8.0,
) -> None:
    """A development bearer token, signed with the local development key."""
    typer.echo(dev_token(user, roles, warehouses, hours))


@app.command()
def demo(
    small: Annotated[bool, typer.Option(help="A tiny company (for tests): a few of each.")] = False,
    name: Annotated[
        str, typer.Option(help="The company's name: ids derive from it, so a rerun adds nothing.")
    ] = "jxc-demo",
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Requests in flight.")] = 16,
) -> None:
    """Seed a realistic company through the public APIs: warehouses, SKUs in categories,
    suppliers, customers with credit limits, three months of purchases (receipts with rejects,
    invoices, payments), sales (shipments, deliveries, invoices, returns), transfers and stock
    counts; then say what to look at. Idempotent: the same --name adds nothing the second time."""
    from jxc.cli.demo import summary

    places = Places(
        *(Where.from_env(s).url for s in ("purchasing", "sales", "inventory", "finance", "crm"))
    )
    console = Console()
    try:
        company = asyncio.run(seed(places, SMALL if small else FULL, name, concurrency, console))
    except DemoError as refused:
        console.print(f"[red]The demo stopped:[/red] {refused}")
        raise typer.Exit(1) from refused
    summary(company, console)


def _operator() -> str:
    if who := os.environ.get("JXC_OPERATOR"):
        return who
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


@app.command()
def replay(
    consumer: Annotated[
        str, typer.Argument(help="As `jxc status` shows it, e.g. jxc.purchasing.supplier-scorecard")
    ],
    wait: Annotated[bool, typer.Option(help="Show the progress until it has caught up.")] = True,
    patience: Annotated[
        float, typer.Option(help="Give up watching after this many seconds without progress.")
    ] = 120.0,
) -> None:
    """Rebuild a read model from offset 0: its service clears it and forgets the consumer's
    offsets; the consumer, running or not, replays every event once (safe while the service
    runs and new events arrive). Shows records applied against the backlog, and records/s."""
    console = Console()
    try:
        service, projection = split_consumer(consumer)
        started = start(service, projection, _operator())
    except (ValueError, ReplayError) as refused:
        console.print(f"[red]Not replayed:[/red] {refused}")
        raise typer.Exit(1) from refused
    console.print(
        f"{started.consumer}: read model cleared (generation {started.generation}); "
        f"replaying {', '.join(started.topics)}"
    )
    if not wait:
        return
    bootstrap = os.environ.get("JXC_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    dsn = Where.from_env(service).dsn
    if not asyncio.run(_show_replay(dsn, bootstrap, started.consumer, started.topics, patience)):
        console.print(
            f"[red]No progress for {patience:.0f}s:[/red] is {started.consumer} running "
            f"(jxc-{service} serve or project {projection})? It replays when it starts."
        )
        raise typer.Exit(2)
    console.print(f"[green]{started.consumer} has caught up.[/green]")


async def _show_replay(
    dsn: str, bootstrap: str, consumer: str, topics: list[str], patience: float
) -> bool:
    rate = Rate()
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("records"),
        TextColumn("{task.fields[rate]:>8.0f} records/s"),
        TimeElapsedColumn(),
    )
    last_move, last_applied = time.monotonic(), -1
    with Progress(*columns) as bar:
        task = bar.add_task(consumer, total=None, rate=0.0)
        async for seen in watch(dsn, bootstrap, consumer, topics):
            bar.update(task, completed=seen.applied, total=seen.total, rate=rate.add(seen.applied))
            if seen.caught_up:
                return True
            if seen.applied != last_applied:
                last_move, last_applied = time.monotonic(), seen.applied
            elif time.monotonic() - last_move > patience:
                return False
    return True


dlq = typer.Typer(help="Dead letters: records a consumer could not read.", no_args_is_help=True)
app.add_typer(dlq, name="dlq")


@dlq.command("list")
def dlq_list(
    service: Annotated[
        list[str] | None, typer.Option("--service", "-s", help="Only this service (repeatable).")
    ] = None,
    after: Annotated[int, typer.Option(help="Letters after this id (the next page).")] = 0,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 50,
    json_out: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
) -> None:
    """The dead letters of each service's consumers, oldest first, a page at a time."""
    found: list[Letter] = []
    for name in _services(service):
        found += asyncio.run(letters(name, Where.from_env(name).dsn, after=after, limit=limit))
    if json_out:
        rows = [{**asdict(x), "recorded_at": x.recorded_at.isoformat()} for x in found]
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table(title="Dead letters", title_justify="left")
    for column in ("service", "id", "consumer", "source", "reason", "recorded", "on DLQ topic"):
        table.add_column(column)
    for x in found:
        table.add_row(
            x.service,
            str(x.id),
            x.consumer,
            x.source,
            x.reason[:80],
            x.recorded_at.strftime("%Y-%m-%d %H:%M:%S"),
            "yes" if x.published else "not yet",
        )
    Console().print(table if table.row_count else "[dim]No dead letters.[/dim]")


@dlq.command("show")
def dlq_show(
    service: Annotated[str, typer.Argument(help="The service whose consumer recorded it.")],
    letter_id: Annotated[int, typer.Argument(metavar="ID")],
) -> None:
    """One dead letter whole (JSON): why, where from, the original key, headers and value."""
    (name,) = _services([service])
    found = asyncio.run(letter(Where.from_env(name).dsn, letter_id))
    if found is None:
        typer.echo(f"{name} has no dead letter {letter_id}", err=True)
        raise typer.Exit(1)
    typer.echo(json.dumps(found, indent=2))


@dlq.command("retry")
def dlq_retry(
    service: Annotated[str, typer.Argument(help="The service whose consumer recorded it.")],
    letter_id: Annotated[int | None, typer.Argument(metavar="[ID]")] = None,
    all_of: Annotated[
        str | None,
        typer.Option("--all", metavar="CONSUMER", help="Every open letter of this consumer."),
    ] = None,
) -> None:
    """Apply a dead letter's kept record again, through the consumer that failed it only (not a
    republish: the topic's other consumers see nothing). Applied: the letter is marked retried
    (who, when); failed again: it stays open with the new reason. Exits 1 unless all applied."""
    (name,) = _services([service])
    if (letter_id is None) == (all_of is None):
        raise typer.BadParameter("give either ID or --all CONSUMER")
    args = [str(letter_id)] if letter_id is not None else ["--all", str(all_of)]
    done = run_service(name, "dlq-retry", *args, "--json", "--by", _operator())
    outcomes = answers_of(done.stdout, "ok")
    if not outcomes and done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()
        typer.echo(said[-1] if said else f"jxc-{name} dlq-retry failed", err=True)
        raise typer.Exit(1)
    table = Table(title="Dead letters retried", title_justify="left")
    for column in ("id", "consumer", "outcome", "detail"):
        table.add_column(column)
    for o in outcomes:
        style = "green" if o["ok"] else "red"
        table.add_row(str(o["id"]), o["consumer"], o["outcome"], o["detail"][:120], style=style)
    Console().print(table if table.row_count else "[dim]No open dead letters.[/dim]")
    if done.returncode != 0 or not all(o["ok"] for o in outcomes):
        raise typer.Exit(1)


def _services(chosen: list[str] | None) -> list[str]:
    names = chosen or list(SERVICES)
    unknown = [s for s in names if s not in SERVICES]
    if unknown:
        raise typer.BadParameter(f"unknown service {', '.join(unknown)}", param_hint="--service")
    return names
