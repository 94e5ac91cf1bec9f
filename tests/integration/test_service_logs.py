"""A served service's whole output is JSON lines naming their logger: alembic's migration lines,
uvicorn's startup lines, aiokafka's and the platform's own, with a failure's traceback as a field.

The service is pointed at a port where no broker listens (not the shared Kafka), so aiokafka
complains and a background part fails and is restarted: lines a healthy minute may not have."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.integration.harness import BIN, Stack, eventually, free_port, stop, wait_http


def _lines(path: Path) -> list[dict[str, Any]]:
    """Every complete line written so far, parsed: one that is not JSON fails the test."""
    text = path.read_text()
    return [json.loads(line) for line in text.splitlines(keepends=True) if line.endswith("\n")]


def _serve(env: dict[str, str], output: Path) -> subprocess.Popen[bytes]:
    """`jxc-purchasing serve`, everything it writes (stdout and stderr) into `output`."""
    with output.open("wb") as sink:
        return subprocess.Popen(
            [str(BIN / "jxc-purchasing"), "serve"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


async def test_a_served_service_writes_only_json_lines_naming_their_logger(
    tmp_path: Path,
) -> None:
    stack = Stack()
    port = free_port()
    env = stack.env("purchasing")
    env.update(JXC_KAFKA_BOOTSTRAP=f"127.0.0.1:{free_port()}", JXC_HTTP_PORT=str(port))
    output = tmp_path / "purchasing.log"
    try:
        process = _serve(env, output)
        try:
            wait_http(f"http://127.0.0.1:{port}/healthz", process)

            def seen(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
                found: dict[str, dict[str, Any]] = {}
                for line in lines:
                    logger, event = line["logger"], line["event"]
                    if logger == "alembic.runtime.migration" and "Running upgrade" in event:
                        found.setdefault("alembic", line)
                    if logger == "uvicorn.error" and "Uvicorn running on" in event:
                        found.setdefault("uvicorn", line)
                    if logger.startswith("aiokafka"):
                        found.setdefault("aiokafka", line)
                    if "Traceback (most recent call last)" in line.get("exception", ""):
                        found.setdefault("traceback", line)
                return found

            async def all_kinds() -> dict[str, dict[str, Any]] | None:
                found = seen(_lines(output))
                return found if len(found) == 4 else None

            found = await eventually(all_kinds, timeout=30)
        finally:
            stop(process)
    finally:
        stack.drop()

    lines = _lines(output)
    assert output.read_text().endswith("\n")  # nothing half-written or outside a JSON line
    for line in lines:
        assert line["logger"] and line["level"] and line["timestamp"], line
        assert line["service"] == "purchasing", line
    assert found["uvicorn"]["level"] == "info"
    assert found["aiokafka"]["level"] in ("warning", "error")
    assert found["traceback"]["level"] == "error"
