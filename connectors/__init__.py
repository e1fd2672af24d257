"""Network connectors (httpx; no Textual, no SQL). See `connectors.base` for the interface."""

from connectors.base import Connector, ConnectorSettings, FetchResult, Profile, PublishRequest, PublishResult
from connectors.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    InvalidRequest,
    NotSupported,
    PermissionDenied,
    RateLimited,
    TransientError,
    UsageCapped,
)
from connectors.registry import build

__all__ = [
    "AuthError",
    "BadResponse",
    "Connector",
    "ConnectorError",
    "ConnectorSettings",
    "FetchResult",
    "InvalidRequest",
    "NotSupported",
    "PermissionDenied",
    "Profile",
    "PublishRequest",
    "PublishResult",
    "RateLimited",
    "TransientError",
    "UsageCapped",
    "build",
]
