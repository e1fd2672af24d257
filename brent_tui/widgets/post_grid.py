"""The communications grid: planned posts by day, with rows per account or per day.

Keyboard only. The grid owns the cursor (which post is selected) and says so with
`PostGrid.Selected`; the Calendar screen does everything else (move, edit, approve…).
Campaign colours come from the current theme's variables, so they stay legible on any theme;
error red is kept for failures and warning for clashes.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from brent_tui.domain.london import WEEKDAY_NAMES, utc_to_london
from brent_tui.domain.models import CouncilAccount, PostStatus, ScheduledPost, TargetStatus
from brent_tui.domain.text import clean

Layout = Literal["account", "day"]
CAMPAIGN_COLOURS = ("primary-lighten-2", "secondary-lighten-2", "accent-lighten-2", "success-lighten-2",
                    "primary-lighten-3", "secondary-lighten-3", "accent-lighten-3", "foreground-darken-1")
PLATFORM_SHORT = {"x": "X", "facebook": "FB", "mastodon": "Ma", "bluesky": "Bs", "youtube": "YT",
                  "instagram": "IG", "flickr": "Fl", "linkedin": "In", "rss": "RS"}
STATUS_MARK = {
    PostStatus.SCHEDULED: "•", PostStatus.AWAITING_APPROVAL: "?", PostStatus.DRAFT: "~",
    PostStatus.PUBLISHED: "✓", PostStatus.FAILED: "✗", PostStatus.REJECTED: "⊘", PostStatus.HELD: "‖",
}
#: The grid's legend, made from the marks it draws (so no mark is left unexplained).
LEGEND = "  ".join(f"{mark} {status.value.replace('_', ' ')}" for status, mark in STATUS_MARK.items()) + "  ! clash"


@dataclass(frozen=True)
class GridEntry:
    """One post in one cell (a multi-account post is one entry per account row)."""

    post: ScheduledPost
    account_id: int | None  # None in the per-day layout
    local: datetime  # London wall clock

    @property
    def post_id(self) -> int:
        return self.post.id or 0


class PostGrid(Widget, can_focus=True):
    """A week, fortnight or month of posts; ↑↓←→ move the cursor between posts."""

    BINDINGS = [
        Binding("up", "cursor(-1, 0)", "Previous", show=False, id="grid.up", tooltip="The post above"),
        Binding("down", "cursor(1, 0)", "Next", show=False, id="grid.down", tooltip="The post below"),
        Binding("left", "cursor(0, -1)", "Earlier", show=False, id="grid.left", tooltip="The post before"),
        Binding("right", "cursor(0, 1)", "Later", show=False, id="grid.right", tooltip="The post after"),
    ]

    class Selected(Message):
        """The cursor is now on this post (None: the period has no posts)."""

        def __init__(self, post: ScheduledPost | None) -> None:
            super().__init__()
            self.post = post

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.days: list[date] = []
        self.accounts: list[CouncilAccount] = []
        self.layout_mode: Layout = "account"
        self.entries: list[GridEntry] = []
        self.clashes: dict[int, list[str]] = {}
        self.cursor: int = 0

    # ------------------------------------------------------------------ data in

    def show(self, days: list[date], posts: list[ScheduledPost], accounts: list[CouncilAccount],
             clashes: dict[int, list[str]], layout: Layout, *, select_post: int | None = None) -> None:
        """Replace what the grid shows; keep the cursor on `select_post` (or the same post)."""
        keep = select_post if select_post is not None else (self.selected.post_id if self.selected else None)
        keep_account = self.selected.account_id if self.selected else None
        self.days, self.accounts, self.clashes, self.layout_mode = days, accounts, clashes, layout
        self.entries = self._build_entries(posts)
        self.cursor = 0
        if keep is not None:
            matches = [i for i, e in enumerate(self.entries) if e.post_id == keep]
            same_row = [i for i in matches if self.entries[i].account_id == keep_account]
            if same_row or matches:
                self.cursor = (same_row or matches)[0]
        self.refresh(layout=True)
        self.post_message(self.Selected(self.selected.post if self.selected else None))

    def _build_entries(self, posts: list[ScheduledPost]) -> list[GridEntry]:
        shown = set(self.days)
        out: list[GridEntry] = []
        order = {a.id: i for i, a in enumerate(self.accounts)}
        for p in posts:
            if p.scheduled_at is None:
                continue
            local = utc_to_london(p.scheduled_at)
            if local.date() not in shown:
                continue
            if self.layout_mode == "account":
                for t in p.targets:
                    if t.account_id in order:
                        out.append(GridEntry(p, t.account_id, local))
            else:
                out.append(GridEntry(p, None, local))
        if self.layout_mode == "account":
            out.sort(key=lambda e: (order.get(e.account_id, 0), e.local, e.post_id))
        else:
            out.sort(key=lambda e: (e.local, e.post_id))
        return out

    @property
    def selected(self) -> GridEntry | None:
        if not self.entries:
            return None
        return self.entries[min(self.cursor, len(self.entries) - 1)]

    # ------------------------------------------------------------------ keys

    def action_cursor(self, rows: int, cols: int) -> None:
        if not self.entries:
            return
        current = self.entries[self.cursor]
        target = self.cursor
        if self.layout_mode == "account":
            if cols:  # along the account's row, in time
                i = self.cursor + cols
                if 0 <= i < len(self.entries) and self.entries[i].account_id == current.account_id:
                    target = i
            elif rows:  # the nearest post in time on the next/previous account that has posts
                ids = [a.id for a in self.accounts]
                row = ids.index(current.account_id) if current.account_id in ids else 0
                r = row + rows
                while 0 <= r < len(ids):
                    candidates = [i for i, e in enumerate(self.entries) if e.account_id == ids[r]]
                    if candidates:
                        target = min(candidates, key=lambda i: abs((self.entries[i].local - current.local)
                                                                   .total_seconds()))
                        break
                    r += rows
        else:
            if rows:
                target = max(0, min(len(self.entries) - 1, self.cursor + rows))
            elif cols:  # first post on the next/previous day that has posts
                day = current.local.date()
                if cols > 0:
                    later = [i for i, e in enumerate(self.entries) if e.local.date() > day]
                    target = later[0] if later else target
                else:
                    earlier = [i for i, e in enumerate(self.entries) if e.local.date() < day]
                    if earlier:
                        first_day = self.entries[earlier[-1]].local.date()
                        target = next(i for i in earlier if self.entries[i].local.date() == first_day)
        if target != self.cursor:
            self.cursor = target
            self.refresh()
            self.post_message(self.Selected(self.entries[target].post))

    # ------------------------------------------------------------------ drawing

    def _colour(self, campaign: str | None) -> str:
        if not campaign:
            return self.app.theme_variables.get("foreground", "white")
        name = CAMPAIGN_COLOURS[zlib.crc32(campaign.lower().encode()) % len(CAMPAIGN_COLOURS)]
        return self.app.theme_variables.get(name, "white")

    def campaign_legend(self) -> Text:
        text = Text()
        seen: list[str] = []
        for e in self.entries:
            c = e.post.campaign
            if c and c not in seen:
                seen.append(c)
        for c in seen:
            text.append("■ ", style=self._colour(c))
            text.append(clean(c, single_line=True, limit=30) + "  ")
        return text

    def _style(self, entry: GridEntry, selected: bool) -> str:
        post = entry.post
        theme = self.app.theme_variables
        if entry.account_id is None:  # the day view: one cell for the whole post
            failed = post.status == PostStatus.FAILED or any(t.status == TargetStatus.FAILED for t in post.targets)
        else:  # an account's row: only that account's outcome (the others may have published)
            failed = any(t.status == TargetStatus.FAILED and t.account_id == entry.account_id for t in post.targets)
        if failed:
            style = f"bold {theme.get('error', 'red')}"
        elif post.status in (PostStatus.DRAFT, PostStatus.REJECTED):
            style = f"dim {self._colour(post.campaign)}"
        else:
            style = self._colour(post.campaign)
        if post.status == PostStatus.AWAITING_APPROVAL:
            style += " italic"
        if selected:
            style += " reverse"
        return style

    def _mark(self, entry: GridEntry) -> str:
        post = entry.post
        if entry.account_id is not None:
            target = next((t for t in post.targets if t.account_id == entry.account_id), None)
            if target is not None and target.status == TargetStatus.FAILED:
                return "✗"
            if target is not None and target.status == TargetStatus.PUBLISHED:
                return "✓"
        return STATUS_MARK.get(post.status, "•")

    def render(self) -> Table:
        if self.layout_mode == "account":
            return self._render_accounts()
        return self._render_days()

    def _day_header(self, d: date, width: int) -> Text:
        """"Wed" over the date; "We" when a day has under four cells, so two days never read as "WedThu"."""
        name = WEEKDAY_NAMES[d.weekday()][: 3 if width >= 4 else 2]
        return Text(f"{name}\n{d.day:>2}", style="bold" if d.weekday() < 5 else "dim")

    def _render_accounts(self) -> Table:
        width = self.size.width or 120
        handles = [clean(a.handle, single_line=True) for a in self.accounts]
        # The accounts' names in full where the days leave room (each day keeps 6 cells, "09:00•", and a gap).
        label_w = max(16, min(max((len(h) for h in handles), default=0) + 4, 32, width - 7 * len(self.days)))
        col_w = max(1, (width - label_w - len(self.days)) // max(1, len(self.days)))
        table = Table(box=None, expand=True, show_lines=False, padding=(0, 0), show_header=True,
                      header_style="bold")
        table.add_column("Account", width=label_w, no_wrap=True)
        for d in self.days:
            table.add_column(self._day_header(d, col_w), no_wrap=True, overflow="crop", ratio=1)
        warn = self.app.theme_variables.get("warning", "yellow")
        selected = self.selected
        for account, handle in zip(self.accounts, handles, strict=True):
            cells: list[Text] = []
            for d in self.days:
                cell = Text()
                for e in self.entries:
                    if e.account_id != account.id or e.local.date() != d:
                        continue
                    if cell:
                        cell.append("\n" if col_w >= 6 else "")
                    is_sel = e is selected
                    label = f"{e.local:%H:%M}{self._mark(e)}" if col_w >= 6 else self._mark(e)
                    cell.append(label, style=self._style(e, is_sel))
                    if e.post_id in self.clashes:
                        cell.append("!", style=f"bold {warn}")
                cells.append(cell)
            label = Text(f"{PLATFORM_SHORT.get(account.platform.value, '?'):<2} ", style="dim")
            room = label_w - 4  # the network's two letters and a space before, one space after
            label.append(handle if len(handle) <= room else handle[: room - 1] + "…")
            table.add_row(label, *cells)
        if not self.accounts:
            table.add_row(Text("No council accounts in the registry yet (Accounts tab).", style="dim"))
        return table

    def _render_days(self) -> Table:
        table = Table(box=None, expand=True, padding=(0, 1), show_header=False)
        table.add_column("Day", width=10, no_wrap=True)
        table.add_column("Posts", ratio=1)
        handles = {a.id: a.handle for a in self.accounts}
        warn = self.app.theme_variables.get("warning", "yellow")
        selected = self.selected
        for d in self.days:
            cell = Text()
            for e in self.entries:
                if e.local.date() != d:
                    continue
                if cell:
                    cell.append("\n")
                post = e.post
                accounts = ", ".join(handles.get(t.account_id, "?") for t in post.targets)
                line = f"{e.local:%H:%M} {self._mark(e)} "
                if post.campaign:
                    line += f"[{post.campaign}] "
                line += f"{accounts} — {post.body}"
                cell.append(clean(line, single_line=True, limit=200), style=self._style(e, e is selected))
                if e.post_id in self.clashes:
                    cell.append(" ! clash", style=f"bold {warn}")
            table.add_row(Text(f"{WEEKDAY_NAMES[d.weekday()]} {d:%d %b}", style="bold" if d.weekday() < 5 else "dim"),
                          cell or Text("—", style="dim"))
        return table
