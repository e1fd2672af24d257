"""The composer: one post for one or several council accounts, checked as you type.

Per-network counts (the way each network counts) and the tone findings update on every
keystroke (pure functions, well under a millisecond for a post). The time is London
wall-clock; the missing March hour is refused with a message naming valid times. Saving
goes through the store, which decides: scheduled, or sent for approval (a blocking finding or
an account that requires approval), or a draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, SelectionList, Static, TextArea

from brent_tui import clock
from brent_tui.domain.errors import UserError
from brent_tui.domain.london import ScheduleError, london_to_utc, utc_to_london
from brent_tui.domain.models import CouncilAccount, PlannedPost, ScheduledPost
from brent_tui.domain.post_length import count, outgoing_text
from brent_tui.domain.posts import approval_reason, saved_note
from brent_tui.domain.text import clean
from brent_tui.domain.tone import Finding, Severity, ToneSettings, blocking, check_post
from brent_tui.screens.post_confirm import close_asking_first
from brent_tui.store.posts import PostDraft
from brent_tui.widgets.ticks import TickBox, TickList


@dataclass
class ComposerContext:
    """What the composer needs from the Calendar: accounts, rules, who approves."""

    accounts: list[CouncilAccount]
    tone: ToneSettings
    approvers: list[str]
    post: ScheduledPost | None = None  # editing
    default_at: datetime | None = None  # UTC


def parse_london(day: str, hhmm: str) -> datetime:
    """'2026-11-24' and '09:30' (London) → UTC, or a `ScheduleError` saying what is wrong."""
    try:
        d = date.fromisoformat(day.strip())
    except ValueError as exc:
        raise ScheduleError(f"“{day}” is not a date: use YYYY-MM-DD, e.g. 2026-11-24") from exc
    try:
        t = time.fromisoformat(hhmm.strip())
    except ValueError as exc:
        raise ScheduleError(f"“{hhmm}” is not a time: use HH:MM (24-hour London time), e.g. 09:30") from exc
    return london_to_utc(d, t)


class ComposerScreen(ModalScreen[ScheduledPost | None]):
    """Write, check and schedule a post; Esc cancels without saving (asking first if anything was typed)."""

    TITLE = "Write a post"  # how `?` names this window

    CSS_PATH = "composer.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save(True)", "Schedule / submit", priority=True, id="composer.schedule"),
        Binding("ctrl+o", "save(False)", "Save draft", priority=True, id="composer.draft"),
        Binding("escape", "cancel", "Cancel", id="composer.cancel"),
    ]

    def __init__(self, context: ComposerContext) -> None:
        super().__init__()
        self.context = context
        self.existing: list[PlannedPost] = []
        self.findings: list[Finding] = []
        self.when: datetime | None = None
        self.time_error: str | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        post = self.context.post
        at = post.scheduled_at if post and post.scheduled_at else self.context.default_at
        local = utc_to_london(at) if at else None
        chosen = {t.account_id for t in post.targets} if post else set()
        with Vertical(id="composer"):
            yield Static("Edit post" if post else "New post", id="composer-title", markup=False)
            with Horizontal():
                with VerticalScroll(id="composer-form"):  # at 80×24 the fields below scroll into view
                    yield Label("Accounts (space ticks)")
                    yield TickList[int](
                        *[(Text(f"{a.handle}  ({a.platform.value}{', needs approval' if a.requires_approval else ''})"),
                           a.id or 0, (a.id in chosen)) for a in self.context.accounts],
                        id="composer-accounts",
                    )
                    yield Label("Text")
                    yield TextArea(post.body if post else "", id="composer-body", soft_wrap=True,
                                   show_line_numbers=False)
                    with Horizontal(classes="composer-row"):
                        yield Input(post.campaign or "" if post else "", placeholder="Campaign", id="composer-campaign")
                        yield Input(" ".join("#" + h.lstrip("#") for h in post.hashtags) if post else "",
                                    placeholder="Hashtags: #Brent #recycling", id="composer-hashtags")
                    yield Input(post.link or "" if post else "", placeholder="Link (https://…)", id="composer-link")
                    with Horizontal(classes="composer-row"):
                        yield Input(f"{local:%Y-%m-%d}" if local else "", placeholder="Date YYYY-MM-DD",
                                    id="composer-date")
                        yield Input(f"{local:%H:%M}" if local else "", placeholder="London HH:MM", id="composer-time")
                    with Horizontal(classes="composer-row"):
                        yield TickBox("Post now", id="composer-now")
                        yield TickBox("Replies covered", id="composer-rostered")
                with VerticalScroll(id="composer-checks"):
                    yield Static("", id="composer-counts", markup=False)
                    yield Static("", id="composer-findings", markup=False)
            yield Static("", id="composer-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#composer-body", TextArea).focus()
        self.recheck()
        self.load_existing()
        self.opened_as = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        """Everything the officer can type or tick: a change since opening is unsaved work."""
        inputs = tuple(i.value for i in self.query(Input))
        boxes = tuple(c.value for c in self.query(Checkbox))
        accounts = tuple(sorted(self.query_one("#composer-accounts", SelectionList).selected))
        return (self.query_one("#composer-body", TextArea).text, inputs, boxes, accounts)

    @work(exclusive=True, exit_on_error=False, group="composer-load")
    async def load_existing(self) -> None:
        """Posts already planned nearby, for the per-account caps and gaps."""
        now = clock.now()
        store = self.app.store  # type: ignore[attr-defined]
        self.existing = await store.planned_posts(now - timedelta(days=2), now + timedelta(days=400),
                                                  exclude_post=self.context.post.id if self.context.post else None)
        self.recheck()

    # ------------------------------------------------------------------ live checks

    def _selected_accounts(self) -> list[CouncilAccount]:
        ids = set(self.query_one("#composer-accounts", SelectionList).selected)
        return [a for a in self.context.accounts if a.id in ids]

    def _hashtags(self) -> list[str]:
        raw = self.query_one("#composer-hashtags", Input).value
        return [t.lstrip("#") for t in raw.replace(",", " ").split() if t.strip("#")]

    def _text(self) -> str:
        body = self.query_one("#composer-body", TextArea).text
        return outgoing_text(body, self._hashtags(), self.query_one("#composer-link", Input).value.strip() or None)

    def _resolve_time(self) -> None:
        self.time_error = None
        if self.query_one("#composer-now", Checkbox).value:
            self.when = clock.now()
            return
        day = self.query_one("#composer-date", Input).value
        hhmm = self.query_one("#composer-time", Input).value
        if not day.strip() and not hhmm.strip():
            self.when = None
            return
        try:
            self.when = parse_london(day, hhmm)
        except ScheduleError as exc:
            self.when = None
            self.time_error = str(exc)

    @on(TextArea.Changed)
    @on(Input.Changed)
    @on(Checkbox.Changed)
    @on(SelectionList.SelectedChanged)
    def recheck(self) -> None:
        """Counts and findings for what is on screen now."""
        self._resolve_time()
        accounts = self._selected_accounts()
        text = self._text()
        platforms = list(dict.fromkeys(a.platform for a in accounts))
        counts = Text()
        if not platforms:
            counts.append("Tick at least one account.\n", style="bold")
        for platform in platforms:
            c = count(text, platform, mastodon_limit=self.context.tone.mastodon_limit)
            counts.append(f"{platform.value:<9} ", style="bold")
            counts.append(c.describe(), style="" if c.ok else "bold red")
            if not c.ok:
                counts.append(f"  {c.over_by or c.bytes_over_by} over", style="bold red")
            counts.append("\n")
        if self.time_error:
            counts.append(self.time_error + "\n", style="bold red")
        elif self.when is not None:
            counts.append(f"Goes out {utc_to_london(self.when):%a %d %b %Y %H:%M} London\n")
        else:
            counts.append("No time yet: ctrl+o saves a draft.\n", style="dim")
        self.query_one("#composer-counts", Static).update(counts)
        when = self.when or clock.now()
        self.findings = check_post(
            text, when=when, platforms=platforms, account_handles=[a.handle for a in accounts],
            existing=self.existing if self.when else [], settings=self.context.tone,
            rostered=self.query_one("#composer-rostered", Checkbox).value,
            post_id=self.context.post.id if self.context.post else None,
        ) if accounts or text.strip() else []
        self.query_one("#composer-findings", Static).update(self._findings_text(accounts))

    def _findings_text(self, accounts: list[CouncilAccount]) -> Text:
        out = Text()
        if not self.findings:
            out.append("Tone check: nothing to flag.\n", style="bold")
        for f in self.findings:
            label = "BLOCKS" if f.severity == Severity.BLOCK else "warning"
            out.append(f"{label} · {f.rule.replace('_', ' ')}: ", style="bold red" if f.severity == Severity.BLOCK
                       else "bold yellow")
            out.append(clean(f.message) + "\n")
        reason = approval_reason(self.findings, accounts)
        if blocking(self.findings):  # honest: an approver cannot clear a blocking finding (domain.posts)
            out.append("\nA finding BLOCKS this post: nobody can approve it until you change it. ctrl+s sends it "
                       "to a communications officer for advice; ctrl+o saves a draft.", style="bold")
        elif reason is not None:
            out.append(f"\nctrl+s sends this to a communications officer for approval ({reason}).", style="bold")
        return out

    # ------------------------------------------------------------------ saving

    def action_cancel(self) -> None:
        """Esc: close — but never throw away what was typed without asking."""
        close_asking_first(self, edited=self._snapshot() != getattr(self, "opened_as", None))

    def action_save(self, submit: bool) -> None:
        self.recheck()
        accounts = self._selected_accounts()
        error = None
        if not accounts:
            error = "Tick at least one account (space on the list)."
        elif self.time_error:
            error = self.time_error
        elif submit and self.when is None:
            error = "Choose a date and time (London), or tick “Post now”."
        if error:
            self.query_one("#composer-error", Static).update(Text(error, style="bold red"))
            return
        body = self.query_one("#composer-body", TextArea).text
        draft = PostDraft(
            body=body, account_ids=[a.id or 0 for a in accounts], scheduled_at=self.when,
            link=self.query_one("#composer-link", Input).value.strip() or None,
            campaign=self.query_one("#composer-campaign", Input).value.strip() or None, hashtags=self._hashtags(),
        )
        self._save(draft, submit)

    @work(exclusive=True, exit_on_error=False, group="composer-save")
    async def _save(self, draft: PostDraft, submit: bool) -> None:
        app = self.app
        post = self.context.post
        try:
            saved = await app.store.save_post(  # type: ignore[attr-defined]
                app.actor, draft, findings=self.findings, submit=submit,  # type: ignore[attr-defined]
                post_id=post.id if post else None, expected_version=post.version if post else None,
                approvers=self.context.approvers,
            )
        except UserError as exc:
            self.query_one("#composer-error", Static).update(Text(str(exc), style="bold red"))
            return
        self.app.notify(saved_note(saved.status), markup=False)
        self.dismiss(saved)
