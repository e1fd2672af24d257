"""The Triage tab: the strategy's Appendix A as one key per decision.

One mention is in focus with its factors, suggestion and thread. A decision key shows the
next mention at once (the next few are prefetched) and commits in a worker; if the commit
fails (someone else decided it first, the database is busy) the mention is put back in focus
with the reason. The mention in focus is leased so another officer is shown a different one.
Emergency mode narrows the queue to an incident, pins its holding statement (H edits it) and
counts; X ends the incident. The counts move with each key, not at the next reread: the store's
figures are read with the decisions still saving taken off. Marked mentions leave the queue
until the route key, so the card never comes back round to one already marked.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from brent_tui import clock, paths
from brent_tui.domain.entities import Entity
from brent_tui.domain.london import format_london
from brent_tui.domain.models import Decision, Incident, Mention, Route
from brent_tui.domain.roles import Action, require
from brent_tui.domain.text import at_handle, clean, snippet
from brent_tui.screens.base import BrentScreen
from brent_tui.screens.emergency import EmergencyScreen
from brent_tui.screens.my_work import MyWorkScreen
from brent_tui.screens.pick_list import PickList
from brent_tui.screens.reason_prompt import ReasonPrompt
from brent_tui.screens.reply_approvals import ReplyApprovalsScreen
from brent_tui.screens.reply_draft import ReplyDraftScreen
from brent_tui.services import triage as triage_service
from brent_tui.store.base import ConflictError, StorageError
from brent_tui.store.triage import IncidentCounters, QueueItem, incident_log_csv, incident_log_markdown
from brent_tui.widgets.triage_card import TriageCard, route_legend

log = logging.getLogger("brent_tui.domain.triage")

PREFETCH = 12  # mentions kept in hand, so a decision never waits on a query
REFILL_BELOW = 6


class TriageScreen(BrentScreen):
    """Triage: the untriaged queue, one mention in focus, one key per route."""

    MODE = "triage"
    REFRESH_ON = frozenset({Entity.NEW_MENTIONS, Entity.DECISIONS, Entity.CLAIMS, Entity.WATCHES, Entity.INCIDENTS})
    CSS_PATH = "triage.tcss"
    # In order of importance: the footer shows as many as fit (at 80 columns the five routes, accept,
    # skip and undo; the incident's keys, only shown during one, next); `?` lists them all with the
    # longer words of `tooltip`.
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("enter", "accept", "Accept", id="triage.accept", tooltip="Accept the suggested route"),
        Binding("1", "route(1)", "Monitor", id="triage.route1", tooltip="No action: keep monitoring in case it escalates"),
        Binding("2", "route(2)", "Customer", id="triage.route2", tooltip="Customer services: a person needs a service; pass to the lead officers"),
        Binding("3", "route(3)", "Web", id="triage.route3", tooltip="The web team responds directly, signposting the website"),
        Binding("4", "route(4)", "Service", id="triage.route4",
                tooltip="Service conversation: the service area's officers join in"),
        Binding("5", "route(5)", "Escalate", id="triage.route5", tooltip="Escalate to the communications officers"),
        Binding("s", "skip", "Skip", id="triage.skip", tooltip="Skip this one for now"),
        Binding("u", "undo", "Undo", id="triage.undo", tooltip="Undo your last decision"),
        Binding("E", "emergency", "Emergency", id="triage.emergency",
                tooltip="Emergency mode: narrow the queue to an incident"),
        Binding("H", "holding_statement", "Holding", id="triage.holding",
                tooltip="Edit the incident's holding statement (during an incident)"),
        Binding("S", "suspend_posts", "Suspend", id="triage.suspend",
                tooltip="Suspend every scheduled post (during an incident)"),
        Binding("L", "export_log", "Export log", id="triage.export",
                tooltip="Export the incident log as CSV and Markdown (during an incident)"),
        Binding("X", "end_incident", "End incident", id="triage.end_incident",
                tooltip="End the incident (during an incident)"),
        Binding("d", "pick_department", "Dept", id="triage.department",
                tooltip="Choose the department before you route it"),
        Binding("o", "pick_assignee", "Owner", id="triage.assignee",
                tooltip="Choose who it is assigned to before you route it"),
        Binding("r", "reply", "Reply", id="triage.reply", tooltip="Draft a reply to this mention"),
        Binding("f", "foi", "FOI", id="triage.foi", tooltip="Open an FOI case from this mention"),
        Binding("w", "watch", "Watch", id="triage.watch", tooltip="Watch the thread for new replies"),
        Binding("space", "mark", "Mark", id="triage.mark",
                tooltip="Mark this mention; the next route key decides every marked one"),
        Binding("escape", "unmark", "Unmark", id="triage.unmark", tooltip="Unmark every marked mention"),
        Binding("m", "my_work", "My work", id="triage.my_work", tooltip="Your assignments, soonest due first"),
        Binding("A", "approve_replies", "Replies to approve", id="triage.approve_replies", show=False,
                tooltip="Replies waiting for a comms officer's approval"),
    ]
    KEY_GROUPS: ClassVar = (
        ("Decide the mention in focus", ("triage.accept", "triage.route1", "triage.route2", "triage.route3",
                                         "triage.route4", "triage.route5", "triage.skip", "triage.undo")),
        ("Before you decide", ("triage.department", "triage.assignee", "triage.reply", "triage.foi", "triage.watch")),
        ("Decide many at once", ("triage.mark", "triage.unmark")),
        ("Emergencies", ("triage.emergency", "triage.holding", "triage.suspend", "triage.export",
                         "triage.end_incident")),
        ("Your work", ("triage.my_work", "triage.approve_replies")),
    )
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Emergency mode", "Narrow the Triage queue to an incident, pin its holding statement", "emergency"),
        ("My work", "Your assignments, soonest due first: done or hand on", "my_work"),
        ("Undo last decision", "Undo your most recent triage decision (recorded, never deleted)", "undo"),
        ("Export incident log", "Every mention and decision of the incident, CSV and Markdown", "export_log"),
        ("Suspend all scheduled posts", "Emergency: hold every scheduled post with a reason banner",
         "suspend_posts"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[QueueItem] = []
        self.in_hand: set[int] = set()  # decided (committing) or skipped this session: not refilled
        self.marked: dict[int, Mention] = {}
        self.threads: dict[int, list[Mention]] = {}
        self.department: str | None = None  # chosen with `d` for the mention in focus
        self.assignee: str | None = None  # chosen with `o`
        self.incident: Incident | None = None
        self.counters: IncidentCounters | None = None
        self.queue_total: int | None = None
        self.loaded = False
        self.saving: dict[int, str] = {}  # mention id → "@handle → 2": decisions not yet committed
        self.save_note: Text | None = None  # the last outcome: saved (only once committed) or not saved
        self.last_latency_ms: float | None = None
        self._undo_stack: list[Decision] = []  # this session's decisions, newest last: what `u` undoes
        self.taken: Decision | None = None  # another officer's decision on the mention in focus, seen live
        self._leasing = False
        self._lease_again = False

    # ------------------------------------------------------------------ layout

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="triage-bar"):
            yield Static("", id="triage-status", markup=False)
            yield Static("", id="triage-saved", markup=False)
        yield Static("", id="triage-holding", markup=False, classes="-hidden")
        with VerticalScroll(id="triage-main"):
            yield TriageCard(id="triage-card")
        yield Static(route_legend(), id="triage-routes", markup=False)
        yield Static("", id="triage-next", markup=False)

    def on_mount(self) -> None:
        self.query_one(TriageCard).show_empty("Loading the queue…")
        self.refill()

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.refill()

    def on_resize(self) -> None:
        """The route legend only where it fits on one line; the footer names the routes anyway."""
        legend = self.query_one("#triage-routes", Static)
        legend.display = route_legend().cell_len + 2 <= self.size.width

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("suspend_posts", "export_log", "holding_statement", "end_incident"):
            return self.incident is not None
        if action == "unmark":
            return bool(self.marked)
        return True

    # ------------------------------------------------------------------ painting

    @property
    def focus_item(self) -> QueueItem | None:
        return self.items[0] if self.items else None

    def paint(self) -> None:
        """Show the mention in focus, the next few and the counters (no IO)."""
        card = self.query_one(TriageCard)
        item = self.focus_item
        if item is None:
            where = f"the incident “{self.incident.name}”" if self.incident else "the queue"
            card.show_empty(f"Nothing left to triage in {where}." if self.loaded else "Loading the queue…")
        else:
            suggested = item.mention.suggested_route
            plan = None if suggested is None else triage_service.plan(
                self.config, self.actor, item.mention, suggested, department=self.department, assignee=self.assignee,
                now=clock.now())
            card.show(item.mention, thread=self.threads.get(item.mention.id), watch_reason=item.watch_reason,
                      department=self.department, assignee=self.assignee, marked=item.mention.id in self.marked,
                      plan=plan, taken=self._taken_line(item))
        nxt = Text("Next: ", style="bold")
        for i, q in enumerate(self.items[1:6]):
            if i:
                nxt.append("\n      ")
            mark = "● " if q.mention.id in self.marked else ""
            route = f"[{int(q.mention.suggested_route)}] " if q.mention.suggested_route else "[·] "
            nxt.append(f"{mark}{route}", style="cyan" if mark else "dim")
            nxt.append(snippet(f"{at_handle(q.mention.author_handle)}: {q.mention.text}", 100))
        self.query_one("#triage-next", Static).update(nxt)
        self.paint_status()

    def _taken_line(self, item: QueueItem) -> str | None:
        """"Colin Comms decided this while you were reading: 5 Escalate at 16:02", for the mention in focus
        ("You decided this in another window…" when it was this officer, in another session)."""
        d = self.taken
        if d is None or d.mention_id != item.mention.id:
            return None
        when = f"{int(d.route)} {d.route.label} at {format_london(d.decided_at, '%H:%M')}"
        if d.decided_by == self.actor.login:
            return f"You decided this in another window: {when}. That stands — s moves on."
        who = clean(self.config.actor(d.decided_by).name or d.decided_by, single_line=True)
        return f"{who} decided this while you were reading: {when}. Theirs stands — s moves on."

    async def _check_focus(self, item: QueueItem) -> None:
        """Has the mention in focus been decided elsewhere since it was loaded — by someone else, or by
        this officer in another window? (Live sync calls refill.)"""
        fresh = await self.store.get_mention(item.mention.id)
        if fresh is None or fresh.version == item.mention.version:
            return
        decision = await self.store.current_decision(item.mention.id)
        if decision is None or decision.undo:
            return
        decided_here = decision.mention_id in self.saving or any(d.id == decision.id for d in self._undo_stack)
        if not decided_here:
            self.taken = decision

    def paint_status(self) -> None:
        status = Text()
        if self.incident is not None:
            status.append(" EMERGENCY ", style="bold white on red")
            status.append(f" {snippet(self.incident.name, 40)}  ", style="bold")
            c = self.counters
            if c is not None:
                status.append(f"triaged {c.triaged} · remaining {c.remaining} · {c.per_minute:g}/min")
        else:
            total = "…" if self.queue_total is None else (
                "10,000+" if self.queue_total > 10_000 else f"{self.queue_total:,}")
            status.append(f"Untriaged {total}", style="bold")
        if self.marked:
            status.append(f" · {len(self.marked)} marked (a route key applies to all)", style="bold cyan")
        if not self.actor.can(Action.TRIAGE):
            status.append(" · read-only: your role cannot triage", style="yellow")
        self.query_one("#triage-status", Static).update(status)
        self.query_one("#triage-saved", Static).update(self.save_line())
        holding = self.query_one("#triage-holding", Static)
        if self.incident is not None and self.incident.holding_statement:
            holding.update(Text.assemble(("Holding statement: ", "bold"), self.incident.holding_statement))
            holding.remove_class("-hidden")
        else:
            holding.add_class("-hidden")

    @property
    def pending(self) -> int:
        return len(self.saving)

    def save_line(self) -> Text:
        """Honest saving: "saving" until the commit returns, "✓ saved" only after, "✗ not saved" on failure."""
        if self.saving:
            labels = list(self.saving.values())
            more = f" +{len(labels) - 1}" if len(labels) > 1 else ""
            return Text.assemble(("… saving ", "bold yellow"), (labels[-1] + more, "yellow"))
        return self.save_note or Text("")

    def _advance(self) -> None:
        """Drop the focus (already taken out of `items`) and show the next at once."""
        self.department = None
        self.assignee = None
        self.paint()
        if len(self.items) < REFILL_BELOW:
            self.refill()
        if self.focus_item is not None:
            self.hold_focus()

    # ------------------------------------------------------------------ loading (workers)

    @work(exclusive=True, group="triage-refill", exit_on_error=False)
    async def refill(self) -> None:
        """Top up the prefetched queue; keep the mention in focus where it is."""
        try:
            now = clock.now()
            keep = self.items[:1]  # the mention in focus stays; the rest is re-read (others decide too)
            if keep:
                await self._check_focus(keep[0])
            rest = await self.store.queue(self.actor.login, now=now, limit=PREFETCH,
                                          exclude=[*self.in_hand, *self.marked, *(i.mention.id for i in keep)],
                                          incident=self.incident)
            # A key may have decided meanwhile: the focus is what it is now, and nothing decided here
            # (saving, or saved while the queue was read) comes back, but as a watch resurfacing.
            keep = self.items[:1]
            gone = {*self.in_hand, *self.marked, *self.saving, *(i.mention.id for i in keep)}
            decided_here = {d.mention_id for d in self._undo_stack}
            merged = keep + [i for i in rest if i.mention.id not in gone
                             and not (i.mention.id in decided_here and i.watch_id is None)]
            self.items = merged[:PREFETCH]
            for item in self.items[:4]:
                if item.mention.id not in self.threads:
                    self.threads[item.mention.id] = await self.store.thread(item.mention, limit=20)
            await self._recount(now)
            was_loaded, self.loaded = self.loaded, True
            self.paint()
            if not was_loaded or self.focus_item is not None:
                self.hold_focus()
        except Exception as exc:  # shown, not raised: the queue stays usable
            self.show_error(exc)

    async def _recount(self, now: datetime) -> None:
        """The store's counts with the decisions still saving as decided (the keys already counted them)."""
        saving = list(self.saving)
        if self.incident is not None:
            self.counters = await self.store.incident_counters(self.incident, now=now, in_hand=saving)
        self.queue_total = await self.store.queue_size(incident=self.incident, in_hand=saving)

    def _count_decided(self, n: int) -> None:
        """`n` mentions decided this moment (negative: back in the queue): the counts move now."""
        if self.queue_total is not None:
            self.queue_total = max(0, self.queue_total - n)
        c = self.counters
        if c is not None:
            self.counters = dataclasses.replace(c, triaged=max(0, c.triaged + n), remaining=max(0, c.remaining - n))

    def hold_focus(self) -> None:
        """Lease the mention in focus (coalesced: one lease writer at a time, never cancelled mid-write)."""
        if self.store.read_only:  # a lease is a write; a read-only session only looks
            return
        self._lease_again = True
        if not self._leasing:
            self._leasing = True
            self._lease_worker()

    @work(group="triage-lease", exit_on_error=False)
    async def _lease_worker(self) -> None:
        try:
            while self._lease_again:
                self._lease_again = False
                await self._lease_focus()
        except StorageError as exc:  # a full disk: the decision it would have sped up says so, once
            log.info("lease not taken: %s", exc)
        except Exception as exc:  # a lease is a courtesy; the decision still checks versions
            self.show_error(exc)
        finally:
            self._leasing = False

    async def _lease_focus(self) -> None:
        """Lease the mention in focus; if another officer holds it, move on to the next."""
        for _ in range(PREFETCH):
            item = self.focus_item
            if item is None:
                return
            holder = await self.store.lease(self.actor.login, item.mention.id,
                                            seconds=self.config.app.lease_seconds, now=clock.now())
            if item.mention.id not in self.threads:
                self.threads[item.mention.id] = await self.store.thread(item.mention, limit=20)
                if self.focus_item is item:
                    self.paint()
            if holder is None and self.focus_item is item:
                replying = await self.store.replying_to(item.mention.id, now=clock.now())
                if replying not in (None, self.actor.login):  # drafting from the Feed: no lease of theirs
                    self.notify(f"{replying} is replying to this mention: leave it to them, or check the thread "
                                "before you decide.", timeout=6, markup=False)
            if holder is None or self.focus_item is not item:
                return
            self.notify(f"{holder} is looking at that mention; showing you the next one.", timeout=4, markup=False)
            self.items.pop(0)
            self.in_hand.add(item.mention.id)
            self.paint()

    # ------------------------------------------------------------------ deciding

    def _may(self, action: Action) -> bool:
        """The role allows it and the database can be written; else say why, before the card moves on."""
        try:
            require(self.actor, action)
            self.store.check_writable()
        except Exception as exc:  # the role or read-only message is shown as it is
            self.show_error(exc)
            return False
        return True

    def action_accept(self) -> None:
        item = self.focus_item
        if item is None:
            return
        if item.mention.suggested_route is None:
            self.notify("This mention has not been scored yet: pick a route with 1–5.", severity="warning",
                        markup=False)
            return
        self.action_route(int(item.mention.suggested_route))

    def action_route(self, route: int) -> None:
        if not self._may(Action.TRIAGE):
            return
        if self.marked:
            self._decide_marked(Route(route))
            return
        item = self.focus_item
        if item is None:
            return
        self.items.pop(0)
        self.in_hand.add(item.mention.id)
        department, assignee = self.department, self.assignee
        self.saving[item.mention.id] = _label(item.mention, Route(route))
        self._count_decided(1)
        started = time.perf_counter()
        self._advance()
        self.commit(item, Route(route), department, assignee, started)

    @work(group="triage-commit", exit_on_error=False)
    async def commit(self, item: QueueItem, route: Route, department: str | None, assignee: str | None,
                     started: float) -> None:
        """Save one decision; "✓ saved" only once committed; on failure the mention is back in focus."""
        label = self.saving.get(item.mention.id, _label(item.mention, route))
        try:
            decision = await triage_service.decide(self.store, self.config, self.actor, item.mention, route,
                                                   department=department, assignee=assignee, now=clock.now())
        except ConflictError as exc:  # decided elsewhere first: theirs stands, say whose it is
            self.saving.pop(item.mention.id, None)
            self.save_note = Text.assemble(("✗ not saved ", "bold red"), (label, "red"))
            self.notify(f"Not saved ({label}): {exc}", title="Someone else decided it", severity="warning",
                        timeout=10, markup=False)
        except Exception as exc:  # nothing saved: the mention comes back into focus
            self.saving.pop(item.mention.id, None)
            self._count_decided(-1)
            self.save_note = Text.assemble(("✗ not saved ", "bold red"), (label, "red"))
            self.in_hand.discard(item.mention.id)
            fresh = await self._reload(item.mention)
            if fresh is not None:
                self.items.insert(0, QueueItem(fresh, item.watch_id, item.watch_reason))
                self.hold_focus()
            self.notify(f"Not saved ({label}); it is back in focus to decide again: {exc}", severity="error",
                        timeout=10, markup=False)
        else:
            self.saving.pop(item.mention.id, None)
            self.in_hand.discard(item.mention.id)  # saved: only a watch coming back shows it here again
            self._undo_stack.append(decision)
            self.save_note = Text.assemble(("✓ saved ", "bold green"), (label, "green"))
            self.last_latency_ms = (time.perf_counter() - started) * 1000
        self.paint()

    async def _reload(self, mention: Mention) -> Mention | None:
        try:
            return await self.store.get_mention(mention.id)
        except Exception:
            return mention

    def _decide_marked(self, route: Route) -> None:
        mentions = list(self.marked.values())
        self.marked.clear()
        self.refresh_bindings()
        ids = {m.id for m in mentions}
        self.items = [i for i in self.items if i.mention.id not in ids]
        self.in_hand.update(ids)
        self.saving.update({m.id: _label(m, route) for m in mentions})
        self._count_decided(len(mentions))
        self._advance()
        self.commit_many(mentions, route)

    @work(group="triage-commit", exit_on_error=False)
    async def commit_many(self, mentions: list[Mention], route: Route) -> None:
        try:
            result = await triage_service.decide_many(self.store, self.config, self.actor, mentions, route,
                                                      now=clock.now())
        except Exception as exc:  # nothing saved: all of them come back into focus
            for m in mentions:
                self.saving.pop(m.id, None)
            self._count_decided(-len(mentions))
            self.save_note = Text(f"✗ not saved: {len(mentions)} marked mentions", style="bold red")
            self.in_hand.difference_update(m.id for m in mentions)
            self.items[0:0] = [QueueItem(m) for m in mentions]
            self.show_error(exc)
        else:
            for m in mentions:
                self.saving.pop(m.id, None)
            self.in_hand.difference_update(m.id for m in mentions)  # saved, as for one decision
            self._undo_stack.extend(result.decided)
            decided = len(result.decided)
            message = f"{decided} mention{'s' if decided != 1 else ''} routed {int(route)} · {route.label}"
            self.save_note = Text(f"✓ saved {message}", style="bold green")
            if result.conflicts:
                self.save_note.append(f" · {len(result.conflicts)} not saved", style="bold red")
                message += f"; {len(result.conflicts)} not saved — " + "; ".join(result.conflicts.values())
            self.notify(message, severity="warning" if result.conflicts else "information", timeout=8, markup=False)
        self.paint()

    def action_mark(self) -> None:
        """Mark the mention in focus and move on: a route key then applies to all marked.

        A marked mention leaves the queue (and refills skip it) until it is routed or unmarked,
        so the card never comes back round to it.
        """
        item = self.focus_item
        if item is None:
            return
        self.marked[item.mention.id] = self.items.pop(0).mention
        self._advance()
        self.refresh_bindings()

    def action_unmark(self) -> None:
        """Esc: put the marked mentions back at the front of the queue, unmarked."""
        back = [QueueItem(m) for m in self.marked.values()]
        self.marked.clear()
        self.items[0:0] = back
        self.department = self.assignee = None
        self.paint()
        self.hold_focus()
        self.refresh_bindings()

    def action_skip(self) -> None:
        item = self.focus_item
        if item is None:
            return
        self.items.pop(0)
        self.in_hand.add(item.mention.id)
        self._advance()

    @work(group="triage-undo", exit_on_error=False)
    async def action_undo(self) -> None:
        """Undo this session's last decision (or, after a restart, the officer's last one in force).

        The store refuses when that decision is no longer in force (another officer re-decided the
        mention meanwhile): theirs stands and is named; pressing `u` again goes one further back.
        """
        if not self._may(Action.TRIAGE):
            return
        for _ in range(100):  # let a decision still being saved land first
            if self.pending == 0:
                break
            await asyncio.sleep(0.01)
        try:
            last = self._undo_stack.pop() if self._undo_stack else await self.store.last_decision_by(
                self.actor.login)
            if last is None:
                self.notify("You have no decision to undo.", markup=False)
                return
            await self.store.undo(self.actor, last.id, now=clock.now())
            mention = await self.store.get_mention(last.mention_id)
        except ConflictError as exc:
            self.notify(f"Not undone: {exc}", title="Someone else decided it since", severity="warning",
                        timeout=10, markup=False)
            return
        except Exception as exc:
            self.show_error(exc)
            return
        if mention is None:
            return
        self.in_hand.discard(mention.id)
        self.items = [QueueItem(mention)] + [i for i in self.items if i.mention.id != mention.id]
        self._count_decided(-1)
        self.notify(f"Undone: route {int(last.route)} · {last.route.label}. The mention is back in focus.",
                    timeout=5, markup=False)
        self.department = self.assignee = None
        self.paint()
        self.hold_focus()

    @work(group="triage-watch", exit_on_error=False)
    async def action_watch(self) -> None:
        """Watch the mention and its thread without deciding: it comes back if it escalates."""
        if not self._may(Action.TRIAGE):
            return
        item = self.focus_item
        if item is None:
            return
        self.items.pop(0)
        self.in_hand.add(item.mention.id)
        self._advance()
        try:
            await self.store.watch(self.actor, item.mention.id, reason="watched from the queue", now=clock.now())
            self.in_hand.discard(item.mention.id)  # watched: it comes back to this session too when it grows
            self.notify("Watching: it comes back here if the thread grows, a high-reach author joins or the "
                        "topic spikes.", timeout=5, markup=False)
        except Exception as exc:
            self.items.insert(0, item)
            self.in_hand.discard(item.mention.id)
            self.paint()
            self.show_error(exc)

    # ------------------------------------------------------------------ choices

    def action_pick_department(self) -> None:
        item = self.focus_item
        if item is None:
            return
        choices = [(d.name, d.name + (f" — lead {d.lead}" if d.lead else "")) for d in self.config.departments]
        for rule in self.config.triage.rules:
            if rule.department not in {c[0] for c in choices}:
                choices.append((rule.department, rule.department))
        if not choices:
            self.notify("No departments in the config.", severity="warning", markup=False)
            return

        def chosen(value: str | None) -> None:
            if value:
                self.department = value
                self.paint()

        self.app.push_screen(PickList("Department for this mention", choices,
                                      current=self.department or item.mention.department), chosen)

    def action_pick_assignee(self) -> None:
        if self.focus_item is None or not self._may(Action.ASSIGN):
            return
        choices = []
        for login, person in sorted(self.config.people.items()):
            role = person.role.value.replace("_", " ")
            choices.append((login, f"{person.name or login} ({login}) · {role}"
                                   f"{' · ' + person.department if person.department else ''}"))

        def chosen(value: str | None) -> None:
            if value:
                self.assignee = value
                self.paint()

        self.app.push_screen(PickList("Assign to", choices, current=self.assignee), chosen)

    def action_reply(self) -> None:
        item = self.focus_item
        if item is None:
            return
        dept = self.config.department(self.department or item.mention.department)
        holding = self.incident.holding_statement if self.incident else None
        self.app.push_screen(ReplyDraftScreen(item.mention, website=dept.website if dept else None,
                                              holding_statement=holding),
                             lambda result: self._replied(item) if result == "sent" else None)

    def _replied(self, item: QueueItem) -> None:
        """The reply went out and decided the mention (route 3): the next one takes its place."""
        if self.focus_item is item:
            self.items.pop(0)
            self._count_decided(1)
            self._advance()

    async def action_foi(self) -> None:
        item = self.focus_item
        if item is None:
            return
        await self.brent.open_foi_from_mention(item.mention.id)

    def action_my_work(self) -> None:
        self.app.push_screen(MyWorkScreen())

    def action_approve_replies(self) -> None:
        if self._may(Action.APPROVE_POST):
            self.app.push_screen(ReplyApprovalsScreen())

    # ------------------------------------------------------------------ emergency mode

    def action_emergency(self) -> None:
        if self.incident is not None:
            self.incident = None
            self.counters = None
            self._reset_queue()
            self.notify("Left emergency mode: the full queue is back.", timeout=4, markup=False)
            self.refresh_bindings()
            return
        if not self._may(Action.EMERGENCY):
            return

        def chosen(incident: Incident | None) -> None:
            if incident is None:
                return
            self.incident = incident
            self._reset_queue()
            self.refresh_bindings()

        self.app.push_screen(EmergencyScreen(), chosen)

    def action_holding_statement(self) -> None:
        """H: edit the incident's holding statement (what `r` offers for replies)."""
        incident = self.incident
        if incident is None or not self._may(Action.EMERGENCY):
            return

        def edited(text: str | None) -> None:
            if text is not None:
                self._save_statement(incident, text)

        self.app.push_screen(ReasonPrompt(
            "Holding statement", f"Pinned above the card and offered for replies during “{incident.name}”. "
            "Empty removes it.", value=incident.holding_statement or "",
            placeholder="e.g. We are aware of flooding in Stonebridge and crews are on site."), edited)

    @work(group="triage-incident", exit_on_error=False)
    async def _save_statement(self, incident: Incident, text: str) -> None:
        try:
            assert incident.id is not None
            self.incident = await self.store.set_holding_statement(self.actor, incident.id, text)
        except Exception as exc:
            self.show_error(exc)
            return
        self.notify("Holding statement saved." if text else "Holding statement removed.", markup=False)
        self.paint()

    def action_end_incident(self) -> None:
        """X: end the incident (its window closes now) and go back to the full queue."""
        incident = self.incident
        if incident is None or not self._may(Action.EMERGENCY):
            return

        def confirmed(answer: str | None) -> None:
            if answer is not None and answer.strip().lower() in ("y", "yes"):
                self._end(incident)

        self.app.push_screen(ReasonPrompt(
            f"End the incident “{incident.name}”?", "Its window closes now and the full queue comes back; "
            "the log (L) stays exportable. Type yes and Enter to end it, Esc to carry on.",
            placeholder="yes", required="Type yes to end it, or Esc."), confirmed)

    @work(group="triage-incident", exit_on_error=False)
    async def _end(self, incident: Incident) -> None:
        try:
            assert incident.id is not None
            ended = await self.store.end_incident(self.actor, incident.id, now=clock.now())
        except Exception as exc:
            self.show_error(exc)
            return
        self.incident = None
        self.counters = None
        self._reset_queue()
        self.refresh_bindings()
        self.notify(f"Incident “{ended.name}” ended: the full queue is back.", timeout=5, markup=False)

    def _reset_queue(self) -> None:
        self.items = []
        self.marked.clear()
        self.in_hand.clear()
        self.queue_total = None
        self.loaded = False
        self.paint()
        self.refill()

    def action_suspend_posts(self) -> None:
        if self.incident is not None:
            self.ask_suspend_all(reason=f"Emergency: {self.incident.name}")

    @work(group="triage-export", exit_on_error=False)
    async def action_export_log(self) -> None:
        incident = self.incident
        if incident is None:
            return
        try:
            rows = await self.store.incident_log(incident)
            chain = await self.store.chain_head()
            folder = paths.data_dir() / "exports"
            stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
            base = folder / f"incident-{incident.id}-{stamp}"
            csv_text, md_text = incident_log_csv(rows, chain), incident_log_markdown(incident, rows, chain)

            def write() -> None:
                folder.mkdir(parents=True, exist_ok=True)
                base.with_suffix(".csv").write_text(csv_text, encoding="utf-8")
                base.with_suffix(".md").write_text(md_text, encoding="utf-8")

            await asyncio.to_thread(write)
        except Exception as exc:
            self.show_error(exc)
            return
        self.notify(f"Incident log ({len(rows)} rows) saved to {base}.csv and .md", timeout=10, markup=False)

    # ------------------------------------------------------------------ live sync

    def data_changed(self, entities: frozenset[Entity]) -> None:
        self.refill()


def _label(mention: Mention, route: Route) -> str:
    """What the save line names: "@handle → 2" (inert text, cut to fit 80 columns)."""
    return f"{snippet('@' + mention.author_handle.lstrip('@'), 24)} → {int(route)}"
