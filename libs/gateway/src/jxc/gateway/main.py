"""`jxc-gateway`: serve the back office and the services' APIs on one origin."""

from __future__ import annotations

import argparse

import uvicorn

from jxc.gateway.app import create_app
from jxc.gateway.settings import GatewaySettings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="jxc-gateway", description=__doc__)
    parser.add_argument("command", choices=["serve"], nargs="?", default="serve")
    parser.parse_args(argv)
    settings = GatewaySettings()
    print(f"JXC web: http://{settings.host}:{settings.port}/", flush=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
