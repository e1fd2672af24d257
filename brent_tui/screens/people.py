"""People: who talks about the council (by reach, frequency, tone), the key people list, who follows
the council's accounts, new followers.

Pushed from Insights (`u`, `k`) or the palette. Edits to key people go through the store, which
checks `Action.KEY_PEOPLE` and audits them; the Feed and Triage read the same table. `f` follows the
person under the cursor (a follower not yet followed back, a key person, an author) from the council's
account on their network, after a yes (`services.follows`: audited; where a network has no follow, why).
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from brent_tui.domain.entities import Entity
from brent_tui.domain.follows import FOLLOW_NETWORKS, NO_FOLLOW_API, Relation
from brent_tui.domain.insights import Period, fmt_value
from brent_tui.domain.models import CouncilAccount, KeyPerson, Platform
from brent_tui.domain.text import clean
from brent_tui.screens.base import BrentScreen
from brent_tui.screens.key_person_form import KeyPersonForm
from brent_tui.screens.post_confirm import ConfirmPostAction

RANKINGS = {"reach": "reach (followers)", "frequency": "frequency (mentions)", "tone": "tone (most critical first)"}
FOLLOW_NOTE = (
    "Followers are read every 6 hours on " + " and ".join(sorted(p.value.title() for p in FOLLOW_NETWORKS))
    + ". Elsewhere: " + "; ".join(f"{p.value}: {NO_FOLLOW_API[p]}" for p in (Platform.X, Platform.FACEBOOK,
                                                                             Platform.INSTAGRAM)) + "."
)


class PeopleScreen(BrentScreen):
    """Authors ranked by reach, frequency and tone; the key people list, editable; new followers."""

    TITLE = "People"  # how `?` names this window

    MODE = "insights"
    REFRESH_ON = frozenset({Entity.KEY_PEOPLE, Entity.FOLLOWS})
    CSS_PATH = "insights.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back", id="people.back"),
        Binding("1", "rank('reach')", "By reach", id="people.reach"),
        Binding("2", "rank('frequency')", "By frequency", id="people.frequency"),
        Binding("3", "rank('tone')", "By tone", id="people.tone"),
        Binding("a", "add", "Add key person", id="people.add"),
        Binding("e", "edit", "Edit key person", id="people.edit"),
        Binding("d", "delete", "Delete key person", id="people.delete"),
        Binding("K", "mark_key", "Make key person", id="people.mark"),
        Binding("f", "follow", "Follow", id="people.follow",
                tooltip="Follow the person under the cursor from the council's account on their network"),
    ]

    def __init__(self, period: Period, *, focus_key_people: bool = False) -> None:
        super().__init__()
        self.period = period
        self.by = "reach"
        self.focus_key_people = focus_key_people
        self.people: list[KeyPerson] = []
        self.authors = []
        self.relations: list[Relation] = []

    def compose_body(self) -> ComposeResult:
        yield Static(id="people-status", markup=False)
        yield Static("Authors talking about the council", id="people-authors-title", classes="people-title",
                     markup=False)
        yield DataTable(id="people-authors", cursor_type="row", zebra_stripes=True)
        yield Static("Key people (councillors, MPs, journalists, community groups, blogs)", classes="people-title",
                     markup=False)
        yield DataTable(id="people-key", cursor_type="row", zebra_stripes=True)
        yield Static("Followers of the council's accounts (not yet followed back first)", classes="people-title",
                     markup=False)
        yield DataTable(id="people-follows", cursor_type="row", zebra_stripes=True)
        yield Static(FOLLOW_NOTE, classes="people-note", markup=False)
        yield Static(id="people-followers", markup=False)

    def on_mount(self) -> None:
        authors = self.query_one("#people-authors", DataTable)
        authors.add_columns("#", "Author", "Name", "Followers", "Mentions", "Tone", "Key person")
        key = self.query_one("#people-key", DataTable)
        key.add_columns("Category", "Network", "Handle", "Name", "Mentions", "Note")
        follows = self.query_one("#people-follows", DataTable)
        follows.add_columns("Account", "Person", "Name", "Followers", "Follows us", "We follow")
        (key if self.focus_key_people else authors).focus()
        self._status()
        self.load()

    def _status(self) -> None:
        self.query_one("#people-status", Static).update(
            f"{self.period.label} · ranked by {RANKINGS[self.by]} · 1/2/3 rank · a/e/d key people · "
            "K make the author a key person · f follow · esc back")

    @work(exclusive=True, exit_on_error=False, group="people")
    async def load(self) -> None:
        try:
            authors = await self.store.author_ranking(self.period, by=self.by)
            people = await self.store.key_people()
            activity = await self.store.key_people_activity(self.period)
            followers = await self.store.new_followers(self.period)
            relations = await self.store.relations()
        except Exception as exc:
            self.show_error(exc)
            return
        self.authors, self.people, self.relations = authors, people, relations
        follows = self.query_one("#people-follows", DataTable)
        follows.clear()
        for r in relations:
            follows.add_row(Text(clean(f"{r.platform.value} {r.account_handle}", single_line=True)),
                            Text(clean(r.handle, single_line=True)), Text(clean(r.name, single_line=True)),
                            fmt_value(r.followers), "yes" if r.follows_us else "–",
                            Text("yes" if r.we_follow else "no — f follows back" if r.follows_us else "no",
                                 style="bold" if r.to_follow_back else ""))
        table = self.query_one("#people-authors", DataTable)
        table.clear()
        for i, a in enumerate(authors, start=1):
            tone = "–" if a.avg_sentiment is None else f"{a.avg_sentiment:+.2f}"
            table.add_row(str(i), Text(clean(f"{a.platform} {a.handle}", single_line=True)),
                          Text(clean(a.name, single_line=True)), fmt_value(a.followers), str(a.mentions), tone,
                          Text(a.key_category or ""), key=str(a.author_id))
        key = self.query_one("#people-key", DataTable)
        key.clear()
        for p in people:
            key.add_row(Text(clean(p.category, single_line=True)), p.platform.value,
                        Text(clean(p.handle, single_line=True)), Text(clean(p.name, single_line=True)),
                        str(activity.get(p.id or 0, 0)), Text(clean(p.note, single_line=True)), key=str(p.id))
        lines = ["New followers in the period (from recorded counts):"]
        for _id, platform, handle, gained in followers:
            gained_text = "no samples" if gained is None else f"{gained:+,}"
            lines.append(f"  {platform} {clean(handle, single_line=True)}: {gained_text}")
        self.query_one("#people-followers", Static).update("\n".join(lines))
        self._status()

    # ------------------------------------------------------------------ actions

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_rank(self, by: str) -> None:
        self.by = by
        self._status()
        self.load()

    def _selected_person(self) -> KeyPerson | None:
        table = self.query_one("#people-key", DataTable)
        if not self.people or table.cursor_row < 0:
            return None
        row_key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        return next((p for p in self.people if str(p.id) == row_key), None)

    def action_add(self) -> None:
        self.app.push_screen(KeyPersonForm(None), self._saved)

    def action_edit(self) -> None:
        person = self._selected_person()
        if person is None:
            self.notify("Choose a key person in the list first.", markup=False)
            return
        self.app.push_screen(KeyPersonForm(person), self._saved)

    def action_mark_key(self) -> None:
        table = self.query_one("#people-authors", DataTable)
        if not self.authors or table.cursor_row < 0:
            return
        a = self.authors[table.cursor_row]
        draft = KeyPerson(platform=a.platform, handle=a.handle, name=a.name, category="")
        self.app.push_screen(KeyPersonForm(draft), self._saved)

    def _saved(self, result: tuple[KeyPerson, KeyPerson | None] | None) -> None:
        if result is not None:
            self.save(*result)

    @work(exclusive=True, exit_on_error=False, group="people-save")
    async def save(self, person: KeyPerson, before: KeyPerson | None) -> None:
        try:
            saved = await self.store.save_key_person(person, self.actor)
            moved = before is not None and before.id is not None and before.id != saved.id
            if moved:  # platform or handle changed: the old entry goes
                await self.store.delete_key_person(before.id, self.actor)
        except Exception as exc:
            self.show_error(exc)
            return
        self.notify(f"Saved key person {clean(saved.handle, single_line=True)}.", markup=False)
        self.load()

    def action_delete(self) -> None:
        person = self._selected_person()
        if person is None or person.id is None:
            self.notify("Choose a key person in the list first.", markup=False)
            return
        self.delete(person)

    @work(exclusive=True, exit_on_error=False, group="people-save")
    async def delete(self, person: KeyPerson) -> None:
        try:
            await self.store.delete_key_person(person.id or 0, self.actor)
        except Exception as exc:
            self.show_error(exc)
            return
        self.notify(f"Removed {clean(person.handle, single_line=True)} from key people.", markup=False)
        self.load()

    def action_follow(self) -> None:
        """Follow whoever is under the cursor of the focused list, once the officer says yes."""
        focused = self.focused
        who: tuple[Platform, str, str | None, int | None] | None = None
        if isinstance(focused, DataTable) and focused.cursor_row >= 0:
            row = focused.cursor_row
            if focused.id == "people-follows" and row < len(self.relations):
                r = self.relations[row]
                who = (r.platform, r.handle, r.name, r.account_id)
            elif focused.id == "people-key" and (person := self._selected_person()) is not None:
                who = (person.platform, person.handle, person.name, None)
            elif focused.id == "people-authors" and row < len(self.authors):
                a = self.authors[row]
                who = (Platform(a.platform), a.handle, a.name, None)
        if who is None:
            self.notify("Put the cursor on a follower, a key person or an author first.", markup=False)
            return
        self.ask_follow(*who)

    @work(exclusive=True, exit_on_error=False, group="people-follow")
    async def ask_follow(self, platform: Platform, handle: str, name: str | None, account_id: int | None) -> None:
        """The account to follow from (the follower's own, else the first on that network a connector
        posts as), then the question."""
        from brent_tui.services.follows import follow_settings, following_account

        try:
            accounts = await self.store.accounts()
            chosen = next((a for a in accounts if a.id == account_id), None) or following_account(
                accounts, self.config, platform)
            await follow_settings(self.store, self.config, self.actor, chosen, handle)  # said now, not after a yes
        except Exception as exc:
            self.show_error(exc)
            return
        question = f"Follow {clean(handle, single_line=True)} from {clean(chosen.handle, single_line=True)}?"
        detail = (f"{clean(name or handle, single_line=True)} will see the council's {platform.value} account "
                  "follow them. It is recorded in the audit trail with your name. y follows · n or Esc does not.")

        def answered(yes: bool | None) -> None:
            if yes:
                self.follow(chosen, handle, name)

        self.app.push_screen(ConfirmPostAction(question, detail), answered)

    @work(exclusive=True, exit_on_error=False, group="people-follow")
    async def follow(self, account: CouncilAccount, handle: str, name: str | None) -> None:
        from brent_tui.services.follows import follow

        try:
            await follow(self.store, self.config, self.actor, account, handle, name)
        except Exception as exc:
            self.show_error(exc)
            return
        self.notify(f"{clean(account.handle, single_line=True)} now follows {clean(handle, single_line=True)}.",
                    markup=False)
        self.load()

    @on(DataTable.RowSelected, "#people-key")
    def _edit_selected(self) -> None:
        self.action_edit()

    def data_changed(self, entities: frozenset[Entity]) -> None:
        self.load()
