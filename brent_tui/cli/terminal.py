"""A command's output to a terminal goes through the one sanitiser, whatever the command prints.

`audit`, `report --format csv`, `foi list` and the rest print what strangers wrote (mention text,
author names and handles, links). Written to a terminal, an escape sequence in that text would be
acted on (a window title set, the clipboard written, the screen cleared); written to a file or a
pipe it is data and stays byte for byte.
"""

from __future__ import annotations

import io
from typing import TextIO

from brent_tui.domain.text import clean


class InertTerminal(io.TextIOBase):
    """A terminal stream whose every write is shown as characters (`domain.text.clean`)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, s: str) -> int:
        self._stream.write(clean(s))
        return len(s)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding


def guard(stream: TextIO) -> TextIO:
    """`stream` itself when it is a file or a pipe; inert when it is a terminal."""
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        return stream
    return InertTerminal(stream) if terminal else stream  # type: ignore[return-value]
