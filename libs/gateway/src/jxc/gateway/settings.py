"""Where the gateway listens, what it serves and where each service is (JXC_GATEWAY_*)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic_settings import BaseSettings, SettingsConfigDict

SERVICES = ("purchasing", "sales", "inventory", "finance", "crm")
DEFAULT_PORTS = {"purchasing": 8001, "sales": 8002, "inventory": 8003, "finance": 8004, "crm": 8005}


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_GATEWAY_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8080
    static_dir: Path = Path("web/dist")
    purchasing_url: str = "http://127.0.0.1:8001"
    sales_url: str = "http://127.0.0.1:8002"
    inventory_url: str = "http://127.0.0.1:8003"
    finance_url: str = "http://127.0.0.1:8004"
    crm_url: str = "http://127.0.0.1:8005"
    timeout_seconds: float = 60
    # Sign-in with an OpenID Connect provider (production): see jxc.gateway.oidc.
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_redirect_url: str = ""  # https://<this gateway>/gateway/oidc/callback
    oidc_scopes: str = "openid profile"
    oidc_roles_claim: str = "roles"  # a dotted path: realm_access.roles for Keycloak
    oidc_provider_name: str = ""  # shown on the button; the issuer's host by default

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_issuer and self.oidc_client_id and self.oidc_redirect_url)

    def oidc_provider(self) -> str:
        return self.oidc_provider_name or urlsplit(self.oidc_issuer).netloc or self.oidc_issuer

    def upstreams(self) -> dict[str, str]:
        return {svc: str(getattr(self, f"{svc}_url")).rstrip("/") for svc in SERVICES}
