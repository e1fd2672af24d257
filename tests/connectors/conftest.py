"""Shared helpers: fixture loading and an in-process mock transport (no network, ever)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.base import ConnectorSettings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BASE = "http://127.0.0.1:9"
NOW = datetime(2025, 7, 17, 20, 0, 0, tzinfo=UTC)
TOKEN = "sekrit-TOKEN-0123456789"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> Any:
    return json.loads(fixture_bytes(name))


def settings(type_: str, **kw: Any) -> ConnectorSettings:
    kw.setdefault("name", f"test-{type_}")
    kw.setdefault("base_url", BASE)
    return ConnectorSettings(type=type_, **kw)


class Recorder:
    """A MockTransport handler: routes (method, path) to responders and records requests."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, str, Callable[[httpx.Request], httpx.Response]]] = []
        self.requests: list[httpx.Request] = []

    def add(self, method: str, path: str, responder: Callable[[httpx.Request], httpx.Response] | httpx.Response | list[httpx.Response]) -> None:
        if isinstance(responder, httpx.Response):
            fixed = responder
            responder = lambda _req: fixed  # noqa: E731
        elif isinstance(responder, list):
            queue = list(responder)
            responder = lambda _req: queue.pop(0) if len(queue) > 1 else queue[0]  # noqa: E731
        self.routes.append((method, path, responder))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.url.host == "127.0.0.1", f"test tried to reach {request.url.host}"
        for method, path, responder in self.routes:
            if request.method == method and request.url.path == path:
                return responder(request)
        return httpx.Response(404, json={"error": f"no route for {request.method} {request.url.path}"})

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))

    def sent(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == path]


def jresp(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    h = {"content-type": "application/json; charset=utf-8"}
    h.update(headers or {})
    return httpx.Response(status, content=raw, headers=h)


@pytest.fixture
def rec() -> Recorder:
    return Recorder()
