"""Bearer tokens: issue a development token, verify any RS256 token against a JWKS.

In production the keys come from the identity provider's JWKS URL (any OIDC provider, e.g.
Keycloak); in development from the local key. The user's name is `preferred_username` (what
OIDC providers set) or `sub`; roles are the `roles` claim or Keycloak's `realm_access.roles`;
`warehouses` lists the warehouses the user works in, "*" for all."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from jxc.platform.auth.errors import NotAuthenticated
from jxc.platform.auth.keys import DEV_KEY_ID
from jxc.platform.auth.user import User

ALGORITHMS = ["RS256"]
KeyFor = Callable[[str], Any]  # token -> the key that verifies it


def issue_token(
    private_pem: bytes,
    user: str,
    roles: Sequence[str],
    warehouses: Sequence[str] = (),
    *,
    issuer: str,
    audience: str,
    lifetime: timedelta = timedelta(hours=8),
    now: datetime | None = None,
    kid: str = DEV_KEY_ID,
) -> str:
    issued = now or datetime.now(UTC)
    claims = {
        "sub": user,
        "preferred_username": user,
        "roles": list(roles),
        "warehouses": list(warehouses),
        "iss": issuer,
        "aud": audience,
        "iat": issued,
        "exp": issued + lifetime,
    }
    return jwt.encode(claims, private_pem, algorithm="RS256", headers={"kid": kid})


class TokenVerifier:
    """Checks a token's signature, expiry, issuer and audience, and reads the user from it.

    A token verified once is remembered (by the token itself, signature included) until it
    expires, so the signature check and the claims' parsing run once per token, not once per
    request: a client sends the same token for its whole lifetime. As with any bearer JWT, a
    token stays good until its expiry even if its signing key leaves the provider's JWKS."""

    def __init__(
        self,
        key_for: KeyFor,
        *,
        issuer: str,
        audience: str,
        leeway: float = 30,
        fetches_keys: bool = False,
        clock: Callable[[], float] = time.time,
        remember: int = 10_000,
    ) -> None:
        self._key_for = key_for
        self._clock = clock
        self._remember = remember
        self._verified: dict[str, tuple[User, float]] = {}  # token -> user, good until
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway
        # True when finding a key may fetch the provider's JWKS (blocking I/O): the caller
        # then verifies in a worker thread rather than on the event loop.
        self.fetches_keys = fetches_keys

    @classmethod
    def from_jwks(
        cls, jwks: dict[str, Any], *, issuer: str, audience: str, remember: int = 10_000
    ) -> TokenVerifier:
        keys = jwt.PyJWKSet.from_dict(jwks)

        def key_for(token: str) -> Any:
            kid = jwt.get_unverified_header(token).get("kid")
            for key in keys.keys:
                if kid is None or key.key_id == kid:
                    return key.key
            raise NotAuthenticated("The token is signed with a key this service does not know.")

        return cls(key_for, issuer=issuer, audience=audience, remember=remember)

    @classmethod
    def from_jwks_url(cls, url: str, *, issuer: str, audience: str) -> TokenVerifier:
        # PyJWKClient caches the key set and fetches it again for a key id it does not know
        # (the provider rotated its keys).
        client = jwt.PyJWKClient(url, cache_keys=True)
        return cls(
            lambda token: client.get_signing_key_from_jwt(token).key,
            issuer=issuer,
            audience=audience,
            fetches_keys=True,
        )

    def remembered(self, token: str) -> User | None:
        """The user of a token verified before and not expired since, or None."""
        hit = self._verified.get(token)
        if hit is None:
            return None
        if self._clock() > hit[1]:
            del self._verified[token]
            return None
        return hit[0]

    def verify(self, token: str) -> User:
        user = self.remembered(token)
        if user is not None:
            return user
        try:
            claims = jwt.decode(
                token,
                self._key_for(token),
                algorithms=ALGORITHMS,
                issuer=self.issuer,
                audience=self.audience,
                leeway=self.leeway,
                options={"require": ["exp", "iss", "aud"], "verify_exp": False},
            )
        except jwt.InvalidSignatureError as exc:
            raise NotAuthenticated("The token's signature is not valid.") from exc
        except jwt.PyJWKClientError as exc:
            raise NotAuthenticated(f"The token's signing key cannot be found: {exc}.") from exc
        except jwt.InvalidTokenError as exc:
            raise NotAuthenticated(f"The token is not valid: {exc}.") from exc
        expires = claims["exp"]
        if not isinstance(expires, int | float) or isinstance(expires, bool):
            raise NotAuthenticated("The token is not valid: its exp is not a number.")
        good_until = expires + self.leeway
        if self._clock() > good_until:
            raise NotAuthenticated("The token has expired; please sign in again.")
        user = user_of(claims)
        if len(self._verified) >= self._remember:
            del self._verified[next(iter(self._verified))]  # the oldest
        self._verified[token] = (user, good_until)
        return user


def user_of(claims: dict[str, Any]) -> User:
    name = claims.get("preferred_username") or claims.get("sub")
    if not isinstance(name, str) or not name:
        raise NotAuthenticated("The token names no user (neither preferred_username nor sub).")
    roles = claims.get("roles")
    if roles is None:
        roles = (claims.get("realm_access") or {}).get("roles", [])
    warehouses = claims.get("warehouses", [])
    if isinstance(warehouses, str):
        warehouses = [warehouses]
    return User(name, frozenset(map(str, roles)), frozenset(map(str, warehouses)))
