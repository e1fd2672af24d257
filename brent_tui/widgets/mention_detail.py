"""The feed's detail pane: one mention in full, its author and reach, thread, links and decisions.

Everything from the mention (text, names, handles, links) is built with `brent_tui.domain.text`, as
`rich.text.Text` without markup parsing, so a mention can never style or move the screen.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from brent_tui.domain.language import language_name, reader_needed
from brent_tui.domain.london import format_london
from brent_tui.domain.models import Mention, Route
from brent_tui.domain.text import MAX_DETAIL_CHARS, clean, compact_number, handle_warning, safe_text, snippet
from brent_tui.services.feed import STATUS_LABEL, MentionDetailData

THREAD_SHOWN = 12


def _line(label: str, value: str | Text, style: str = "") -> Text:
    text = Text(f"{label}: ", style="bold")
    if isinstance(value, Text):
        text.append_text(value)
    else:
        text.append(value, style=style)
    return text


def _language(m: Mention) -> str:
    """The detected language, the network's own when it differs, and whether a reader is needed."""
    shown = language_name(m.detected_language) if m.detected_language else "too short to tell"
    if m.language and m.language.split("-")[0].lower() != (m.detected_language or ""):
        shown += f" (the network says {clean(m.language, single_line=True, limit=20)})"
    reader = reader_needed(m.reasons)
    if reader:
        shown += f" · needs a reader of {reader}"
    return shown


def _who(m: Mention) -> str:
    name = clean(m.author_name or m.author_handle, single_line=True, limit=80)
    handle = clean(m.author_handle, single_line=True, limit=80)
    return name if name == handle else f"{name} ({handle})"


def detail_renderable(data: MentionDetailData) -> Group:
    """The pane's content for one mention (pure: safe Text objects only)."""
    m = data.mention
    parts: list[Text] = []
    head = Text()
    head.append(f"{m.platform.value} · {format_london(m.created_at)} · ", style="dim")
    head.append(STATUS_LABEL[m.status], style="bold")
    if data.replying:  # at the top: the one thing another officer must see before replying too
        head.append(f"  ✎ {clean(data.replying, single_line=True)} is replying", style="bold yellow")
    parts.append(head)
    parts.append(_line("From", _who(m) + f" · {compact_number(m.author_followers)} followers"
                       + (" · verified" if m.author_verified else "")))
    if warning := handle_warning(m.author_handle):
        parts.append(_line("Check", f"{warning}."))
    if m.account_handle:
        parts.append(_line("Mentions", clean(m.account_handle, single_line=True, limit=80)))
    parts.append(Text(""))
    parts.append(safe_text(m.text, limit=MAX_DETAIL_CHARS))
    if data.edits:  # an edited post: the officer sees that it changed, and what it said before
        last = data.edits[-1]
        times = "once" if len(data.edits) == 1 else f"{len(data.edits)} times"
        parts.append(_line("Edited", f"{times}, last on {format_london(last.replaced_at, '%d %b %Y %H:%M')}; "
                                     f"before: {snippet(last.text, 200)}", "yellow"))
    parts.append(Text(""))

    engagement = [f"{n} {label}" for n, label in ((m.likes, "likes"), (m.reposts, "reposts"),
                                                  (m.replies, "replies"), (m.quotes, "quotes")) if n]
    if engagement:
        parts.append(_line("Engagement", " · ".join(engagement)))
    band = data.band
    if band is not None and m.sentiment is not None:
        parts.append(_line("Sentiment", f"{band} ({m.sentiment:+.2f})",
                           "red" if band == "negative" else "green" if band == "positive" else ""))
    if m.suggested_route is not None:
        route = Route(m.suggested_route)
        suggestion = f"{route.value} {route.label}"
        if m.department:
            suggestion += f" → {clean(m.department, single_line=True)}"
        parts.append(_line("Suggested", suggestion, "bold red" if route == Route.ESCALATE else ""))
    if m.detected_language or m.language:
        parts.append(_line("Language", _language(m), "bold yellow" if reader_needed(m.reasons) else ""))
    if m.reasons:
        parts.append(_line("Why", snippet("; ".join(m.reasons.splitlines()), 300)))  # one reason per line
    if m.url:
        parts.append(_line("Original", clean(m.url, single_line=True, limit=300)))

    a = data.author
    if a is not None:
        parts.append(Text(""))
        parts.append(Text("Author", style="bold underline"))
        reach = f"{compact_number(a.followers)} followers" + (" · verified" if a.verified else "")
        parts.append(Text(f"{clean(a.display_name or a.handle, single_line=True, limit=80)} · "
                          f"{clean(a.handle, single_line=True, limit=80)} · {a.platform.value}"))
        recent = f"{data.author_recent}{'+' if data.author_recent >= 50 else ''} mentions in the cache"
        parts.append(Text(f"{reach} · {recent}", style="dim"))
        if a.url:
            parts.append(Text(clean(a.url, single_line=True, limit=300), style="dim"))

    parts.append(Text(""))
    parts.append(Text(f"Thread ({len(data.thread)} in the cache)", style="bold underline"))
    if not data.thread:
        parts.append(Text("No parent or replies in the cache.", style="dim"))
    for t in data.thread[:THREAD_SHOWN]:
        relation = "parent" if m.reply_to_id and t.platform_id == m.reply_to_id else (
            "reply" if t.reply_to_id == m.platform_id else "thread")
        line = Text(f"{format_london(t.created_at, '%d %b %H:%M')} {relation:<6} ", style="dim")
        line.append(f"{snippet(t.author_name or t.author_handle, 24)}: ", style="bold")
        line.append(snippet(t.text, 200))
        parts.append(line)
    if len(data.thread) > THREAD_SHOWN:
        parts.append(Text(f"… and {len(data.thread) - THREAD_SHOWN} more", style="dim"))

    if data.links:
        parts.append(Text(""))
        parts.append(Text("Links in the text", style="bold underline"))
        for link in data.links:
            parts.append(Text(f"• {link}", overflow="fold"))

    parts.append(Text(""))
    parts.append(Text("Decisions", style="bold underline"))
    if not data.decisions:
        parts.append(Text("Not triaged yet.", style="dim"))
    for d in data.decisions:
        line = Text(f"{format_london(d.decided_at, '%d %b %H:%M')} {clean(d.decided_by, single_line=True)}: ")
        if d.undo:
            line.append("undid the previous decision", style="italic")
        else:
            line.append(f"{d.route.value} {Route(d.route).label}", style="bold")
            if d.department:
                line.append(f" → {clean(d.department, single_line=True)}")
            if d.assignee:
                line.append(f" ({clean(d.assignee, single_line=True)})")
        if d.superseded_by is not None:
            line.append("  superseded", style="dim")
        if d.reason:
            line.append(f" — {snippet(d.reason, 200)}", style="dim")
        parts.append(line)
    return Group(*parts)


class MentionDetail(VerticalScroll):
    """Scrollable pane (tab focuses it for arrow keys); `show` replaces its content."""

    DEFAULT_CSS = """
    MentionDetail > #detail-body { height: auto; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mention: Mention | None = None
        self.data: MentionDetailData | None = None

    def compose(self):
        yield Static("Select a mention to see it in full.", id="detail-body", markup=False)

    def show(self, data: MentionDetailData | None) -> None:
        self.data = data
        self.mention = data.mention if data else None
        body = self.query_one("#detail-body", Static)
        if data is None:
            body.update(Text("That mention is no longer in the cache."))
        else:
            body.update(detail_renderable(data))
        self.scroll_home(animate=False)

    def clear(self) -> None:
        self.data = None
        self.mention = None
        self.query_one("#detail-body", Static).update("No mention selected.")

    def plain_text(self) -> str:
        """What the pane shows, as plain text (tests, copy)."""
        if self.data is None:
            return ""
        return "\n".join(t.plain for t in detail_renderable(self.data).renderables)  # type: ignore[union-attr]
