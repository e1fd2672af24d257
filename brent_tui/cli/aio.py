"""`run` for the shell commands: asyncio is imported only when a command needs the database.

Importing asyncio costs ~40 ms, which is most of the budget of a one-line check such as
`brent-tui foi due`.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    import asyncio

    return asyncio.run(coro)
