"""The last guard between the screen and the terminal: no drawn cell carries a control character.

Untrusted text is made visible and inert where it is shown (`domain.text.clean`); this guard
is the net under that rule for any path that forgets it (a form's initial value, a widget that
echoes what it was given). Every frame Textual is about to write is checked, and a segment
holding an escape, another C0/C1 control, DEL, a bidi override or a lone surrogate loses those
characters. They take no cell, so the frame keeps its shape.
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Iterable

from rich.segment import Segment
from textual._compositor import ChopsUpdate, InlineUpdate, LayoutUpdate
from textual.strip import Strip

#: What a terminal would act on rather than show: C0 (newline too: a cell is on one line), DEL,
#: C1, bidi embeddings/overrides/isolates, line separators, lone surrogates.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def inert_strip(strip: Strip) -> Strip:
    """`strip` without control characters in its text (the same strip when it has none)."""
    if not UNSAFE.search(strip.text):
        return strip
    segments = [Segment(UNSAFE.sub("", seg.text), seg.style, seg.control) for seg in strip]
    return Strip(segments, strip.cell_length)


def _lines(lines: Iterable[Iterable[Strip]]) -> list[Iterable[Strip]]:
    return [[inert_strip(strip) for strip in line] for line in lines]


def inert_update(update: object) -> None:
    """Make a compositor update (a whole layout, changed chops or inline lines) inert, in place."""
    if isinstance(update, LayoutUpdate):
        update.strips = _lines(update.strips)
    elif isinstance(update, InlineUpdate):
        update.strips = [inert_strip(strip) for strip in update.strips]
    elif isinstance(update, ChopsUpdate):
        update.chops = [{x: None if strip is None else inert_strip(strip) for x, strip in line.items()}
                        for line in update.chops]


class TerminalWatch:
    """Notices that the officer's terminal has gone (an SSH session dropped, a tmux window killed).

    The kernel tells the session leader with SIGHUP, but a session started under `make`, `sudo`
    or a shell script may never get it, and Textual's input thread then reads end-of-file in a
    loop, a CPU spinning for nobody on the shared server, with the officer's leases and "is
    replying" held until they expire. So the app also asks, every few seconds, whether its
    input is still a terminal: after a hangup it is not (`isatty` false, EIO). Either way the app
    exits the ordinary way, releasing what the officer held. A session started under `nohup`
    (SIGHUP ignored) keeps running until its terminal is really gone.
    """

    def __init__(self, fd: int = 0) -> None:
        self.fd = fd
        self.had_terminal = os.isatty(fd)
        self.hangup_ignored = signal.getsignal(signal.SIGHUP) is signal.SIG_IGN

    def gone(self) -> bool:
        """Whether the terminal the session started on has been hung up."""
        return self.had_terminal and not os.isatty(self.fd)


def keys_unreadable(fd: int = 0) -> str | None:
    """Why the workstation could not read the officer's keys from `fd`, or None. Input that is not a
    terminal (`< /dev/null`, `ssh host brent-tui` without -t, cron) would only ever give end-of-file,
    which Textual's input thread reads in a loop at a whole core, for nobody. A driver of Textual's
    own choosing (`TEXTUAL_DRIVER`, e.g. a browser) reads keys its own way."""
    if os.environ.get("TEXTUAL_DRIVER") or os.isatty(fd):
        return None
    return ("the workstation reads its keys from a terminal, and its input is not one: run it in a terminal "
            "(over SSH: ssh -t); the other commands (report, foi, audit, ...) need none")
