"""The Accounts tab: requests for new accounts awaiting review, then the registry of every council account.

Requests come first, open ones oldest first, those waiting on the signed-in user marked and on top:
the strategy says nobody opens an account without the web team and their head of service. The
registry flags dormant accounts (no post for `app.dormant_days`) and accounts without a named
owner; the detail pane shows followers over time, our recent posts and recent mentions.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Static

from brent_tui import clock
from brent_tui.domain.accounts import (
    OPEN_STATUSES,
    Party,
    RegistryEntry,
    RegistryFilter,
    RequestDraft,
    Reviewers,
    ReviewState,
    request_age,
    review_state,
)
from brent_tui.domain.entities import Entity
from brent_tui.domain.london import format_london, london_date
from brent_tui.domain.models import AccountRequest, AccountReview, Platform, RequestStatus, Role
from brent_tui.domain.text import clean, compact_number, snippet
from brent_tui.screens.account_request_form import AccountRequestForm
from brent_tui.screens.account_review import AccountReviewScreen
from brent_tui.screens.base import BrentScreen
from brent_tui.widgets.follower_sparkline import FollowerSparkline

CLOSED_SHOWN = 50


def _short_date(when: datetime | None, now: datetime) -> str:
    """'24 Nov' this year, 'Sep 2025' before: the registry's narrow last-post column."""
    if when is None:
        return "never"
    return format_london(when, "%d %b" if london_date(when).year == london_date(now).year else "%b %Y")


class AccountsScreen(BrentScreen):
    """Accounts: requests awaiting review first, then the registry with dormant/no-owner flags."""

    MODE = "accounts"
    REFRESH_ON = frozenset({Entity.ACCOUNTS, Entity.ACCOUNT_REQUESTS, Entity.POSTS})
    CSS_PATH = "accounts.tcss"
    BINDINGS = [
        Binding("n", "new_request", "New request", id="accounts.new_request", tooltip="Request a new account"),
        Binding("enter", "open_request", "Open request", id="accounts.open", show=False,
                tooltip="Open the request under the cursor"),
        Binding("a", "review('approve')", "Approve", id="accounts.approve", tooltip="Approve the request"),
        Binding("i", "review('more_info')", "Ask info", id="accounts.more_info",
                tooltip="Ask the requester for more information"),
        Binding("x", "review('reject')", "Reject", id="accounts.reject", tooltip="Reject the request, with a reason"),
        Binding("r", "review('answer')", "Answer", id="accounts.answer",
                tooltip="Answer a request for more information (yours)"),
        Binding("w", "review('withdraw')", "Withdraw", id="accounts.withdraw", show=False,
                tooltip="Withdraw your request"),
        Binding("p", "cycle_network", "Network", id="accounts.filter_network",
                tooltip="Show one network's accounts, the next, or all"),
        Binding("s", "cycle_service", "Service", id="accounts.filter_service",
                tooltip="Show one service's accounts, the next, or all"),
        Binding("d", "toggle_dormant", "Dormant", id="accounts.filter_dormant",
                tooltip="Only accounts with no recent post, or all"),
        Binding("o", "toggle_no_owner", "No owner", id="accounts.filter_owner",
                tooltip="Only accounts nobody manages, or all"),
        Binding("c", "clear_filters", "Clear filters", id="accounts.filter_clear", show=False,
                tooltip="Show every account again"),
    ]
    KEY_GROUPS: ClassVar = (
        ("Requests for new accounts", ("accounts.new_request", "accounts.open", "accounts.approve",
                                       "accounts.more_info", "accounts.reject", "accounts.answer",
                                       "accounts.withdraw")),
        ("Which accounts the registry shows", ("accounts.filter_network", "accounts.filter_service",
                                               "accounts.filter_dormant", "accounts.filter_owner",
                                               "accounts.filter_clear")),
    )
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Request a new account", "The four questions, owners and frequency; web team and head of service decide",
         "new_request"),
        ("Accounts: dormant only", "Show only accounts with no post for the dormant threshold", "toggle_dormant"),
        ("Accounts: without an owner", "Show only accounts nobody is named to run", "toggle_no_owner"),
        ("Accounts: clear filters", "Show every account in the registry", "clear_filters"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[RegistryEntry] = []
        self.shown: list[RegistryEntry] = []
        self.requests: list[AccountRequest] = []
        self.reviews: dict[int, list[AccountReview]] = {}
        self.filter = RegistryFilter()
        self._synced = False
        self._detail_for: int | None = None
        self._open_count = 0
        self._mine = 0

    def compose_body(self) -> ComposeResult:
        yield Static("Loading…", id="accounts-status", markup=False)
        yield Static("Requests for new accounts", classes="accounts-title", markup=False)
        requests: DataTable[Text | str] = DataTable(id="accounts-requests", cursor_type="row", zebra_stripes=True)
        # What a reviewer decides on first (status, age, whose turn); at 80 columns the rest is scrolled to.
        requests.add_columns("#", "Handle", "Status", "Age", "Whose turn", "Network", "Department", "Requester")
        yield requests
        yield Static("Registry", classes="accounts-title", id="accounts-registry-title", markup=False)
        with Horizontal(id="accounts-main"):
            registry: DataTable[Text | str] = DataTable(id="accounts-registry", cursor_type="row",
                                                        zebra_stripes=True)
            registry.add_columns("Network", "Handle", "Service", "Flags", "Last post", "Followers", "/day")
            yield registry
            with VerticalScroll(id="accounts-detail"):
                yield Static("", id="accounts-detail-head", markup=False)
                yield FollowerSparkline(id="accounts-followers")
                yield Static("", id="accounts-detail-posts", markup=False)
                yield Static("", id="accounts-detail-mentions", markup=False)

    def on_mount(self) -> None:
        self.load()

    # ------------------------------------------------------------------ loading

    def _reviewers(self, request: AccountRequest) -> Reviewers:
        return self.config.reviewers(request.department)

    def _state(self, request: AccountRequest) -> ReviewState:
        return review_state(request, self.reviews.get(request.id or 0, []))

    def waiting_on_me(self, request: AccountRequest) -> bool:
        state = self._state(request)
        me = self.actor
        if Party.REQUESTER in state.waiting_on:
            return request.requester == me.login
        if Party.WEB_TEAM in state.waiting_on and me.role is Role.WEB_TEAM:
            return True
        return Party.HEAD in state.waiting_on and self._reviewers(request).head == me.login

    @work(exclusive=True, exit_on_error=False, group="accounts-load")
    async def load(self) -> None:
        store = self.store
        now = clock.now()
        if not self._synced and self.config.accounts:
            await store.sync_config_accounts(self.config.accounts)
        self._synced = True
        entries = await store.registry(now=now, dormant_days=self.config.app.dormant_days)
        open_requests = await store.account_requests(statuses=OPEN_STATUSES)
        done = await store.account_requests(
            statuses=[s for s in RequestStatus if s not in OPEN_STATUSES], limit=CLOSED_SHOWN)
        reviews = {r.id or 0: await store.account_reviews(r.id or 0) for r in open_requests}
        self.entries, self.reviews = entries, reviews
        self.requests = sorted(open_requests, key=lambda r: (not self.waiting_on_me(r), r.created_at)) + done
        self._fill_requests(now)
        self._fill_registry()
        self.loaded = True

    def _fill_requests(self, now: datetime) -> None:
        table = self.query_one("#accounts-requests", DataTable)
        keep = table.cursor_row
        table.clear()
        mine = 0
        for req in self.requests:
            is_open = req.status in OPEN_STATUSES
            state = self._state(req) if is_open else None
            me = is_open and self.waiting_on_me(req)
            mine += me
            style = "bold reverse" if me else ("" if is_open else "dim")
            turn = state.turn_label(req, self._reviewers(req)) if state else "—"
            table.add_row(
                Text(str(req.id), style=style), Text(snippet(req.handle, 22), style=style),
                Text(req.status.value.replace("_", " "), style=style),
                Text(request_age(req.created_at, now), style=style),
                Text(("▶ you · " if me else "") + turn, style=style),
                Text(req.platform.value, style=style), Text(snippet(req.department, 14), style=style),
                Text(req.requester, style=style),
                key=str(req.id),
            )
        if self.requests and keep is not None:
            table.move_cursor(row=min(keep, len(self.requests) - 1))
        open_count = sum(r.status in OPEN_STATUSES for r in self.requests)
        self._open_count, self._mine = open_count, mine
        self._status()

    def _fill_registry(self) -> None:
        now = clock.now()
        table = self.query_one("#accounts-registry", DataTable)
        keep = table.cursor_row
        table.clear()
        self.shown = [e for e in self.entries if self.filter.matches(e)]
        for e in self.shown:
            a = e.account
            flags = Text(" ".join(e.flags), style="bold yellow") if e.flags else Text("")
            table.add_row(
                a.platform.value, Text(snippet(a.handle, 20)), snippet(a.service, 12), flags,
                _short_date(e.last_post_at, now), compact_number(a.followers),
                "–" if e.growth_per_day is None else f"{e.growth_per_day:+.1f}",
                key=str(a.id),
            )
        if self.shown and keep is not None:
            table.move_cursor(row=min(keep, len(self.shown) - 1))
        self.query_one("#accounts-registry-title", Static).update(
            f"Registry — {len(self.shown)} of {len(self.entries)} accounts · {self.filter.label} · "
            f"dormant after {self.config.app.dormant_days} days without a post")
        self._status()
        if not self.shown:
            self._clear_detail("No account matches the filters (c clears them).")

    def _status(self) -> None:
        dormant = sum(e.dormant for e in self.entries)
        no_owner = sum(e.no_owner for e in self.entries)
        text = (f"{self._open_count} open requests ({self._mine} waiting on you) · "
                f"{len(self.entries)} accounts, {dormant} dormant, {no_owner} without an owner")
        self.query_one("#accounts-status", Static).update(text)

    # ------------------------------------------------------------------ detail

    @on(DataTable.RowSelected, "#accounts-requests")
    def _request_chosen(self) -> None:
        """Enter on a request opens it (the table takes Enter before the screen's binding sees it)."""
        self.action_review(None)

    @on(DataTable.RowHighlighted, "#accounts-registry")
    def _registry_row(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            account_id = int(event.row_key.value)
            if account_id != self._detail_for:
                self._detail_for = account_id
                self.load_detail(account_id)

    def _clear_detail(self, message: str) -> None:
        self._detail_for = None
        self.query_one("#accounts-detail-head", Static).update(message)
        self.query_one("#accounts-detail-posts", Static).update("")
        self.query_one("#accounts-detail-mentions", Static).update("")
        self.query_one(FollowerSparkline).set_samples([])

    @work(exclusive=True, exit_on_error=False, group="accounts-detail")
    async def load_detail(self, account_id: int) -> None:
        entry = next((e for e in self.entries if e.account.id == account_id), None)
        if entry is None:
            return
        a = entry.account
        now = clock.now()
        history = await self.store.follower_history(account_id, since=now - timedelta(days=90))
        posts = await self.store.account_posts(account_id, limit=5)
        mentions = await self.store.account_mentions(a, limit=5)
        if self._detail_for != account_id:
            return
        head = Text()
        head.append(f"{clean(a.display_name or a.handle, single_line=True)}\n", style="bold")
        head.append(f"{a.platform.value} · {clean(a.handle, single_line=True)} · {a.service}\n")
        head.append(f"Purpose: {', '.join(a.purposes) or '—'}\n")
        head.append("Managed by: ")
        head.append(", ".join(a.officers) if a.officers else "nobody named", style="" if a.officers else "bold yellow")
        head.append(f"\nOpened: {a.created_on:%d %b %Y}" if a.created_on else "\nOpened: not recorded")
        if a.campaign_ends_on:
            ended = a.campaign_ends_on < london_date(now)
            head.append(f" · campaign {'ended' if ended else 'ends'} {a.campaign_ends_on:%d %b %Y}",
                        style="bold yellow" if ended else "")
        head.append(f" · house rules {'acknowledged' if a.house_rules_ack else 'not acknowledged'}\n")
        last = format_london(entry.last_post_at, "%a %d %b %Y %H:%M") if entry.last_post_at else "never"
        head.append(f"Last post: {last}")
        if entry.dormant:
            head.append(f"  DORMANT — no post for {self.config.app.dormant_days}+ days: the owners have a duty "
                        "to keep it fresh, or close it", style="bold yellow")
        self.query_one("#accounts-detail-head", Static).update(head)
        self.query_one(FollowerSparkline).set_samples(history)
        text = Text("Recent posts\n", style="bold")
        for p in posts:
            text.append(f"{format_london(p.published_at, '%d %b %H:%M')}  ")
            text.append(snippet(p.body, 70) + "\n", style="")
        if not posts:
            text.append("None published from brent-tui.\n", style="dim")
        self.query_one("#accounts-detail-posts", Static).update(text)
        text = Text("\nRecent mentions\n", style="bold")
        for m in mentions:
            text.append(f"{format_london(m.created_at, '%d %b %H:%M')}  {snippet(m.author_handle, 20)}: ")
            text.append(snippet(m.text, 60) + "\n")
        if not mentions:
            text.append("None in the cache.\n", style="dim")
        self.query_one("#accounts-detail-mentions", Static).update(text)

    # ------------------------------------------------------------------ requests

    def _selected_request(self) -> AccountRequest | None:
        table = self.query_one("#accounts-requests", DataTable)
        if not self.requests or table.cursor_row is None or table.cursor_row >= len(self.requests):
            return None
        return self.requests[table.cursor_row]

    def action_new_request(self) -> None:
        depts = [d.name for d in self.config.departments]
        form = AccountRequestForm(department=self.config.department(self.actor.department).name
                                  if self.config.department(self.actor.department) else None,
                                  departments=depts, known_logins=list(self.config.people),
                                  requester=self.actor.login, today=clock.today())
        self.app.push_screen(form, self._submit)

    def _submit(self, draft: RequestDraft | None) -> None:
        if draft is not None:
            self.submit(draft)

    @work(exclusive=True, exit_on_error=False, group="accounts-submit")
    async def submit(self, draft: RequestDraft) -> None:
        reviewers = self.config.reviewers(draft.department)
        try:
            request = await self.store.submit_account_request(
                self.actor, draft, known_logins=list(self.config.people), reviewers=reviewers,
                departments=[d.name for d in self.config.departments])
        except Exception as exc:  # shown, never a traceback
            self.show_error(exc)
            return
        self.notify(f"Request #{request.id} submitted: waiting on "
                    f"{review_state(request, []).turn_label(request, reviewers)}.", markup=False)
        self.load()

    def action_open_request(self) -> None:
        if self.focused is self.query_one("#accounts-requests"):
            self.action_review(None)

    def action_review(self, mode: str | None) -> None:
        request = self._selected_request()
        if request is None:
            self.notify("No account request selected.", severity="warning")
            return
        self.open_review(request, mode)

    @work(exclusive=True, exit_on_error=False, group="accounts-review")
    async def open_review(self, request: AccountRequest, mode: str | None) -> None:
        fresh = await self.store.account_request(request.id or 0)  # review what is there now
        if fresh is None:
            self.load()
            return
        reviews = await self.store.account_reviews(fresh.id or 0)
        screen = AccountReviewScreen(fresh, reviews, self._reviewers(fresh), self.actor, clock.now(), start=mode)
        self.app.push_screen(screen, lambda _: self.load())

    # ------------------------------------------------------------------ filters

    def action_cycle_network(self) -> None:
        present = sorted({e.account.platform for e in self.entries}, key=lambda p: p.value)
        options: list[Platform | None] = [None, *present]
        i = options.index(self.filter.platform) if self.filter.platform in options else 0
        self.filter = self.filter.model_copy(update={"platform": options[(i + 1) % len(options)]})
        self._fill_registry()

    def action_cycle_service(self) -> None:
        options: list[str | None] = [None, *sorted({e.account.service for e in self.entries})]
        i = options.index(self.filter.service) if self.filter.service in options else 0
        self.filter = self.filter.model_copy(update={"service": options[(i + 1) % len(options)]})
        self._fill_registry()

    def action_toggle_dormant(self) -> None:
        self.filter = self.filter.model_copy(update={"dormant_only": not self.filter.dormant_only})
        self._fill_registry()

    def action_toggle_no_owner(self) -> None:
        self.filter = self.filter.model_copy(update={"no_owner_only": not self.filter.no_owner_only})
        self._fill_registry()

    def action_clear_filters(self) -> None:
        self.filter = RegistryFilter()
        self._fill_registry()

    # ------------------------------------------------------------------ live

    def data_changed(self, entities: frozenset[Entity]) -> None:
        self.load()
