"""Every error a connector raises: its own module, so `http` and `base` both use it without a circle.

What each means to the caller is set out in `connectors.base` (the interface).
"""

from __future__ import annotations

from typing import ClassVar


class ConnectorError(Exception):
    """Base of every error a connector raises. The message is already free of secrets."""

    retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        status: int | None = None,
        connector: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after
        self.status = status
        self.connector = connector

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, retry_after={self.retry_after!r}, status={self.status!r})"


class RateLimited(ConnectorError):
    retryable = True


class UsageCapped(ConnectorError):
    """A monthly/plan cap (X `UsageCapExceeded`): retrying before the period resets is pointless."""


class AuthError(ConnectorError):
    """Credentials rejected: token expired or revoked, or wrong password."""


class PermissionDenied(ConnectorError):
    pass


class InvalidRequest(ConnectorError):
    """The network refused the request itself (validation, too long, too soon, unknown id)."""


class DuplicatePost(InvalidRequest):
    """The network refused the post as a repeat of one the account made recently (X's "duplicate content")."""


class BadResponse(ConnectorError):
    """The response was not what the API documents (bad JSON, HTML page, huge body, wrong shape)."""

    retryable = True


class TransientError(ConnectorError):
    retryable = True


class NotSent(TransientError):
    """The request never left this machine (no connection, a connect or pool timeout): safe to send again."""


class NotSupported(ConnectorError):
    pass
