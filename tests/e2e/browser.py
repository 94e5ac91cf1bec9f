"""What the browser tests share: the built app, Debian's Chromium, the gateway in front of the
services a test started, and where screenshots go (a folder per test under ARTIFACTS)."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from tests.integration.auth import dev_key_file
from tests.integration.harness import BIN, ROOT, Stack, free_port, wait_http

WEB = ROOT / "web"
CHROMIUM = os.environ.get("JXC_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / ".data" / "e2e-artifacts"  # a folder per test below


def start_gateway(stack: Stack, upstreams: dict[str, str]) -> str:
    port = free_port()
    env = dict(os.environ)
    env.update(
        JXC_GATEWAY_PORT=str(port),
        JXC_GATEWAY_STATIC_DIR=str(WEB / "dist"),
        JXC_AUTH_DEV_KEY_FILE=str(dev_key_file()),
        JXC_AUTH_JWKS_URL="",
        **{f"JXC_GATEWAY_{svc.upper()}_URL": url for svc, url in upstreams.items()},
    )
    stack.log_dir.mkdir(parents=True, exist_ok=True)
    log = open(stack.log_dir / f"{stack.namespace}-gateway.log", "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [str(BIN / "jxc-gateway"), "serve"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    stack.processes.append(process)
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/gateway/healthz", process)
    return url


def node_and_browser() -> str:
    """Node.js, after checking that the built app and Chromium are there."""
    assert (WEB / "dist" / "index.html").is_file(), "build web/ first: npm ci && npm run build"
    assert Path(CHROMIUM).is_file(), f"no Chromium at {CHROMIUM}: apt-get install chromium"
    node = shutil.which("node")
    assert node, "Node.js is needed for the browser test"
    return node


def run_script(
    node: str, script: str, gateway: str, shots: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """web/e2e/<script> against the gateway, its screenshots (only this run's) in `shots`,
    `env` its JXC_E2E_* inputs: 2 minutes at most (a hang guard on a loaded machine)."""
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    return subprocess.run(
        [node, f"e2e/{script}"],
        cwd=WEB,
        env=dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_ARTIFACTS=str(shots),
            JXC_CHROMIUM=CHROMIUM,
            **env,
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )


def converse(
    node: str,
    script: str,
    env: dict[str, str],
    answers: dict[str, Callable[[], None]],
    kill_after: float,
) -> tuple[int, str, str]:
    """web/e2e/<script> run to its end (killed after `kill_after` s: a hang guard, not a
    timing check): its exit code, output and errors. When it asks for something (a line
    "ask: <what>" on its stdout), `answers[what]()` and then "done" on its stdin."""
    process = subprocess.Popen(
        [node, f"e2e/{script}"],
        cwd=WEB,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin and process.stdout and process.stderr
    timer = threading.Timer(kill_after, process.kill)
    timer.start()
    said: list[str] = []
    try:
        for text in process.stdout:
            said.append(text.rstrip("\n"))
            if said[-1].startswith("ask: "):
                answers[said[-1].removeprefix("ask: ")]()
                process.stdin.write("done\n")
                process.stdin.flush()
        errors = process.stderr.read()
        return process.wait(), "\n".join(said), errors
    finally:
        timer.cancel()
        if process.poll() is None:
            process.kill()
