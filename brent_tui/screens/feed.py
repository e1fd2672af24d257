"""The Feed tab: every mention of the council, newest first, live, over a million cached rows.

The list (`MentionList`) holds a window of a few hundred rows; pages come from the store by
keyset in workers as the cursor nears an edge, so no key waits on SQLite. Live sync never moves
the highlight: new arrivals show as "N new ↑" and `n` jumps to them; status changes made in
other sessions repaint the visible rows in place. Streams are saved filters per officer, one key
each, with their unhandled counts (counted in a worker at most every few seconds).
"""

from __future__ import annotations

import asyncio
import os
import time
import webbrowser
from typing import ClassVar, Literal

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap
from textual.containers import Horizontal
from textual.widgets import Static

from brent_tui import clock
from brent_tui.domain.entities import Entity
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import Mention, MentionFilter, Stream
from brent_tui.domain.roles import Action
from brent_tui.domain.text import clean
from brent_tui.screens.base import BrentScreen
from brent_tui.screens.reply_draft import ReplyDraftScreen
from brent_tui.screens.search import SearchScreen
from brent_tui.screens.stream_editor import StreamEditor
from brent_tui.services.feed import (
    browser_available,
    default_streams,
    describe_filter,
    health_items,
    load_detail,
    stream_counts,
)
from brent_tui.store import PageKey, Store
from brent_tui.widgets.health_strip import HealthStrip
from brent_tui.widgets.mention_detail import MentionDetail
from brent_tui.widgets.mention_list import MentionList
from brent_tui.widgets.stream_bar import StreamBar

PAGE = 200
# The detail pane follows the cursor once it rests this long: while a key is held or tapped
# quickly, rows move at once and the (heavier) pane is drawn only for the row it stops on.
DETAIL_DEBOUNCE = 0.15
COUNTS_EVERY = 15.0  # seconds between recounts of the streams' unhandled mentions for new mentions
WIDE = 150  # list and detail side by side from this width; stacked below it
ROW_ENTITIES = frozenset({Entity.MENTIONS, Entity.DECISIONS, Entity.ASSIGNMENTS, Entity.WATCHES, Entity.FOI})

STREAMS = Binding.Group("Streams")  # `[ ]` in the footer


class FeedScreen(BrentScreen):
    """Feed: every mention of the council, newest first, paged from the cache."""

    MODE = "feed"
    REFRESH_ON = ROW_ENTITIES | {Entity.NEW_MENTIONS, Entity.STREAMS, Entity.REPLYING}
    CSS_PATH = "feed.tcss"
    # In order of importance: the footer shows as many as fit; `?` lists them all with `tooltip`'s words.
    BINDINGS: ClassVar = [
        Binding("slash", "search", "Search", id="feed.search", tooltip="Search every mention"),
        Binding("o", "open_url", "Open", id="feed.open", tooltip="Open the mention in your browser"),
        Binding("f", "foi", "FOI", id="feed.foi", tooltip="Open an FOI case from this mention"),
        Binding("r", "reply", "Reply", id="feed.reply", tooltip="Reply in place, under the mention"),
        Binding("n", "jump_newest", "Newest", id="feed.jump_new", tooltip="Jump to the newest, new arrivals included"),
        Binding("d", "toggle_detail", "Detail", id="feed.toggle_detail", tooltip="Hide or show the detail pane"),
        Binding("y", "copy_url", "Copy link", id="feed.copy", tooltip="Copy the mention's link"),
        Binding("left_square_bracket", "previous_stream", "Previous stream", id="feed.previous_stream",
                group=STREAMS, tooltip="The previous stream"),
        Binding("right_square_bracket", "next_stream", "Next stream", id="feed.next_stream", group=STREAMS,
                tooltip="The next stream"),
        Binding("s", "new_stream", "New stream", id="feed.new_stream", tooltip="Save a filter as a new stream"),
        Binding("e", "edit_stream", "Edit stream", id="feed.edit_stream", tooltip="Change this stream's filter"),
        Binding("X", "delete_stream", "Delete stream", id="feed.delete_stream", show=False,
                tooltip="Delete this stream"),
    ]
    KEY_GROUPS: ClassVar = (
        ("Read the feed", ("feed.next", "feed.previous", "feed.page_down", "feed.page_up", "feed.top", "feed.bottom",
                           "feed.jump_new", "feed.toggle_detail")),
        ("The mention under the cursor", ("feed.open", "feed.copy", "feed.foi", "feed.reply")),
        ("Find", ("feed.search",)),
        ("Streams", ("feed.stream", "feed.previous_stream", "feed.next_stream", "feed.new_stream", "feed.edit_stream",
                     "feed.delete_stream")),
    )
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Search mentions", "Full-text search over every cached mention (/)", "search"),
        ("Jump to newest", "Show the newest mentions, including new arrivals (n)", "jump_newest"),
        ("New stream", "Save a filter as a stream with its own key (s)", "new_stream"),
        ("Edit stream", "Change the current stream's name, key or filters (e)", "edit_stream"),
        ("Delete stream", "Delete the current stream (X)", "delete_stream"),
        ("Open mention", "Open the highlighted mention's original post (o)", "open_url"),
        ("Copy mention link", "Copy the highlighted mention's link to the clipboard (y)", "copy_url"),
        ("FOI case from mention", "Open an FOI case from the highlighted mention (f)", "foi"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.streams: list[Stream] = []
        self.active: Stream | None = None
        self.loaded_max_id = 0
        self.new_count = 0
        self.counts: dict[int, int] = {}
        self._counts_at = 0.0
        self._counts_pending = False
        self._counting = False  # a recount is running; `_count_again` asks it to go round once more
        self._count_again = False
        self._generation = 0  # bumped on every reload: late pages of an old stream are dropped
        self._base_bindings: BindingsMap | None = None
        # A search result opened from `/`: shown in the detail pane, and what `f`/`o`/`y` act on
        # until the cursor moves off the row it rested on when the result was opened.
        self._from_search: Mention | None = None
        self._search_over: int | None = None
        self._detail_wanted: tuple[int, float] | None = None  # (mention id, when the cursor got there)
        self._count_store: Store | None = None  # a second connection: counts never queue the pages

    # ------------------------------------------------------------------ layout

    def compose_body(self) -> ComposeResult:
        yield StreamBar(id="feed-streams")
        yield Static("", id="feed-status", markup=False)
        with Horizontal(id="feed-main"):
            yield MentionList(self.config.triage, id="feed-list")
            yield MentionDetail(id="feed-detail")
        yield HealthStrip(id="feed-health")

    @property
    def mention_list(self) -> MentionList:
        return self.query_one("#feed-list", MentionList)

    @property
    def detail(self) -> MentionDetail:
        return self.query_one("#feed-detail", MentionDetail)

    def on_mount(self) -> None:
        self.set_interval(DETAIL_DEBOUNCE / 3, self._detail_when_rested)
        self._base_bindings = self._bindings.copy()
        self.mention_list.focus()
        self._load_streams()
        self._refresh_health()
        self.set_interval(60, self._refresh_health)

    def on_resize(self) -> None:
        self.set_class(self.size.width < WIDE, "-narrow")

    def action_toggle_detail(self) -> None:
        """Hide the detail pane for a full-height list, or show it again."""
        self.detail.display = not self.detail.display

    def on_screen_resume(self) -> None:
        if self.active is not None:
            self._count_new()
            self._refresh_visible()
            self._refresh_counts(force=True)  # decisions made in Triage show in "Unhandled" at once

    @staticmethod
    def reserved_keys() -> set[str]:
        """Single-character keys the tab uses itself (a stream cannot take them)."""
        keys: set[str] = set()
        for binding in [*FeedScreen.BINDINGS, *MentionList.BINDINGS]:
            for key in binding.key.split(","):
                if len(key) == 1:
                    keys.add(key)
        return keys

    # ------------------------------------------------------------------ streams

    @work(exclusive=True, group="feed-streams", exit_on_error=False)
    async def _load_streams(self, select: int | None = None) -> None:
        login = self.actor.login
        streams = await self.store.streams(login)
        if not streams:
            defaults = default_streams(login)
            if self.actor.can(Action.STREAMS):
                streams = [await self.store.save_stream(s, self.actor) for s in defaults]
            else:  # a read-only guest: the defaults for this session only
                streams = [s.model_copy(update={"id": -1 - i}) for i, s in enumerate(defaults)]
        self.streams = streams
        self._bind_stream_keys()
        keep = select if select is not None else (self.active.id if self.active else None)
        chosen = next((s for s in streams if s.id == keep), streams[0] if streams else None)
        if chosen is not None and (self.active is None or chosen != self.active or select is not None):
            self.active = chosen
            self._reload("newest")
        self._show_streams()
        self._refresh_counts(force=True)

    def _bind_stream_keys(self) -> None:
        """One key per stream, shown in `?` help (bindings change when streams do)."""
        if self._base_bindings is None:
            return
        bindings = self._base_bindings.copy()
        for stream in self.streams:
            if stream.key and stream.id is not None:
                name = clean(stream.name, single_line=True, limit=40)
                bindings.key_to_bindings.setdefault(stream.key, []).append(
                    Binding(stream.key, f"stream({stream.id})", f"Stream: {name}", show=False, id="feed.stream"))
        self._bindings = bindings
        self.refresh_bindings()

    def _show_streams(self) -> None:
        self.query_one(StreamBar).show(self.streams, self.active.id if self.active else None, self.counts)
        self._show_status()

    def action_stream(self, stream_id: int) -> None:
        stream = next((s for s in self.streams if s.id == stream_id), None)
        if stream is None:
            return
        self._switch(stream)

    def _switch(self, stream: Stream) -> None:
        self.active = stream
        self._show_streams()
        self._reload("newest")

    def action_next_stream(self) -> None:
        self._step_stream(1)

    def action_previous_stream(self) -> None:
        self._step_stream(-1)

    def _step_stream(self, step: int) -> None:
        if not self.streams or self.active is None:
            return
        index = next((i for i, s in enumerate(self.streams) if s.id == self.active.id), 0)
        self._switch(self.streams[(index + step) % len(self.streams)])

    def _editor(self, editing: Stream | None) -> StreamEditor:
        return StreamEditor(
            owner=self.actor.login,
            existing=[s for s in self.streams if s.id is not None and s.id > 0],
            reserved_keys=self.reserved_keys(),
            editing=editing,
            departments=[d.name for d in self.config.departments] or None,
        )

    def action_new_stream(self) -> None:
        if not self.actor.can(Action.STREAMS):
            self.show_error(UserError("You have a read-only view: streams cannot be saved."))
            return
        self.app.push_screen(self._editor(None), self._stream_saved)

    def action_edit_stream(self) -> None:
        if self.active is None:
            return
        if not self.actor.can(Action.STREAMS) or (self.active.id or 0) < 0:
            self.show_error(UserError("You have a read-only view: streams cannot be saved."))
            return
        self.app.push_screen(self._editor(self.active), self._stream_saved)

    def _stream_saved(self, stream: Stream | None) -> None:
        if stream is None:
            return
        self.notify(f"Stream saved: {stream.name}" + (f" (key {stream.key})" if stream.key else ""),
                    markup=False)
        self._load_streams(select=stream.id)

    def action_delete_stream(self) -> None:
        if self.active is None or self.active.id is None or self.active.id < 0:
            return
        if len(self.streams) <= 1:
            self.show_error(UserError("This is your only stream; make another before deleting it."))
            return
        self._delete_stream(self.active)

    @work(group="feed-write", exit_on_error=False)
    async def _delete_stream(self, stream: Stream) -> None:
        try:
            await self.store.delete_stream(stream.id or 0, self.actor)
        except UserError as exc:
            self.show_error(exc)
            return
        self.notify(f"Stream deleted: {stream.name}", markup=False)
        self.active = None
        self._load_streams()

    # ------------------------------------------------------------------ the list

    @property
    def _filter(self) -> MentionFilter | None:
        return self.active.filter if self.active else None

    @work(exclusive=True, group="feed-page", exit_on_error=False)
    async def _reload(self, at: Literal["newest", "oldest"]) -> None:
        self._generation += 1
        generation = self._generation
        flt = self._filter
        listing = self.mention_list
        try:
            max_id = await self.store.max_mention_id()
            if at == "newest":
                rows = await self.store.page(flt=flt, limit=PAGE, thresholds=self.config.triage)
            else:
                rows = await self.store.page(flt=flt, direction="newer", limit=PAGE,
                                             thresholds=self.config.triage)
        except UserError as exc:
            listing.load([], at="newest", has_older=False, has_newer=False)
            listing.empty_message = f"This stream's filter cannot be used: {exc}"
            listing.refresh()
            self.show_error(exc)
            return
        if generation != self._generation:
            return
        self.loaded_max_id = max_id if at == "newest" else self.loaded_max_id
        if at == "newest":
            self.new_count = 0
        full = len(rows) == PAGE
        listing.load(rows, at=at, has_older=full if at == "newest" else False,
                     has_newer=False if at == "newest" else full)
        self.loaded = True
        if not rows:
            self.detail.clear()
        self._show_status()

    @on(MentionList.NeedPage)
    def _need_page(self, event: MentionList.NeedPage) -> None:
        self._fetch_page(event.direction, event.edge, self._generation)

    @work(group="feed-edge", exit_on_error=False)
    async def _fetch_page(self, direction: Literal["older", "newer"], edge: Mention, generation: int) -> None:
        rows = await self.store.page(after=PageKey.of(edge), direction=direction, flt=self._filter, limit=PAGE,
                                     thresholds=self.config.triage)
        if generation != self._generation:
            return
        listing = self.mention_list
        if direction == "older":
            listing.append_older(rows, has_more=len(rows) == PAGE)
        else:
            listing.prepend_newer(rows, has_more=len(rows) == PAGE)
            if not listing.has_newer:
                self.new_count = 0
                self._count_new()

    @on(MentionList.Jump)
    def _jump(self, event: MentionList.Jump) -> None:
        self._reload(event.to)

    @on(MentionList.Highlighted)
    def _highlighted(self, event: MentionList.Highlighted) -> None:
        if self._from_search is not None and event.mention.id == self._search_over:
            return  # the same row again (a refresh): the opened search result stays
        self._from_search = None
        # The pane is read only for the row the cursor rests on (see `_detail_when_rested`):
        # moving never waits on it, nor on a timer made per key.
        self._detail_wanted = (event.mention.id, time.monotonic())

    def _detail_when_rested(self) -> None:
        wanted = self._detail_wanted
        if wanted is not None and time.monotonic() - wanted[1] >= DETAIL_DEBOUNCE:
            self._detail_wanted = None
            self._load_detail(wanted[0])

    @work(exclusive=True, group="feed-detail", exit_on_error=False)
    async def _load_detail(self, mention_id: int, debounce: float = 0.0) -> None:
        if debounce:
            await asyncio.sleep(debounce)
        data = await load_detail(self.store, mention_id, self.config.triage)
        self.detail.show(data)

    def action_jump_newest(self) -> None:
        self._reload("newest")

    # ------------------------------------------------------------------ status line

    def _show_status(self) -> None:
        text = Text()
        if self.active is not None:
            text.append(clean(self.active.name, single_line=True, limit=40), style="bold")
            text.append(f": {describe_filter(self.active.filter)}")
        if self.new_count:
            text.append("   ")
            text.append(f" {self.new_count:,} new ↑ — press n ", style="bold reverse")
        listing = self.mention_list
        if listing.has_newer and not self.new_count:
            text.append("   (scrolled back: g for the newest)", style="dim")
        self.query_one("#feed-status", Static).update(text)

    # ------------------------------------------------------------------ live

    def data_changed(self, entities: frozenset[Entity]) -> None:
        if self.active is None:
            return
        if Entity.NEW_MENTIONS in entities:
            self._count_new()
        if entities & ROW_ENTITIES:
            self._refresh_visible()
        elif Entity.REPLYING in entities and (shown := self._current()) is not None:
            self._load_detail(shown.id)  # someone started or stopped replying: the detail says who
        if Entity.STREAMS in entities:
            self._load_streams()
        if entities - {Entity.STREAMS, Entity.REPLYING}:
            # A decision moves "Unhandled" at once; new mentions alone wait for the next recount.
            self._refresh_counts(force=Entity.DECISIONS in entities)
            self._refresh_health()

    @work(exclusive=True, group="feed-new", exit_on_error=False)
    async def _count_new(self) -> None:
        if self.active is None:
            return
        count = await self.store.count_mentions(self._filter, since_id=self.loaded_max_id,
                                                thresholds=self.config.triage)
        if count != self.new_count:
            self.new_count = count
            self._show_status()

    @work(exclusive=True, group="feed-rows", exit_on_error=False)
    async def _refresh_visible(self) -> None:
        listing = self.mention_list
        fresh = await self.store.mentions_by_ids(listing.visible_ids())
        listing.replace_rows(fresh)
        current = self._from_search or self.detail.mention
        if current is not None:
            self._load_detail(current.id, debounce=0)

    def _refresh_counts(self, *, force: bool = False) -> None:
        """Recount at most every `COUNTS_EVERY` seconds: the counts are read on a million rows."""
        wait = COUNTS_EVERY - (time.monotonic() - self._counts_at)
        if force or wait <= 0:
            self._counts_at = time.monotonic()
            self._count_again = True
            if not self._counting:
                self._counting = True
                self._count_streams()
        elif not self._counts_pending:
            self._counts_pending = True
            self.set_timer(wait, self._deferred_counts)

    def _deferred_counts(self) -> None:
        self._counts_pending = False
        self._refresh_counts(force=True)

    @work(group="feed-counts", exit_on_error=False)
    async def _count_streams(self) -> None:
        """Recount, coalesced: a decision during a recount asks for one more, never cancels it
        (a cancelled count would show nothing new at all while decisions keep coming)."""
        try:
            while self._count_again:
                self._count_again = False
                streams = list(self.streams)
                where = self.store.url or self.store.path
                if self._count_store is None and where is not None:
                    self._count_store = await Store.open(where, create=False, migrate=False)
                self.counts = await stream_counts(self._count_store or self.store, streams, self.config.triage)
                self._show_streams()
        finally:
            self._counting = False

    async def on_unmount(self) -> None:
        if self._count_store is not None:
            await self._count_store.close()
            self._count_store = None

    @work(exclusive=True, group="feed-health", exit_on_error=False)
    async def _refresh_health(self) -> None:
        health = await self.store.all_health()
        items = health_items([c.name for c in self.config.connectors], health, clock.now())
        self.query_one(HealthStrip).show(items)

    # ------------------------------------------------------------------ search

    def action_search(self) -> None:
        self.app.push_screen(SearchScreen(), self._search_chosen)

    def _search_chosen(self, mention: Mention | None) -> None:
        if mention is not None:
            self._from_search = mention
            under = self.mention_list.highlighted
            self._search_over = under.id if under else None
            self._detail_wanted = None  # the row under the cursor must not replace it
            self.detail.display = True
            self._load_detail(mention.id, debounce=0)

    # ------------------------------------------------------------------ the highlighted mention

    def _current(self) -> Mention | None:
        """The search result just opened, else the row under the cursor.

        Never the detail pane alone: while it catches up with a moving cursor it still shows
        the previous mention, and `f`/`o`/`y` must act on what the officer has selected.
        """
        if self._from_search is not None:
            return self._from_search
        return self.mention_list.highlighted or self.detail.mention

    def action_open_url(self) -> None:
        mention = self._current()
        if mention is None or not mention.url:
            self.notify("This mention has no link to open.", severity="warning", markup=False)
            return
        url = clean(mention.url, single_line=True, limit=2000)
        if not url.lower().startswith(("https://", "http://")) or url != mention.url:
            self.notify(f"Not opening an unusual link; here it is as text: {url}", severity="warning",
                        timeout=15, markup=False)
            return
        if browser_available(os.environ):
            self._open_in_browser(url)
        else:
            self.notify(f"No browser here (over SSH?). The link: {url} — y copies it.", timeout=20,
                        markup=False)

    @work(thread=True, group="feed-browser", exit_on_error=False)
    def _open_in_browser(self, url: str) -> None:
        opened = webbrowser.open(url)
        message = f"Opened in the browser: {url}" if opened else f"Could not start a browser. The link: {url}"
        self.app.call_from_thread(self.notify, message, markup=False)

    def action_copy_url(self) -> None:
        mention = self._current()
        if mention is None or not mention.url:
            self.notify("This mention has no link to copy.", severity="warning", markup=False)
            return
        url = clean(mention.url, single_line=True, limit=2000)
        self.app.copy_to_clipboard(url)
        self.notify(f"Copied to the clipboard (OSC 52): {url}", markup=False)

    def action_reply(self) -> None:
        """The reply draft (route 3's template, tone-checked); sent, it decides the mention with it."""
        mention = self._current()
        if mention is None:
            return
        dept = self.brent.config.department(mention.department)
        self.app.push_screen(ReplyDraftScreen(mention, website=dept.website if dept else None, holding_statement=None))

    def action_foi(self) -> None:
        mention = self._current()
        if mention is None:
            return
        self._open_foi(mention.id)

    @work(group="feed-foi", exit_on_error=False)
    async def _open_foi(self, mention_id: int) -> None:
        await self.brent.open_foi_from_mention(mention_id)
