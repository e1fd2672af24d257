"""Faults the e2e stand-in (tests/e2e/fakenet.py) cannot make with a plain reply, on the same server.

`FaultyNet` is `FakeNet` plus faults below HTTP's status line, queued per path and consumed one
request at a time before FakeNet's own `Fault`s:

- `Drip`: a 200 with a Content-Length, then the body a few bytes at a time, slower than any timeout;
- `Reset`: the connection is reset (RST) before any reply;
- `Huge`: a body bigger than the client's cap, declared in Content-Length or streamed undeclared;
- `Hang`: accept the request and never answer (a plain timeout).

127.0.0.1 only, like FakeNet.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from tests.e2e.fakenet import FakeNet


@dataclass
class Drip:
    seconds_per_chunk: float = 0.4
    chunk: bytes = b" "
    chunks: int = 40


@dataclass
class Reset:
    pass


@dataclass
class Huge:
    size: int = 9 * 1024 * 1024
    declared: bool = True


@dataclass
class Hang:
    seconds: float = 5.0


LowFault = Drip | Reset | Huge | Hang


class FaultyNet(FakeNet):
    def __init__(self) -> None:
        self.low: dict[str, deque[LowFault]] = defaultdict(deque)
        super().__init__()

    def low_fault(self, path: str, *faults: LowFault) -> None:
        with self.lock:
            self.low[path].extend(faults)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base = super()._handler()
        net = self

        class Handler(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                with net.lock:
                    fault = net.low[path].popleft() if net.low[path] else None
                    if fault is not None:
                        net.hits.append(self.path)
                if fault is None:
                    super().do_GET()
                    return
                with contextlib.suppress(BrokenPipeError, ConnectionResetError, OSError):
                    self.misbehave(fault)
                self.close_connection = True

            def misbehave(self, fault: Any) -> None:
                if isinstance(fault, Reset):
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    return
                if isinstance(fault, Hang):
                    time.sleep(fault.seconds)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                if isinstance(fault, Drip):
                    self.send_header("Content-Length", str(len(fault.chunk) * fault.chunks + 2))
                    self.end_headers()
                    self.wfile.write(b"[")
                    self.wfile.flush()
                    for _ in range(fault.chunks):
                        time.sleep(fault.seconds_per_chunk)
                        self.wfile.write(fault.chunk)
                        self.wfile.flush()
                    self.wfile.write(b"]")
                    return
                if isinstance(fault, Huge):
                    if fault.declared:
                        self.send_header("Content-Length", str(fault.size))
                    else:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    block = b"[" + b"0," * 32767 + b"0"
                    sent = 0
                    while sent < fault.size:
                        self.wfile.write(block)
                        sent += len(block)

        return Handler
