"""`/` in the Feed: full-text search over every cached mention (FTS5), results highlighted.

Words (stemmed: `flood` finds flooding), "a phrase", prefix*, -word, AND / OR / NOT. A query
that cannot be understood is answered in words under the input (the store's `SearchError`),
never an exception. Enter on a result closes the search and hands the Feed that mention, which
its detail pane shows and `f`, `o` and `y` act on; Esc goes back without one.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from brent_tui import clock
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import Mention
from brent_tui.domain.text import highlighted, snippet
from brent_tui.services.feed import NETWORK_SHORT, format_row_time
from brent_tui.store import SearchHit
from brent_tui.store.mentions import HL_END, HL_START
from brent_tui.widgets.key_footer import KeyFooter

RESULT_LIMIT = 200
SNIPPET_CHARS = 400


def hit_prompt(hit: SearchHit, now) -> Text:
    """One result line: when, network, who, then the text with the matched words highlighted."""
    m = hit.mention
    line = Text(f"{format_row_time(m.created_at, now)} {NETWORK_SHORT.get(m.platform, m.platform.value):<5} ",
                style="dim")
    line.append(f"{snippet(m.author_name or m.author_handle, 20)}: ", style="bold")
    if HL_START in m.text or HL_END in m.text:  # the text holds the markers itself: shown plain (␞ ␟)
        body = Text(snippet(m.text, SNIPPET_CHARS))
    else:
        body = highlighted(hit.highlighted[:SNIPPET_CHARS], start=HL_START, end=HL_END)
        body = Text(body.plain.replace("\n", " "), spans=body.spans)
    line.append_text(body)
    line.no_wrap = True
    line.overflow = "ellipsis"
    return line


class SearchScreen(ModalScreen[Mention | None]):
    """Type a query, Enter to search; ↓ into the results, Enter on one to open it."""

    TITLE = "Search"  # how `?` names this window

    CSS_PATH = "search.tcss"
    BINDINGS: ClassVar = [
        Binding("escape", "close", "Back", id="search.close"),
        Binding("down", "results", "Results", id="search.results", show=False),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.hits: list[SearchHit] = []
        self.message = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static("Search every cached mention — words, \"a phrase\", prefix*, -word, OR, NOT",
                         id="search-title", markup=False)
            yield Input(value=self.initial, placeholder="e.g. flood kilburn -test", id="search-input")
            yield Static("", id="search-message", markup=False)
            yield OptionList(id="search-results")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()
        if self.initial:
            self.run_search(self.initial)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.run_search(event.value)

    @work(exclusive=True, group="search", exit_on_error=False)
    async def run_search(self, query: str) -> None:
        message = self.query_one("#search-message", Static)
        results = self.query_one("#search-results", OptionList)
        if not query.strip():
            self._show([], "Type some words to search for.")
            return
        message.update("Searching…")
        try:
            hits = await self.app.store.search(query, limit=RESULT_LIMIT)  # type: ignore[attr-defined]
        except UserError as exc:
            self._show([], str(exc), error=True)
            return
        if not hits:
            self._show([], f"No cached mention matches {query!r}.")
            return
        more = " (the newest 200; narrow the query to see older ones)" if len(hits) >= RESULT_LIMIT else ""
        self._show(hits, f"{len(hits)} mention{'s' if len(hits) != 1 else ''}{more} — ↓ then Enter to open one")
        results.highlighted = 0

    def _show(self, hits: list[SearchHit], text: str, *, error: bool = False) -> None:
        self.hits = hits
        self.message = text
        message = self.query_one("#search-message", Static)
        message.update(Text(text))
        message.set_class(error, "-error")
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        now = clock.now()
        results.add_options([Option(hit_prompt(h, now), id=str(h.mention.id)) for h in hits])

    def action_results(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if self.hits:
            results.focus()

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = [h.mention for h in self.hits if str(h.mention.id) == event.option.id]
        if chosen:
            self.dismiss(chosen[0])

    def action_close(self) -> None:
        self.dismiss(None)
