"""The mention in focus on the Triage tab: who said it, what, the three factors, the suggestion, the thread."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from brent_tui.domain import foi
from brent_tui.domain.language import language_name, reader_needed
from brent_tui.domain.london import format_london
from brent_tui.domain.models import Mention, Route
from brent_tui.domain.routing import RoutePlan
from brent_tui.domain.text import at_handle, clean, compact_number, handle_warning, safe_text, snippet

LEVEL_STYLE = {"low": "dim", "medium": "yellow", "high": "bold yellow", "very high": "bold red"}


def _factor_line(line: str) -> Text:
    """`reach high (0.72) — reach: 48k followers (high)` → a styled line with a bar."""
    name, _, rest = line.partition(" ")
    level = next((lv for lv in ("very high", "medium", "high", "low") if rest.startswith(lv)), "")
    score = 0.0
    if "(" in rest:
        try:
            score = float(rest.split("(", 1)[1].split(")", 1)[0])
        except ValueError:
            score = 0.0
    reason = rest.split(" — ", 1)[1] if " — " in rest else rest
    bar = "█" * round(score * 10) + "░" * (10 - round(score * 10))
    out = Text(f"{name:<12}", style="bold")
    out.append(bar + " ", style=LEVEL_STYLE.get(level, ""))
    out.append(f"{level:<9} ", style=LEVEL_STYLE.get(level, ""))
    out.append(reason)
    return out


class TriageCard(Static):
    """Renders one mention with its factors and suggested route; all untrusted text made inert."""

    DEFAULT_CSS = """
    TriageCard { height: auto; padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self.mention: Mention | None = None

    def show_empty(self, message: str) -> None:
        self.mention = None
        self.update(Text(message, style="italic"))

    def show(
        self,
        mention: Mention,
        *,
        thread: Sequence[Mention] | None = None,
        watch_reason: str | None = None,
        department: str | None = None,
        assignee: str | None = None,
        marked: bool = False,
        plan: RoutePlan | None = None,
        taken: str | None = None,
    ) -> None:
        """`plan` is what accepting the suggestion would do (`domain.routing.plan_route`); `taken` says
        who decided the mention elsewhere while it was on this card."""
        self.mention = mention
        parts: list[Text] = []
        if taken:
            parts.append(Text(f"✗ {taken}", style="bold reverse red"))
        if watch_reason:
            parts.append(Text(f"↺ WATCHED — back in the queue: {clean(watch_reason, single_line=True)}", style="bold magenta"))
        head = Text()
        if marked:
            head.append("● marked  ", style="bold cyan")
        head.append(safe_text(mention.author_name or mention.author_handle, "bold", single_line=True, limit=80))
        head.append(" " + at_handle(mention.author_handle))
        followers = "followers unknown" if mention.author_followers is None else \
            f"{compact_number(mention.author_followers)} followers"
        head.append(f"  · {mention.platform.value} · {followers}{' · verified' if mention.author_verified else ''}"
                    f" · {format_london(mention.created_at, '%a %d %b %H:%M')}", style="dim")
        reader = reader_needed(mention.reasons)
        if reader:
            head.append(f"  NEEDS A READER OF {reader.upper()}", style="bold reverse yellow")
        elif mention.detected_language and mention.detected_language != "en":
            head.append(f"  · in {language_name(mention.detected_language)}", style="dim")
        parts.append(head)
        if warning := handle_warning(mention.author_handle):
            parts.append(Text(f"⚠ Check the author: {warning}.", style="bold yellow"))
        if mention.foi_flag:
            parts.append(Text(foi.request_line(mention.foi_valid),
                              style="bold reverse" if mention.foi_valid is not False else "bold yellow reverse"))
        lines = (mention.reasons or "").splitlines()
        # What Enter would do comes first, above the text, so it is on screen at 80×24 however long
        # the text and the reasons run; the text and the reasons follow.
        if not lines:
            parts.append(Text("not scored yet — the suggestion appears in a few seconds", style="italic dim"))
        else:
            label, _, why = lines[0].removeprefix("suggested ").partition(": ")
            route = Text("Suggested: ", style="bold")
            route.append(label, style="bold green")
            route.append("   Enter accepts", style="dim")
            parts.append(route)
        target = Text("Department: ", style="bold")
        target.append(department or mention.department or "—")
        if department and department != mention.department:
            target.append(" (chosen)", style="cyan")
        target.append("   Assignee: ", style="bold")
        if assignee:
            target.append(assignee)
        elif plan is not None:
            target.append(plan.assignee or "nobody", style="dim")
            if plan.due_at is not None:
                target.append(f" · due {format_london(plan.due_at, '%a %H:%M')}", style="dim")
        else:
            target.append("default for the route", style="dim")
        if mention.suggested_route is not None:
            target.append(f"   priority {mention.priority or 0:.3f}", style="dim")
        parts.append(target)
        parts.append(safe_text(mention.text, limit=2000))
        parts.append(Text(""))
        if lines and why:
            parts.append(Text.assemble(("Why: ", "bold"), (why, "dim")))
        for line in lines[1:]:
            if line.split(" ", 1)[0] in ("reach", "criticality", "importance"):
                parts.append(_factor_line(line))
            else:
                parts.append(Text("            " + line, style="dim"))
        if thread:
            parts.append(Text(f"Thread ({len(thread)} in the cache):", style="bold"))
            for t in thread[:6]:
                line = Text("  ▸ " if t.id == mention.id else "    ", style="bold" if t.id == mention.id else "dim")
                line.append(f"{format_london(t.created_at, '%H:%M')} ")
                line.append(at_handle(t.author_handle, limit=24))
                line.append(": ")
                line.append(snippet(t.text, 90))
                parts.append(line)
        self.update(Text("\n").join(parts))


def route_legend() -> Text:
    """`1 No action — monitor  2 Customer services …` for under the card."""
    text = Text()
    for route in Route:
        text.append(f" {int(route)} ", style="bold reverse")
        text.append(f" {route.label}  ")
    return text
