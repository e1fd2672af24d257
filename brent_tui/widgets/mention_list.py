"""The feed's mention list: a window of a few hundred rows over a million, drawn line by line.

A Line-API `ScrollView` holds only the rows around the cursor (`MAX_WINDOW`). When the cursor
comes near either end of the window it asks the screen for the next page (`NeedPage`); the screen
fetches it by keyset in a worker and hands it back with `append_older` / `prepend_newer`, and the
far end of the window is dropped. Moving the cursor repaints two lines, so j/k cost the same at
row 10 and at row 1,000,000.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from brent_tui import clock
from brent_tui.domain.models import Mention
from brent_tui.domain.triage import TriageSettings
from brent_tui.services.feed import RowCells, row_cells

Direction = Literal["older", "newer"]

MAX_WINDOW = 600  # rows kept in memory around the cursor
EDGE = 60  # ask for the next page when the cursor is this close to the window's end


@dataclass(frozen=True)
class _Layout:
    author: int
    route: int  # 0: column hidden (narrow terminals)
    snippet: int


class MentionList(ScrollView, can_focus=True):
    """Newest first. j/k, arrows, PageUp/PageDown, g newest, G oldest."""

    BINDINGS: ClassVar = [
        Binding("j,down", "cursor_down", "Next", id="feed.next", show=False, tooltip="The next (older) mention"),
        Binding("k,up", "cursor_up", "Previous", id="feed.previous", show=False,
                tooltip="The previous (newer) mention"),
        Binding("pagedown,space", "page_down", "Page down", id="feed.page_down", show=False, tooltip="A page down"),
        Binding("pageup", "page_up", "Page up", id="feed.page_up", show=False, tooltip="A page up"),
        Binding("g,home", "newest", "Top", id="feed.top", key_display="g", show=False,
                tooltip="The top of the list (the newest)"),
        Binding("G,end", "oldest", "Bottom", id="feed.bottom", key_display="G", show=False,
                tooltip="The bottom of the list (the oldest loaded)"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "mention-list--cursor",
        "mention-list--time",
        "mention-list--network",
        "mention-list--followers",
        "mention-list--negative",
        "mention-list--positive",
        "mention-list--neutral",
        "mention-list--route",
        "mention-list--escalate",
        "mention-list--foi",
        "mention-list--status-new",
        "mention-list--status",
        "mention-list--empty",
    }

    class Highlighted(Message):
        """The cursor is on another mention (the detail pane follows)."""

        def __init__(self, mention: Mention) -> None:
            super().__init__()
            self.mention = mention

    class NeedPage(Message):
        """The cursor is near the end of the window and more rows exist that way."""

        def __init__(self, direction: Direction, edge: Mention) -> None:
            super().__init__()
            self.direction = direction
            self.edge = edge

    class Jump(Message):
        """g / G: load the newest or the oldest page."""

        def __init__(self, to: Literal["newest", "oldest"]) -> None:
            super().__init__()
            self.to = to

    def __init__(self, thresholds: TriageSettings, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.thresholds = thresholds  # the configured sentiment bands
        self.rows: list[Mention] = []
        self.cursor = 0
        self.has_older = False
        self.has_newer = False
        self.loading: set[Direction] = set()
        self.empty_message = "Loading…"
        self._cells: dict[int, RowCells] = {}
        self._strips: dict[tuple[int, int, int, bool], Strip] = {}
        self._now = clock.now()

    # ------------------------------------------------------------------ state from the screen

    @property
    def highlighted(self) -> Mention | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def load(self, rows: list[Mention], *, at: Literal["newest", "oldest"], has_older: bool,
             has_newer: bool) -> None:
        """Replace the window (opening the tab, a stream switch, g or G)."""
        self._now = clock.now()
        self.rows = list(rows)
        self._cells.clear()
        self._strips.clear()
        self.loading.clear()
        self.has_older = has_older
        self.has_newer = has_newer
        self.cursor = 0 if at == "newest" or not rows else len(rows) - 1
        self.empty_message = "No mentions in this stream."
        self._sync_size()
        self.scroll_to(y=0 if at == "newest" else max(0, len(rows) - self.size.height), animate=False)
        self.refresh()
        self._announce()

    def append_older(self, rows: list[Mention], *, has_more: bool) -> None:
        """A page below the window arrived; the top of the window is dropped past `MAX_WINDOW`."""
        self.loading.discard("older")
        known = {m.id for m in self.rows}
        self.rows.extend(m for m in rows if m.id not in known)
        self.has_older = has_more
        drop = len(self.rows) - MAX_WINDOW
        if drop > 0 and self.cursor - drop > EDGE:
            del self.rows[:drop]
            self.cursor -= drop
            self.has_newer = True
            self._sync_size()
            self.scroll_to(y=max(0, self.scroll_offset.y - drop), animate=False)
        else:
            self._sync_size()
        self.refresh()
        self._check_edges()

    def prepend_newer(self, rows: list[Mention], *, has_more: bool) -> None:
        """A page above the window arrived: the highlight keeps its mention and its place on screen."""
        self.loading.discard("newer")
        known = {m.id for m in self.rows}
        fresh = [m for m in rows if m.id not in known]
        self.rows[:0] = fresh
        self.cursor += len(fresh)
        self.has_newer = has_more
        drop = len(self.rows) - MAX_WINDOW
        if drop > 0 and len(self.rows) - 1 - self.cursor > EDGE + drop:
            del self.rows[-drop:]
            self.has_older = True
        self._sync_size()
        self.scroll_to(y=self.scroll_offset.y + len(fresh), animate=False)
        self.refresh()
        self._check_edges()

    def replace_rows(self, mentions: list[Mention]) -> None:
        """Fresh copies of rows in the window (status changed in another session): repaint in place."""
        index = {m.id: i for i, m in enumerate(self.rows)}
        changed = False
        for m in mentions:
            i = index.get(m.id)
            if i is not None and self.rows[i] != m:
                self.rows[i] = m
                self._cells.pop(m.id, None)
                changed = True
        if changed:
            self._strips.clear()
            self.refresh()

    def visible_ids(self, margin: int = 20) -> list[int]:
        """Ids of the rows on screen (and a few either side) — what a live refresh re-reads."""
        top = max(0, int(self.scroll_offset.y) - margin)
        bottom = int(self.scroll_offset.y) + self.size.height + margin
        return [m.id for m in self.rows[top:bottom]]

    # ------------------------------------------------------------------ keys

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        self._move(-max(1, self.size.height - 1))

    def action_newest(self) -> None:
        if self.has_newer:
            self.post_message(self.Jump("newest"))
        else:
            self._move(-self.cursor)

    def action_oldest(self) -> None:
        if self.has_older:
            self.post_message(self.Jump("oldest"))
        else:
            self._move(len(self.rows) - 1 - self.cursor)

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_offset.y) + event.y
        if 0 <= row < len(self.rows):
            self._move(row - self.cursor)

    def _move(self, delta: int) -> None:
        if not self.rows:
            return
        new = max(0, min(len(self.rows) - 1, self.cursor + delta))
        if new == self.cursor:
            self._check_edges()
            return
        old, self.cursor = self.cursor, new
        top = int(self.scroll_offset.y)
        height = max(1, self.size.height)
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False)
        else:
            self.refresh_line(old)  # virtual line numbers: ScrollView subtracts the scroll offset
            self.refresh_line(new)
        self._announce()
        self._check_edges()

    def _announce(self) -> None:
        mention = self.highlighted
        if mention is not None:
            self.post_message(self.Highlighted(mention))

    def _check_edges(self) -> None:
        if not self.rows:
            return
        if self.has_older and "older" not in self.loading and len(self.rows) - 1 - self.cursor < EDGE:
            self.loading.add("older")
            self.post_message(self.NeedPage("older", self.rows[-1]))
        if self.has_newer and "newer" not in self.loading and self.cursor < EDGE:
            self.loading.add("newer")
            self.post_message(self.NeedPage("newer", self.rows[0]))

    # ------------------------------------------------------------------ drawing

    def _sync_size(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows))

    def on_resize(self) -> None:
        self._strips.clear()
        self._sync_size()

    def _layout(self, width: int) -> _Layout:
        # time 12, network 4, followers 5, sentiment 1, status 8, and the gaps between them.
        if width >= 110:
            author, route = 20, 9
        elif width >= 90:
            author, route = 16, 9
        else:
            author, route = 12, 0
        fixed = 12 + 1 + 4 + 1 + author + 1 + 5 + 1 + 1 + 1 + 1 + 8 + (route + 1 if route else 0)
        return _Layout(author=author, route=route, snippet=max(8, width - fixed))

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        if not self.rows:
            if y == 0:
                style = self.get_component_rich_style("mention-list--empty")
                return Strip([Segment(set_cell_size(" " + self.empty_message, width), style)], width)
            return Strip.blank(width, self.rich_style)
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        mention = self.rows[index]
        is_cursor = index == self.cursor
        key = (mention.id, width, mention.version, is_cursor)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > 400:
                self._strips.clear()
            strip = self._render_row(mention, width, is_cursor)
            self._strips[key] = strip
        return strip

    def _row_cells(self, mention: Mention) -> RowCells:
        cells = self._cells.get(mention.id)
        if cells is None:
            cells = row_cells(mention, self._now, self.thresholds)
            self._cells[mention.id] = cells
        return cells

    def _render_row(self, mention: Mention, width: int, is_cursor: bool) -> Strip:
        c = self._row_cells(mention)
        lay = self._layout(width)
        base = self.rich_style
        if is_cursor:
            base = base + self.get_component_rich_style("mention-list--cursor")

        def part(name: str) -> Style:
            return base + self.get_component_rich_style(name, partial=True)

        band = f"mention-list--{c.band}" if c.band else "mention-list--neutral"
        author = c.author
        segments = [
            Segment(set_cell_size(c.time, 12) + " ", part("mention-list--time")),
            Segment(set_cell_size(c.network, 4) + " ", part("mention-list--network")),
            Segment(set_cell_size(author, lay.author) + " ", base),
            Segment(set_cell_size(c.followers.rjust(5), 5) + " ", part("mention-list--followers")),
            *([Segment(c.foi + " ", part("mention-list--foi"))] if c.foi else []),  # FOI requests, marked
            Segment(set_cell_size(c.snippet, max(1, lay.snippet - (cell_len(c.foi) + 1 if c.foi else 0))) + " ", base),
            Segment(c.sentiment + " ", part(band)),
        ]
        if lay.route:
            route_class = "mention-list--escalate" if c.escalate else "mention-list--route"
            segments.append(Segment(set_cell_size(c.route, lay.route) + " ", part(route_class)))
        status_class = "mention-list--status-new" if c.status == "new" else "mention-list--status"
        segments.append(Segment(set_cell_size(c.status, 8), part(status_class)))
        return Strip(segments).adjust_cell_length(width, base)
