"""Build connectors from config: `build(settings, secrets)`.

`secrets` is a plain mapping the app assembles (from its 0600 secrets file and, for `token_env`
entries, from the environment): the connectors package never reads the environment or files
itself, which keeps tests hermetic. Lookup order: `secrets[settings.secret_key]`, then
`secrets[settings.token_env]`. A missing secret is a `ConnectorError` naming the connector and
the key it looked for — never the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from connectors.base import LISTEN_ONLY, Connector, ConnectorSettings
from connectors.errors import AuthError, ConnectorError

#: which networks can run without any secret (public timelines / public feeds)
_SECRET_OPTIONAL = {"mastodon", "rss"}
__all__ = ["LISTEN_ONLY", "build", "find_secret"]


def find_secret(settings: ConnectorSettings, secrets: Mapping[str, str]) -> str | None:
    for key in (settings.secret_key, settings.token_env):
        if key and secrets.get(key):
            return secrets[key]
    return None


def build(
    settings: ConnectorSettings,
    secrets: Mapping[str, str],
    *,
    client: httpx.AsyncClient | None = None,
    **kw: Any,
) -> Connector:
    """One connector for one `[[connectors]]` entry; `client` lets the app share one AsyncClient."""
    secret = find_secret(settings, secrets)
    wanted = [k for k in (settings.secret_key, settings.token_env) if k]
    if secret is None and (wanted or settings.type not in _SECRET_OPTIONAL):
        where = " or ".join(repr(k) for k in wanted) if wanted else "nothing (set `secret_key` or `token_env`)"
        what = {"bluesky": "app password", "youtube": "API key"}.get(settings.type, "access token")
        raise AuthError(
            f"connector {settings.name!r} ({settings.type}): no {what} found; looked for {where}",
            connector=settings.name,
        )
    if settings.type == "mastodon":
        from connectors.mastodon import MastodonConnector

        return MastodonConnector(settings, token=secret, client=client, **kw)
    if settings.type == "bluesky":
        from connectors.bluesky import BlueskyConnector

        return BlueskyConnector(settings, password=secret or "", client=client, **kw)
    if settings.type == "rss":
        from connectors.rss import RssConnector

        return RssConnector(settings, client=client, **kw)
    if settings.type == "x":
        from connectors.x import XConnector

        return XConnector(settings, token=secret or "", client=client, **kw)
    if settings.type == "facebook":
        from connectors.facebook import FacebookConnector

        return FacebookConnector(settings, token=secret or "", client=client, **kw)
    if settings.type == "youtube":
        from connectors.youtube import YouTubeConnector

        return YouTubeConnector(settings, api_key=secret or "", client=client, **kw)
    if settings.type == "instagram":
        from connectors.instagram import InstagramConnector

        return InstagramConnector(settings, token=secret or "", client=client, **kw)
    raise ConnectorError(f"connector {settings.name!r}: unknown type {settings.type!r}", connector=settings.name)
