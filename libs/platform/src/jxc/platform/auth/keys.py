"""Signing keys: the development key (an RSA key in a PEM file, made once) and its JWKS."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

DEV_KEY_ID = "jxc-dev"


def generate_private_key_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def dev_private_key(path: Path) -> bytes:
    """The development signing key at `path`, generated (readable by its owner only) when
    there is none yet. Services starting together may race to make it: the key is written
    whole under another name and linked into place, so exactly one wins and every process
    reads the same complete key."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, draft = tempfile.mkstemp(dir=path.parent, prefix=".dev-key-")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(generate_private_key_pem())
            with contextlib.suppress(FileExistsError):  # another process made it first
                os.link(draft, path)
        finally:
            os.unlink(draft)
    return path.read_bytes()


def public_jwks(private_pem: bytes, kid: str = DEV_KEY_ID) -> dict[str, Any]:
    """The JWKS (public part only) that verifies tokens signed with `private_pem`."""
    private = serialization.load_pem_private_key(private_pem, password=None)
    assert isinstance(private, rsa.RSAPrivateKey)
    jwk = json.loads(RSAAlgorithm.to_jwk(private.public_key()))
    return {"keys": [jwk | {"kid": kid, "use": "sig", "alg": "RS256"}]}
