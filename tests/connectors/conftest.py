"""Shared helpers: fixture loading, and recorded bodies served over a real socket on 127.0.0.1 (no other
network, ever): the connector's httpx client speaks HTTP to a local server, so headers, framing, content
length and encodings go through the same code as in production. Only a fault a server cannot produce on
purpose (a client-side timeout raised at once) stays in-process (`client(in_process=True)`)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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

    def client(self, *, in_process: bool = False) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self)) if in_process else local_client(self)

    def sent(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == path]


def jresp(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    h = {"content-type": "application/json; charset=utf-8"}
    h.update(headers or {})
    return httpx.Response(status, content=raw, headers=h)


_SERVERS: list[ThreadingHTTPServer] = []
_HOP_BY_HOP = {"content-length", "transfer-encoding", "content-encoding", "connection"}


def local_client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.AsyncClient:
    """A real httpx client whose requests (addressed to BASE or any 127.0.0.1 URL) reach a server on a
    free 127.0.0.1 port, which answers each with `handler(request)` as httpx would have built it."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # keep pytest output clean
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = [(k, v) for k, v in self.headers.items() if k.lower() != "host"]
            request = httpx.Request(self.command, BASE + self.path, headers=headers, content=body)
            response = handler(request)
            content = response.content
            self.send_response(response.status_code)
            for key, value in response.headers.multi_items():
                if key.lower() not in _HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("content-length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    _SERVERS.append(server)
    port = server.server_address[1]

    async def to_local_server(request: httpx.Request) -> None:
        assert request.url.host == "127.0.0.1", f"no network beyond 127.0.0.1: {request.url}"
        request.extensions["addressed_to"] = request.url
        request.url = request.url.copy_with(port=port)

    async def as_addressed(response: httpx.Response) -> None:
        """The connector sees the URL it asked for (a feed resolves its relative links against it)."""
        response.request.url = response.request.extensions["addressed_to"]

    return httpx.AsyncClient(event_hooks={"request": [to_local_server], "response": [as_addressed]})


@pytest.fixture(autouse=True)
def _local_servers() -> Iterator[None]:
    """Each test's local servers are shut down when it ends."""
    yield
    while _SERVERS:
        server = _SERVERS.pop()
        server.shutdown()
        server.server_close()


@pytest.fixture
def rec() -> Recorder:
    return Recorder()
