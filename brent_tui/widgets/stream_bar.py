"""The Feed's stream bar: each saved stream with its key and count of unhandled mentions."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from brent_tui.domain.models import Stream
from brent_tui.domain.text import clean
from brent_tui.services.feed import count_label


class StreamBar(Static):
    """`show(streams, active_id, counts)`; counts arrive later from a worker (shown as … until then)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"stream-bar--active", "stream-bar--key", "stream-bar--count"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Streams: …", id=id, markup=False)
        self.streams: list[Stream] = []
        self.active_id: int | None = None
        self.counts: dict[int, int] = {}

    def show(self, streams: list[Stream], active_id: int | None, counts: dict[int, int] | None = None) -> None:
        self.streams = streams
        self.active_id = active_id
        if counts is not None:
            self.counts = counts
        self._draw()

    def _draw(self) -> None:
        text = Text()
        key_style = self.get_component_rich_style("stream-bar--key")
        count_style = self.get_component_rich_style("stream-bar--count")
        active_style = self.get_component_rich_style("stream-bar--active")
        for i, stream in enumerate(self.streams):
            if i:
                text.append(" ")
            active = stream.id == self.active_id
            chunk = Text(style=active_style if active else "")
            chunk.append(f"{stream.key or '·'} ", style=key_style)
            chunk.append(clean(stream.name, single_line=True, limit=40))
            n = self.counts.get(stream.id or -1)
            chunk.append(f" {count_label(n)}", style=count_style)
            text.append(" ")
            text.append_text(chunk)
            text.append(" ", style=active_style if active else "")
        text.append("   (counts: unhandled)", style="dim")
        self.update(text)
