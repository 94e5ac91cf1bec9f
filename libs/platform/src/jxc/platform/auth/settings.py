"""Where tokens are verified from: the provider's JWKS URL in production, the local
development key otherwise (JXC_AUTH_DEV_KEY_FILE, or one generated once into .data/)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from jxc.platform.auth.keys import dev_private_key, public_jwks
from jxc.platform.auth.tokens import TokenVerifier


class AuthSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_AUTH_", extra="ignore")

    jwks_url: str = ""
    issuer: str = "jxc-dev"
    audience: str = "jxc"
    dev_key_file: Path = Path(".data/auth/dev-signing-key.pem")

    def dev_key(self) -> bytes:
        return dev_private_key(self.dev_key_file)

    def verifier(self) -> TokenVerifier:
        if self.jwks_url:
            return TokenVerifier.from_jwks_url(
                self.jwks_url, issuer=self.issuer, audience=self.audience
            )
        return TokenVerifier.from_jwks(
            public_jwks(self.dev_key()), issuer=self.issuer, audience=self.audience
        )
