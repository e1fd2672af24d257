"""The Calendar tab: the fortnightly communications grid of planned posts.

Keyboard only: n new post, Enter open (approve/reject/retry), e edit, shift+arrows move the
selected post by an hour or a day (London wall clock, so a 09:00 post stays 09:00 across a
clock change), d duplicate, Delete delete (confirmed), v view, r rows per account/day,
[ ] previous/next period, S suspend all / resume. All IO in workers; the store enforces who
may do what.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from brent_tui import clock
from brent_tui.domain.entities import Entity
from brent_tui.domain.errors import UserError
from brent_tui.domain.london import ScheduleError, format_london, london_date, london_to_utc
from brent_tui.domain.models import CouncilAccount, PostStatus, Role, ScheduledPost
from brent_tui.domain.post_length import outgoing_text
from brent_tui.domain.posts import blocking_messages, held_banner
from brent_tui.domain.schedule import View, clashes, move, period, step
from brent_tui.domain.tone import Finding, check_text
from brent_tui.screens.base import BrentScreen
from brent_tui.screens.best_times import BestTimesScreen
from brent_tui.screens.composer import ComposerContext, ComposerScreen
from brent_tui.screens.held_posts import HeldPostsScreen
from brent_tui.screens.planner import PlannerScreen
from brent_tui.screens.post_confirm import ConfirmPostAction
from brent_tui.screens.post_review import PostReviewScreen, describe_post
from brent_tui.widgets.post_grid import LEGEND, Layout, PostGrid

VIEWS: tuple[View, ...] = ("week", "fortnight", "month")


PERIOD = Binding.Group("Earlier/later")  # `[ ]` in the footer
MOVE = Binding.Group("Move", compact=True)  # `⇧↑⇧↓⇧←⇧→`


class CalendarScreen(BrentScreen):
    """Calendar: planned posts on a week, fortnight or month grid per account or per day."""

    MODE = "calendar"
    REFRESH_ON = frozenset({Entity.POSTS, Entity.SUSPENSION, Entity.ACCOUNTS})
    CSS_PATH: ClassVar[list[str]] = ["calendar.tcss", "../widgets/post_grid.tcss"]
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("New post", "Write a post for one or several council accounts", "new_post"),
        ("Suspend all posts", "Hold every scheduled post (major incident, national mourning)", "suspend"),
        ("Resume posts", "Lift the suspension and decide what happens to each held post", "resume"),
        ("Held posts", "Send, keep or re-time each post suspend-all held", "held_posts"),
        ("Forward planner", "Campaigns by month for the year", "planner"),
        ("Best times", "Suggested times per account, with the evidence", "best_times"),
        ("Calendar: week view", "Show one week", "set_view('week')"),
        ("Calendar: fortnight view", "Show the fortnightly communications grid", "set_view('fortnight')"),
        ("Calendar: month view", "Show a month", "set_view('month')"),
        ("Next post awaiting approval", "Jump to the next post a comms officer must approve", "next_awaiting"),
    ]
    # In order of importance: the footer shows as many as fit; `?` lists them all with `tooltip`'s words.
    BINDINGS = [
        Binding("n", "new_post", "New post", id="calendar.new", tooltip="Write a new post"),
        Binding("enter", "open", "Open/approve", id="calendar.open",
                tooltip="Open the post under the cursor (approve it, if it awaits you)"),
        Binding("e", "edit", "Edit", id="calendar.edit", tooltip="Edit the post under the cursor"),
        Binding("left_square_bracket", "period(-1)", "Earlier", id="calendar.prev", group=PERIOD,
                tooltip="The previous week, fortnight or month"),
        Binding("right_square_bracket", "period(1)", "Later", id="calendar.next", group=PERIOD,
                tooltip="The next week, fortnight or month"),
        Binding("v", "cycle_view", "View", id="calendar.view", tooltip="Week, fortnight or month"),
        Binding("a", "next_awaiting", "To approve", id="calendar.awaiting",
                tooltip="Jump to the next post awaiting approval"),
        Binding("shift+up", "move(-1, 0)", "Hour earlier", id="calendar.move_up", group=MOVE, key_display="⇧↑",
                tooltip="Move the post an hour earlier"),
        Binding("shift+down", "move(1, 0)", "Hour later", id="calendar.move_down", group=MOVE, key_display="⇧↓",
                tooltip="Move the post an hour later"),
        Binding("shift+left", "move(0, -1)", "Day earlier", id="calendar.move_left", group=MOVE,
                key_display="⇧←", tooltip="Move the post a day earlier"),
        Binding("shift+right", "move(0, 1)", "Day later", id="calendar.move_right", group=MOVE, key_display="⇧→",
                tooltip="Move the post a day later"),
        Binding("d", "duplicate", "Duplicate", id="calendar.duplicate", tooltip="Copy the post as a new draft"),
        Binding("delete", "delete", "Delete", id="calendar.delete", tooltip="Delete the post (asks first)"),
        Binding("t", "today", "Today", id="calendar.today", tooltip="Back to today"),
        Binding("r", "toggle_rows", "Rows", id="calendar.rows", tooltip="One row per account, or per campaign"),
        Binding("p", "planner", "Planner", id="calendar.planner", tooltip="Plan a campaign's posts"),
        Binding("b", "best_times", "Best times", id="calendar.best", tooltip="Suggested times per account"),
        Binding("S", "suspend_toggle", "Suspend/resume all", id="calendar.suspend",
                tooltip="Suspend every scheduled post, or resume them (asks for a reason)"),
        Binding("R", "held_posts", "Held posts", id="calendar.held",
                tooltip="The posts a suspension holds: resume them one by one or all"),
    ]

    KEY_GROUPS: ClassVar = (
        ("Posts", ("calendar.new", "calendar.open", "calendar.edit", "calendar.duplicate", "calendar.delete",
                   "calendar.awaiting")),
        ("Move the post under the cursor", ("calendar.move_up", "calendar.move_down", "calendar.move_left",
                                            "calendar.move_right")),
        ("What the calendar shows", ("calendar.prev", "calendar.next", "calendar.today", "calendar.view",
                                     "calendar.rows")),
        ("Plan", ("calendar.planner", "calendar.best")),
        ("Emergencies", ("calendar.suspend", "calendar.held")),
        ("Moving around", ("grid.up", "grid.down", "grid.left", "grid.right")),
    )

    def __init__(self) -> None:
        super().__init__()
        self.view: View = "fortnight"
        self.layout_mode: Layout = "account"
        self.anchor: date = clock.today()
        self.accounts: list[CouncilAccount] = []
        self.posts: list[ScheduledPost] = []
        self.clash_notes: dict[int, list[str]] = {}
        self.suspended = False
        self.selected: ScheduledPost | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("", id="calendar-status", markup=False)
        yield Static("", id="calendar-held", markup=False)
        with VerticalScroll(id="calendar-grid-scroll"):
            yield PostGrid(id="calendar-grid")
        yield Static("", id="calendar-legend", markup=False)
        with VerticalScroll(id="calendar-detail-scroll"):
            yield Static("", id="calendar-detail", markup=False)

    def on_mount(self) -> None:
        self.query_one(PostGrid).focus()
        self.warm_rules()
        self.reload()

    @work(thread=True, exit_on_error=False, group="calendar-warm")
    def warm_rules(self) -> None:
        """Load the bank-holiday calendar off the UI thread so the first move is instant."""
        check_text("warm", when=clock.now(), settings=self.config.tone)

    def data_changed(self, entities: frozenset[Entity]) -> None:
        self.reload()

    # ------------------------------------------------------------------ loading

    def _range(self) -> tuple[list[date], datetime, datetime]:
        first, last = period(self.view, self.anchor)
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        start = london_to_utc(first, time(0), nonexistent="shift")
        end = london_to_utc(last + timedelta(days=1), time(0), nonexistent="shift")
        return days, start, end

    @work(exclusive=True, exit_on_error=False, group="calendar-load")
    async def reload(self, select_post: int | None = None) -> None:
        days, start, end = self._range()
        store = self.store
        self.accounts = await store.accounts()
        self.posts = await store.posts_between(start, end)
        planned = await store.planned_posts(start - timedelta(days=1), end + timedelta(days=1))
        self.clash_notes = {}
        for clash in clashes(planned, self.config.tone):
            for pid in clash.post_ids:
                self.clash_notes.setdefault(int(pid), []).append(clash.message)
        suspension = await store.suspension()
        self.suspended = suspension.active
        awaiting = sum(1 for p in self.posts if p.status == PostStatus.AWAITING_APPROVAL)
        failed = sum(1 for p in self.posts if p.status == PostStatus.FAILED)
        untimed = len(await store.untimed_drafts(limit=100))
        held = len(await store.held_posts())
        grid = self.query_one(PostGrid)
        grid.show(days, self.posts, self.accounts, self.clash_notes, self.layout_mode, select_post=select_post)
        status = Text()
        status.append(f" {self.view.capitalize()} {days[0]:%a %d %b} – {days[-1]:%a %d %b %Y}", style="bold")
        status.append(f" · rows per {self.layout_mode} · {len(self.posts)} posts")
        if awaiting:
            status.append(f" · {awaiting} awaiting approval", style="bold")
        if failed:
            status.append(f" · {failed} failed", style="bold red")
        if self.clash_notes:
            status.append(f" · {len(self.clash_notes)} posts clash", style="bold yellow")
        if untimed:
            status.append(f" · {untimed} untimed drafts", style="dim")
        if suspension.active:
            status.append(f"  ‖ ALL POSTS SUSPENDED: {suspension.reason or ''} (S to resume)", style="bold red")
        self.query_one("#calendar-status", Static).update(status)
        banner = self.query_one("#calendar-held", Static)
        banner.display = held > 0
        banner.update(Text(held_banner(held, suspended=suspension.active), style="bold black on yellow"))
        self.query_one("#calendar-legend", Static).update(
            Text(LEGEND + "   ", style="dim") + grid.campaign_legend())
        self.loaded = True

    @on(PostGrid.Selected)
    def _selected(self, event: PostGrid.Selected) -> None:
        self.selected = event.post
        detail = self.query_one("#calendar-detail", Static)
        if event.post is None:
            detail.update(Text("No posts in this period. n writes one.", style="dim"))
            return
        accounts = {a.id or 0: a for a in self.accounts}
        detail.update(describe_post(event.post, accounts, clashes=self.clash_notes.get(event.post.id or 0)))

    # ------------------------------------------------------------------ navigation

    def action_cycle_view(self) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        self.reload()

    def action_set_view(self, view: str) -> None:
        if view in VIEWS:
            self.view = view
            self.reload()

    def action_toggle_rows(self) -> None:
        self.layout_mode = "day" if self.layout_mode == "account" else "account"
        self.reload()

    def action_period(self, n: int) -> None:
        self.anchor = step(self.view, self.anchor, n)
        self.reload()

    def action_today(self) -> None:
        self.anchor = clock.today()
        self.reload()

    @work(exclusive=True, exit_on_error=False, group="calendar-act")
    async def action_next_awaiting(self) -> None:
        waiting = [p for p in await self.store.posts_by_status(PostStatus.AWAITING_APPROVAL)
                   if p.scheduled_at is not None]
        if not waiting:
            self.notify("Nothing is awaiting approval.", markup=False)
            return
        _, start, _ = self._range()
        later = [p for p in waiting if p.scheduled_at and p.scheduled_at >= start] or waiting
        post = later[0]
        assert post.scheduled_at is not None
        self.anchor = london_date(post.scheduled_at)
        self.reload(select_post=post.id)

    # ------------------------------------------------------------------ posts

    def _composer_context(self, post: ScheduledPost | None = None) -> ComposerContext:
        approvers = self.config.people_with_role(Role.COMMS_OFFICER)
        default = None
        if post is None:
            # An hour from now, on the hour: real time, so the night the clocks go forward (when
            # 01:30 London does not exist) still has a default.
            default = (clock.now() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        return ComposerContext(accounts=self.accounts, tone=self.config.tone, approvers=approvers, post=post,
                               default_at=default)

    def _after_compose(self, saved: ScheduledPost | None) -> None:
        if saved is not None:
            if saved.scheduled_at is not None:
                self.anchor = london_date(saved.scheduled_at)
            self.reload(select_post=saved.id)

    def action_new_post(self) -> None:
        if not self.accounts:
            self.notify("There are no council accounts to post to yet: add them on the Accounts tab.",
                        severity="warning", markup=False)
            return
        self.app.push_screen(ComposerScreen(self._composer_context()), self._after_compose)

    def action_edit(self) -> None:
        if self.selected is None:
            return
        self.app.push_screen(ComposerScreen(self._composer_context(self.selected)), self._after_compose)

    def action_open(self) -> None:
        post = self.selected
        if post is None or post.id is None:
            return

        def closed(changed: bool | None) -> None:
            self.reload(select_post=post.id)

        self.app.push_screen(PostReviewScreen(post.id, self.accounts, self.clash_notes.get(post.id)), closed)

    def action_move(self, hours: int, days: int) -> None:
        post = self.selected
        if post is None or post.id is None or post.scheduled_at is None:
            return
        try:
            new_at = move(post.scheduled_at, hours=hours, days=days)
        except ScheduleError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        findings = check_text(outgoing_text(post.body, post.hashtags, post.link), when=new_at,
                              settings=self.config.tone)
        self._move(post, new_at, findings)

    @work(exclusive=True, exit_on_error=False, group="calendar-act")
    async def _move(self, post: ScheduledPost, new_at: datetime, findings: list[Finding]) -> None:
        try:
            moved = await self.store.move_post(self.actor, post.id or 0, new_at, expected_version=post.version,
                                               findings=findings)
        except UserError as exc:
            self.show_error(exc)
            self.reload(select_post=post.id)
            return
        days, _, _ = self._range()
        local_day = london_date(new_at)
        if local_day not in days:
            self.anchor = local_day
        if moved.status == PostStatus.AWAITING_APPROVAL and post.status != PostStatus.AWAITING_APPROVAL:
            self.notify("At its new time this post needs approval: " +
                        "; ".join(blocking_messages(findings)),
                        severity="warning", markup=False)
        self.reload(select_post=post.id)

    @work(exclusive=True, exit_on_error=False, group="calendar-act")
    async def action_duplicate(self) -> None:
        post = self.selected
        if post is None or post.id is None:
            return
        try:
            copy = await self.store.duplicate_post(self.actor, post.id)
        except UserError as exc:
            self.show_error(exc)
            return
        self.notify("Duplicated as a draft at the same time: move it (shift+arrows) or edit it (e).", markup=False)
        self.reload(select_post=copy.id)

    def action_delete(self) -> None:
        post = self.selected
        if post is None or post.id is None:
            return
        when = format_london(post.scheduled_at) if post.scheduled_at else "no time"

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(post)

        self.app.push_screen(ConfirmPostAction(
            "Delete this post?", f"{when} — {post.body[:120]}\nIt will not go out on any account. "
            "This is recorded in the audit log."), answered)

    @work(exclusive=True, exit_on_error=False, group="calendar-act")
    async def _delete(self, post: ScheduledPost) -> None:
        try:
            await self.store.delete_post(self.actor, post.id or 0, expected_version=post.version)
        except UserError as exc:
            self.show_error(exc)
            return
        self.notify("Post deleted.", markup=False)
        self.reload()

    # ------------------------------------------------------------------ suspend all

    def action_suspend_toggle(self) -> None:
        if self.suspended:
            self.action_resume()
        else:
            self.action_suspend()

    def action_suspend(self) -> None:
        self.ask_suspend_all(then=self.reload)

    def action_held_posts(self) -> None:
        self.app.push_screen(HeldPostsScreen(self.accounts), lambda _: self.reload())

    @work(exclusive=True, exit_on_error=False, group="calendar-act")
    async def action_resume(self) -> None:
        try:
            await self.store.set_suspension(self.actor, active=False)
        except UserError as exc:
            self.show_error(exc)
            return
        await self.brent.sync_now()
        self.reload()
        self.app.push_screen(HeldPostsScreen(self.accounts), lambda _: self.reload())

    # ------------------------------------------------------------------ views

    def action_planner(self) -> None:
        self.app.push_screen(PlannerScreen(self.anchor.year))

    def action_best_times(self) -> None:
        self.app.push_screen(BestTimesScreen(self.accounts))
