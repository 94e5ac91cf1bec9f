"""`jxc-gateway`: serve the back office and the services' APIs on one origin."""

from __future__ import annotations

import argparse
import logging
import re

import uvicorn

from jxc.gateway.app import create_app
from jxc.gateway.settings import GatewaySettings


class RedactTokens(logging.Filter):
    """Access log lines without the token an EventSource sends as `access_token` (the
    services' live changes stream): a bearer token is never written to a log."""

    PATTERN = re.compile(r"(access_token=)[^&\s]*")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                self.PATTERN.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args
            )
        return True


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="jxc-gateway", description=__doc__)
    parser.add_argument("command", choices=["serve"], nargs="?", default="serve")
    parser.parse_args(argv)
    settings = GatewaySettings()
    print(f"JXC web: http://{settings.host}:{settings.port}/", flush=True)
    logging.getLogger("uvicorn.access").addFilter(RedactTokens())
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
