"""Tokens for integration tests: one development key per test session, handed to every
service process the tests start (JXC_AUTH_DEV_KEY_FILE), and `bearer(...)`, the headers of a
user with the given roles: `httpx.AsyncClient(headers=bearer())` is an admin."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import timedelta
from functools import cache
from pathlib import Path

from jxc.platform.auth.keys import dev_private_key
from jxc.platform.auth.settings import AuthSettings
from jxc.platform.auth.tokens import issue_token


@cache
def dev_key_file() -> Path:
    path = Path(tempfile.mkdtemp(prefix="jxc-test-auth-")) / "dev-signing-key.pem"
    dev_private_key(path)
    return path


def token(
    user: str = "tester",
    roles: Sequence[str] = ("admin",),
    warehouses: Sequence[str] = ("*",),
    lifetime: timedelta = timedelta(hours=1),
) -> str:
    settings = AuthSettings()
    return issue_token(
        dev_key_file().read_bytes(),
        user,
        roles,
        warehouses,
        issuer=settings.issuer,
        audience=settings.audience,
        lifetime=lifetime,
    )


def bearer(
    user: str = "tester", roles: Sequence[str] = ("admin",), warehouses: Sequence[str] = ("*",)
) -> dict[str, str]:
    return {"Authorization": f"Bearer {token(user, roles, warehouses)}"}
