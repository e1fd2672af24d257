"""A stand-in for the networks on 127.0.0.1: a Mastodon instance and an RSS site.

Statuses are built from the repo's fixture (`tests/fixtures/mastodon/tag_timeline.json`), one per
number, and paged the way Mastodon documents: newest first, `limit` ≤ 40, `max_id` (older),
`since_id`, `min_id` (immediately newer) and a `Link` header with `rel="next"`/`rel="prev"`. The
RSS feed is `tests/fixtures/rss/local_news.rss`. Faults are queued per path and consumed one
request at a time: a status with headers and body, a slow reply, truncated JSON, an HTML error
page, or a stall that holds the request until the test releases it.
"""

from __future__ import annotations

import copy
import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from brent_tui import clock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ID_BASE = 110_000_000_000_000_000
START = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@dataclass
class Fault:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # None: the normal reply
    delay: float = 0.0  # seconds before replying
    truncate: bool = False  # cut the normal JSON reply in half
    stall: threading.Event | None = None  # hold the request until set


class FakeNet:
    def __init__(self) -> None:
        template = next(s for s in json.loads((FIXTURES / "mastodon/tag_timeline.json").read_text())
                        if not s.get("reblog"))
        self.template = template
        self.statuses: list[dict[str, Any]] = []
        self.faults: dict[str, deque[Fault]] = defaultdict(deque)
        self.hits: list[str] = []  # request paths with query, in order
        self.stalled = threading.Event()  # set when a stall fault holds a request
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # -- data
    def add_statuses(self, n: int) -> None:
        with self.lock:
            for _ in range(n):
                k = len(self.statuses) + 1
                s = copy.deepcopy(self.template)
                sid = str(ID_BASE + k)
                s.update(
                    id=sid,
                    created_at=(START + timedelta(minutes=k)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    uri=f"https://social.example/users/brentresident/statuses/{sid}",
                    url=f"https://social.example/@brentresident/{sid}",
                    content=f"<p>Brent bins post number {k} about <a href=\"https://social.example/tags/brentbins\" "
                            f"class=\"mention hashtag\">#<span>brentbins</span></a></p>",
                )
                self.statuses.append(s)

    def ids(self) -> list[str]:
        return [s["id"] for s in self.statuses]

    def fault(self, path: str, *faults: Fault) -> None:
        with self.lock:
            self.faults[path].extend(faults)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeNet:
        self.thread.start()
        return self

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- pages
    def tag_page(self, query: dict[str, list[str]], path: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
        def arg(name: str) -> int | None:
            return int(query[name][0]) if name in query else None

        limit = min(arg("limit") or 20, 40)
        with self.lock:
            items = sorted(self.statuses, key=lambda s: int(s["id"]), reverse=True)
        max_id, since_id, min_id = arg("max_id"), arg("since_id"), arg("min_id")
        if max_id is not None:
            items = [s for s in items if int(s["id"]) < max_id]
        if min_id is not None:
            newer = sorted((s for s in items if int(s["id"]) > min_id), key=lambda s: int(s["id"]))
            page = list(reversed(newer[:limit]))
        else:
            if since_id is not None:
                items = [s for s in items if int(s["id"]) > since_id]
            page = items[:limit]
        headers = {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": str(299 - len(self.hits) % 300),
            "X-RateLimit-Reset": (clock.now() + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        }
        if page:
            link = f"{self.base}{path}?limit={limit}"
            headers["Link"] = (f'<{link}&max_id={page[-1]["id"]}>; rel="next", '
                               f'<{link}&min_id={page[0]["id"]}>; rel="prev"')
        return page, headers

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        net = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep pytest output clean
                pass

            def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                path, query = parts.path, parse_qs(parts.query)
                with net.lock:
                    net.hits.append(self.path)
                    fault = net.faults[path].popleft() if net.faults[path] else None
                if fault and fault.stall is not None:
                    net.stalled.set()
                    fault.stall.wait(30)
                if fault and fault.delay:
                    time.sleep(fault.delay)
                if fault and fault.body is not None:
                    self.send(fault.status, fault.body, {"Content-Type": "application/json", **fault.headers})
                    return
                status, body, headers = self.route(path, query)
                if fault and fault.truncate:
                    body = body[: len(body) // 2]
                self.send(status, body, headers)

            def route(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes, dict[str, str]]:
                json_type = {"Content-Type": "application/json; charset=utf-8"}
                if path.startswith("/api/v1/timelines/tag/"):
                    page, headers = net.tag_page(query, path)
                    return 200, json.dumps(page).encode(), {**json_type, **headers}
                if path == "/api/v1/notifications":
                    return 200, b"[]", json_type
                if path == "/api/v1/accounts/lookup":
                    body = (FIXTURES / "mastodon/account_lookup.json").read_bytes()
                    return 200, body, json_type
                if path == "/feeds/local.rss":
                    return 200, (FIXTURES / "rss/local_news.rss").read_bytes(), {
                        "Content-Type": "application/rss+xml", "ETag": '"v1"'}
                return 404, b'{"error":"Record not found"}', json_type

        return Handler
