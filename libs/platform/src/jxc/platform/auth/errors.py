"""Refusals of the auth layer: 401 (who are you?) and 403 (not you), as problem details."""

from __future__ import annotations


class AuthProblem(Exception):
    status = 401
    title = "Unauthorized"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotAuthenticated(AuthProblem):
    """No token, or one that is expired, badly signed or not for us."""


class Forbidden(AuthProblem):
    """A valid token without the role, or for other warehouses."""

    status = 403
    title = "Forbidden"
