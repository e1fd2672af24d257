"""The FOI tab: every case with its statutory clock, recomputed from events and the calendar.

Cases list most urgent first; the pane below explains the selected case (its events and the clock's
own reasons). `n` new case, `e` event, `r` response, `c` calculator, `g` figures. From Feed or
Triage, `f` lands here through :meth:`FoiScreen.new_case_from_mention`.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import ContentSwitcher, DataTable, Static

from brent_tui import clock
from brent_tui.domain import foi
from brent_tui.domain.entities import Entity
from brent_tui.domain.errors import UserError
from brent_tui.domain.london import HolidayCalendar
from brent_tui.domain.text import at_handle, clean, safe_text, snippet
from brent_tui.screens.base import BrentScreen
from brent_tui.screens.foi_calculator import FoiCalculator
from brent_tui.screens.foi_case_form import FoiCaseForm
from brent_tui.screens.foi_event_form import FoiEventForm
from brent_tui.screens.foi_response_form import CHANNEL_LABELS, OUTCOME_LABELS, FoiResponseForm
from brent_tui.screens.post_confirm import ConfirmPostAction
from brent_tui.services import foi as svc
from brent_tui.store.foi import FoiCaseDraft, FoiFilter

LABEL_STYLES = {
    "due soon": "bold yellow", "due today": "bold black on yellow", "delayed": "bold red",
    "long overdue": "bold white on red", "on time": "green", "responded in time": "dim green",
    "responded late": "dim red", "events inconsistent": "bold magenta",
}
WITHIN = (None, 5, 10)  # the `w` filter cycles through these

# The case table's columns, in the order shown. When the terminal is narrow the least useful go
# first (`DROP_ORDER`): the due date, working days left and clock state always stay.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("ref", "Ref"), ("due", "Due"), ("left", "Left"), ("clock", "Clock"), ("status", "Status"),
    ("applicant", "Applicant"), ("received", "Received"), ("channel", "Channel"),
)
DROP_ORDER = ("channel", "received", "applicant", "status")
CELL_PADDING = 2  # a DataTable cell's padding, one column each side
SCROLLBAR = 2


def due_text(due: date, today: date) -> str:
    """`Fri 27 Nov` this year; `27 Nov 2027` (no weekday, to stay as narrow) in any other."""
    return due.strftime("%a %d %b") if due.year == today.year else due.strftime("%d %b %Y")


def fit_columns(widths: dict[str, int], room: int) -> list[str]:
    """The columns to show in `room` columns, given each column's widest cell (heading included)."""
    keys = [key for key, _ in COLUMNS]
    for drop in DROP_ORDER:
        if sum(widths[k] + CELL_PADDING for k in keys) <= room:
            break
        keys.remove(drop)
    return keys


def response_confirmation(row: svc.CaseRow, values: dict[str, Any]) -> tuple[str, str]:
    """The question before a response is recorded (it closes the case), naming the case it acts on:
    reference, requester (untrusted text, cleaned) and due date, then what will be recorded."""
    c = row.case
    who = clean(c.applicant_name or "", single_line=True) or "(no real name)"
    if c.applicant_handle:
        who += " @" + clean(c.applicant_handle, single_line=True).lstrip("@")
    due = foi.fmt(row.clock.due) if row.clock.due else "no due date"
    outcome = OUTCOME_LABELS.get(values["outcome"], values["outcome"])
    channel = CHANNEL_LABELS.get(values["channel"], values["channel"])
    detail = (f"{c.reference} · requester {who} · due {due}\n"
              f"Outcome: {outcome}. {channel}, on {foi.fmt(values['responded_on'])}.\n"
              "This closes the case's clock.")
    return f"Record this response on {c.reference}?", detail


class FoiScreen(BrentScreen):
    """FOI: Freedom of Information requests made on social media with their statutory clock."""

    MODE = "foi"
    REFRESH_ON = frozenset({Entity.FOI})
    CSS_PATH = "foi.tcss"
    # In order of importance: the footer shows as many as fit; `?` lists them all with `tooltip`'s words.
    BINDINGS: ClassVar = [
        Binding("n", "new_case", "New case", id="foi.new", tooltip="Open an FOI case typed in by hand"),
        Binding("e", "add_event", "Event", id="foi.event",
                tooltip="Record an event on the case: clarification, extension, fee, review…"),
        Binding("r", "respond", "Response", id="foi.respond", tooltip="Record the response sent to the requester"),
        Binding("enter", "toggle_detail", "Detail", id="foi.detail", tooltip="The case's detail, full height, or back"),
        Binding("v", "toggle_overdue", "Overdue", id="foi.overdue", tooltip="Only the overdue cases, or all"),
        Binding("c", "calculator", "Calculator", id="foi.calculator",
                tooltip="When is it due? The statutory clock with its reasons"),
        Binding("g", "figures", "Figures", id="foi.figures", tooltip="Figures per month or quarter, or back"),
        Binding("s", "cycle_sort", "Sort", id="foi.sort", tooltip="Sort by due date, received, reference, applicant or status"),
        Binding("w", "cycle_within", "Due within", id="foi.within", tooltip="Only cases due within 5 or 10 working days"),
        Binding("a", "toggle_mine", "Mine", id="foi.mine", tooltip="Only the cases assigned to you, or all"),
        Binding("o", "toggle_open", "Open/all", id="foi.open", tooltip="Only open cases, or all"),
        Binding("m", "ask_details", "Ask name/email", id="foi.ask",
                tooltip="Draft a reply asking the requester for a name and email"),
        Binding("M", "send_ask_details", "Send ask", id="foi.ask_send", show=False,
                tooltip="Send the ask for a name and email"),
        Binding("p", "toggle_period", "Month/quarter", id="foi.period", show=False,
                tooltip="Figures by month or by quarter"),
        Binding("x", "export_log", "Export log", id="foi.export", show=False,
                tooltip="Write the disclosure log of answered requests (CSV)"),
    ]
    KEY_GROUPS: ClassVar = (
        ("Cases", ("foi.new", "foi.event", "foi.respond", "foi.detail", "foi.ask", "foi.ask_send", "foi.calculator")),
        ("Which cases are shown", ("foi.overdue", "foi.within", "foi.mine", "foi.open", "foi.sort")),
        ("Figures", ("foi.figures", "foi.period", "foi.export")),
    )
    PALETTE: ClassVar = [
        ("New FOI case", "Open an FOI case typed in by hand", "new_case"),
        ("FOI calculator", "When is it due? The statutory clock with its explanation", "calculator"),
        ("FOI figures", "Per month and quarter: received, in time %, extended, refused, reviews", "figures"),
        ("FOI overdue cases", "Show only the FOI cases past their deadline", "toggle_overdue"),
        ("Export FOI disclosure log", "Write the disclosure-log CSV of answered requests", "export_log"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[svc.CaseRow] = []
        self.sort: svc.SortKey = "due"
        self.open_only = True
        self.overdue_only = False
        self.within_index = 0
        self.mine = False
        self.period: str = "month"
        self.cal: HolidayCalendar = HolidayCalendar.default()
        self.figures_rows: list[svc.PeriodFigures] = []

    # ------------------------------------------------------------------ layout

    def compose_body(self) -> ComposeResult:
        with ContentSwitcher(initial="foi-cases", id="foi-switcher"):
            with Vertical(id="foi-cases"):
                yield Static("", id="foi-summary", markup=False)
                yield DataTable(id="foi-table", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="foi-detail"):
                    yield Static("", id="foi-detail-text")
            with Vertical(id="foi-figures"):
                yield Static("", id="foi-figures-title", markup=False)
                fig: DataTable[Any] = DataTable(id="foi-figures-table", cursor_type="row", zebra_stripes=True)
                fig.add_columns("Period", "Received", "Answered", "In time", "Late", "Open", "Withdrawn",
                                "In time %", "ICO mark", "Extended", "Refused", "Part", "Not held", "Reviews")
                yield fig

    def on_mount(self) -> None:
        self.reload()

    def data_changed(self, entities: frozenset[Entity]) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    # ------------------------------------------------------------------ loading

    @property
    def soon(self) -> int:
        return self.config.app.foi_due_soon_days

    def _filter(self) -> FoiFilter:
        return FoiFilter(open_only=self.open_only, assignee=self.actor.login if self.mine else None,
                         limit=2000)

    @work(exclusive=True, group="foi-load", exit_on_error=False)
    async def reload(self, select_id: int | None = None) -> None:
        try:
            self.cal = await self.store.holiday_calendar()
            rows = await svc.list_cases(self.store, self._filter(), today=clock.today(), soon=self.soon,
                                        due_within=WITHIN[self.within_index], overdue=self.overdue_only,
                                        sort=self.sort)
        except UserError as exc:
            self.show_error(exc)
            return
        self.rows = rows
        self._render_table(select_id)
        self.loaded = True
        if self.query_one(ContentSwitcher).current == "foi-figures":
            self.load_figures()

    def _cells(self, r: svc.CaseRow) -> dict[str, str | Text]:
        c, case_clock = r.case, r.clock
        applicant = c.applicant_name or at_handle(c.applicant_handle) or "—"
        left = "" if case_clock.working_days_left is None else str(case_clock.working_days_left)
        style = LABEL_STYLES.get(case_clock.label, "dim" if case_clock.phase == "closed" else "")
        status = foi.STATUS_WORDS.get(c.status.value, c.status.value)
        if c.validity_doubtful:
            status += " ⚠"
        return {
            "ref": c.reference or str(c.id), "applicant": Text(snippet(applicant, 20)),
            "channel": Text(snippet(c.channel, 9)), "received": c.received_on.strftime("%d %b %Y"),
            "status": snippet(status, 16),
            "due": due_text(case_clock.due, clock.today()) if case_clock.due else "paused",
            "left": Text(left, style=style), "clock": Text(case_clock.label, style=style),
        }

    def on_resize(self) -> None:
        if self.rows:
            self._render_table()

    def _render_table(self, select_id: int | None = None) -> None:
        table = self.query_one("#foi-table", DataTable)
        keep = select_id if select_id is not None else (self.selected.case.id if self.selected else None)
        cells = [self._cells(r) for r in self.rows]
        widths = {key: max([cell_len(label)] + [cell_len(str(row[key])) for row in cells]) for key, label in COLUMNS}
        keys = fit_columns(widths, (table.size.width or self.size.width) - SCROLLBAR)
        if [str(column.key.value) for column in table.ordered_columns] != keys:
            table.clear(columns=True)
            labels = dict(COLUMNS)
            for key in keys:
                table.add_column(labels[key], key=key)
        else:
            table.clear()
        for r, row in zip(self.rows, cells, strict=True):
            table.add_row(*(row[key] for key in keys), key=str(r.case.id))
        if keep is not None:
            for i, r in enumerate(self.rows):
                if r.case.id == keep:
                    table.move_cursor(row=i)
                    break
        overdue = sum(1 for r in self.rows if r.clock.overdue)
        soon = sum(1 for r in self.rows if r.clock.label in ("due soon", "due today"))
        within = WITHIN[self.within_index]
        filters = [("open cases" if self.open_only else "all cases"), f"sorted by {self.sort}"]
        if self.overdue_only:
            filters.append("overdue only")
        if within is not None:
            filters.append(f"due within {within} working days")
        if self.mine:
            filters.append("assigned to me")
        self.query_one("#foi-summary", Static).update(
            f"{len(self.rows)} shown · {overdue} overdue · {soon} due soon · " + " · ".join(filters))
        self._show_detail()

    @property
    def selected(self) -> svc.CaseRow | None:
        table = self.query_one("#foi-table", DataTable)
        if not self.rows or table.cursor_row is None or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(DataTable.RowHighlighted, "#foi-table")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(DataTable.RowSelected, "#foi-table")
    def _selected_row(self) -> None:
        """Enter on a row (the table takes Enter first): show the case detail full height, or back."""
        self.action_toggle_detail()

    def _show_detail(self) -> None:
        pane = self.query_one("#foi-detail-text", Static)
        row = self.selected
        if row is None:
            pane.update(Text("No FOI cases here. n opens one; f on a mention in Feed or Triage opens one from a post.",
                             style="dim"))
            return
        pane.update(self.detail_text(row))

    def detail_text(self, row: svc.CaseRow) -> Text:
        """Everything about a case: applicant, validity, request, events and the clock's explanation."""
        c, case_clock = row.case, row.clock
        out = Text()
        out.append(f"{c.reference}  ", style="bold")
        out.append(f"{c.regime.upper()} · received {foi.fmt(c.received_on)} via ")
        out.append_text(safe_text(c.channel, single_line=True))
        out.append(f" · {foi.STATUS_WORDS.get(c.status.value, c.status.value)}")
        if case_clock.due:
            out.append(f" · due {foi.fmt(case_clock.due)}", style="bold")
        out.append(f" · {case_clock.label}\n", style=LABEL_STYLES.get(case_clock.label, ""))
        out.append("Applicant: ")
        out.append_text(safe_text(c.applicant_name or "(no real name)", single_line=True))
        if c.applicant_handle:
            out.append(" · @")
            out.append_text(safe_text(c.applicant_handle, single_line=True))
        if c.contact:
            out.append(" · ")
            out.append_text(safe_text(c.contact, single_line=True))
        if c.profile_url:
            out.append(" · ")
            out.append_text(safe_text(c.profile_url, single_line=True))
        out.append(f" · assignee {c.assignee or '—'}\n")
        if c.validity_doubtful:
            out.append("⚠ ", style="bold yellow")
            out.append_text(safe_text(c.validity_note or "validity doubtful — ask for real name and email",
                                      "yellow"))
            out.append("  (m copies the reply asking for them)\n", style="dim")
        if c.outcome:
            out.append(f"Response: {c.outcome.replace('_', ' ')} by {c.response_channel or '—'} on "
                       f"{foi.fmt(c.responded_on) if c.responded_on else '—'}")
            if c.exemptions:
                out.append(f" · exemptions {'; '.join(clean(x, single_line=True) for x in c.exemptions)}")
            if c.response_url:
                out.append(" · ")
                out.append_text(safe_text(c.response_url, single_line=True))
            out.append("\n")
        out.append("Request: ", style="bold")
        out.append_text(safe_text(c.request_text, limit=2000))
        out.append("\n\nEvents:\n", style="bold")
        if not row.events:
            out.append("  none yet\n", style="dim")
        for e in row.events:
            out.append(f"  {foi.fmt(e.on_date)}  {foi.EVENT_KINDS.get(e.kind, e.kind)}  ({e.by})")
            if e.note:
                out.append(" — ")
                out.append_text(safe_text(e.note, single_line=True))
            out.append("\n")
        if case_clock.error:
            out.append(f"\n⚠ The events do not add up: {case_clock.error}\n", style="bold magenta")
        elif case_clock.deadline is not None:
            out.append("\nThe clock" + (" (internal review)" if case_clock.phase == "review" else "") + ":\n",
                       style="bold")
            for w in case_clock.deadline.warnings:
                out.append(f"  ⚠ {w}\n", style="yellow")
            for line in case_clock.deadline.explanation:
                out.append(f"  {line}\n")
            skipped = [f"{d:%d %b} {why}" for d, why in case_clock.deadline.skipped]
            if skipped:
                out.append("  Skipped: " + "; ".join(skipped) + "\n", style="dim")
        return out

    # ------------------------------------------------------------------ filters and views

    def action_cycle_sort(self) -> None:
        keys = svc.SORT_KEYS
        self.sort = keys[(keys.index(self.sort) + 1) % len(keys)]
        self.rows = svc.sort_rows(self.rows, self.sort)
        self._render_table()

    def action_toggle_open(self) -> None:
        self.open_only = not self.open_only
        self.reload()

    def action_toggle_overdue(self) -> None:
        self.overdue_only = not self.overdue_only
        self.reload()

    def action_cycle_within(self) -> None:
        self.within_index = (self.within_index + 1) % len(WITHIN)
        self.reload()

    def action_toggle_mine(self) -> None:
        self.mine = not self.mine
        self.reload()

    def action_toggle_detail(self) -> None:
        self.query_one("#foi-cases").toggle_class("detail-full")

    def action_figures(self) -> None:
        switcher = self.query_one(ContentSwitcher)
        if switcher.current == "foi-figures":
            switcher.current = "foi-cases"
            self.query_one("#foi-table", DataTable).focus()
            return
        switcher.current = "foi-figures"
        self.query_one("#foi-figures-table", DataTable).focus()
        self.load_figures()

    def action_toggle_period(self) -> None:
        self.period = "quarter" if self.period == "month" else "month"
        if self.query_one(ContentSwitcher).current == "foi-figures":
            self.load_figures()

    @work(exclusive=True, group="foi-figures", exit_on_error=False)
    async def load_figures(self) -> None:
        figures = await svc.figures(self.store, today=clock.today(), period=self.period)  # type: ignore[arg-type]
        self.figures_rows = figures
        table = self.query_one("#foi-figures-table", DataTable)
        table.clear()
        for f in reversed(figures):
            pct = f.timeliness
            style = "" if pct is None else ("green" if pct >= svc.ICO_GOOD else
                                            "yellow" if pct >= svc.ICO_MONITOR else "bold red")
            table.add_row(f.period, str(f.received), str(f.answered), str(f.in_time), str(f.late),
                          str(f.open_in_time), str(f.withdrawn), Text("—" if pct is None else f"{pct:.1f} %",
                                                                       style=style),
                          Text(f.mark, style=style), str(f.extended), str(f.refused), str(f.part), str(f.not_held),
                          str(f.reviews), key=f.period)
        self.query_one("#foi-figures-title", Static).update(
            f"FOI and EIR requests by {self.period} of receipt — in time % of those whose deadline has come "
            f"(ICO: ≥ {svc.ICO_GOOD:.0f} % good, < {svc.ICO_MONITOR:.0f} % monitoring). "
            "p month/quarter · x export disclosure log · g back to cases"
        )

    @work(exclusive=True, group="foi-export", exit_on_error=False)
    async def action_export_log(self) -> None:
        from brent_tui import paths

        today = clock.today()
        target = paths.data_dir() / "exports" / f"foi-disclosure-log-{today.isoformat()}-{clock.now():%H%M%S}.csv"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            count = await svc.export_disclosure_log(self.store, target, today=today)
        except (UserError, OSError) as exc:
            self.show_error(exc if isinstance(exc, UserError) else UserError(f"{target}: {exc}"))
            return
        self.notify(f"Disclosure log: {count} answered request(s) written to {target}", markup=False, timeout=10)

    # ------------------------------------------------------------------ actions

    def action_calculator(self) -> None:
        self.app.push_screen(FoiCalculator(self.cal, clock.today(), self.soon))

    def action_new_case(self) -> None:
        self.app.push_screen(FoiCaseForm(None, clock.today()), self._create_case)

    async def new_case_from_mention(self, mention_id: int, *, came_from: str | None = None) -> None:
        """`f` in Feed or Triage: the case form prefilled from the mention (the app calls this).
        Esc on the form goes back to `came_from`, the tab the officer pressed `f` in."""
        try:
            md = await svc.draft_from_mention(self.store, mention_id)
        except UserError as exc:
            self.show_error(exc)
            return
        if md.existing is not None:
            self.notify(f"Mention already has FOI case {md.existing.reference}: showing it.", markup=False)
            self.open_only = False
            self.reload(select_id=md.existing.id)
            return
        title = "New FOI case from a post — " + (
            "validity doubtful: ask for " + " and ".join(md.validity.ask_for) if md.validity.doubtful
            else "valid request")
        def done(draft: FoiCaseDraft | None) -> None:
            if draft is not None:
                self.create_case(draft)
            elif came_from is not None:
                self.app.call_later(self.brent.action_go, came_from)

        self.app.push_screen(FoiCaseForm(md.draft, clock.today(), title), done)

    def _create_case(self, draft: FoiCaseDraft | None) -> None:
        if draft is not None:
            self.create_case(draft)

    @work(exclusive=True, group="foi-write", exit_on_error=False)
    async def create_case(self, draft: FoiCaseDraft) -> None:
        try:
            case = await self.store.create_foi_case(self.actor, draft)
        except UserError as exc:
            self.show_error(exc)
            return
        message = f"Opened {case.reference}."
        if case.validity_doubtful:
            message += " Validity doubtful — ask for real name and email: press m to copy the reply."
        self.notify(message, markup=False, timeout=8)
        self.reload(select_id=case.id)

    def action_add_event(self) -> None:
        row = self.selected
        if row is None:
            self.notify("Select a case first.", severity="warning")
            return
        case = row.case

        def done(result: tuple[str, date, str | None] | None) -> None:
            if result is not None:
                self.add_event(case.id or 0, case.version, *result)

        self.app.push_screen(FoiEventForm(case.reference or "", case.regime, clock.today()), done)

    @work(exclusive=True, group="foi-write", exit_on_error=False)
    async def add_event(self, case_id: int, version: int, kind: str, on_date: date, note: str | None) -> None:
        try:
            await self.store.add_foi_event(self.actor, case_id, kind, on_date, note, version=version)
        except UserError as exc:
            self.show_error(exc)
            return
        self.notify(f"Recorded: {foi.EVENT_KINDS[kind]} on {foi.fmt(on_date)}", markup=False)
        self.reload(select_id=case_id)

    def action_respond(self) -> None:
        row = self.selected
        if row is None:
            self.notify("Select a case first.", severity="warning")
            return
        case = row.case

        def confirmed(values: dict[str, Any], yes: bool | None) -> None:
            if yes:
                self.record_response(case.id or 0, case.version, values)
            else:
                self.notify(f"Not recorded: {case.reference} is unchanged.", markup=False)

        def done(result: dict[str, Any] | None) -> None:
            if result is not None:  # recording a response closes the case: ask once, naming it
                question, detail = response_confirmation(row, result)
                self.app.push_screen(ConfirmPostAction(question, detail), lambda yes: confirmed(result, yes))

        self.app.push_screen(FoiResponseForm(case.reference or "", clock.today()), done)

    @work(exclusive=True, group="foi-write", exit_on_error=False)
    async def record_response(self, case_id: int, version: int, values: dict[str, Any]) -> None:
        try:
            case = await self.store.record_foi_response(self.actor, case_id, version=version, **values)
        except UserError as exc:
            self.show_error(exc)
            return
        self.notify(f"{case.reference}: response recorded ({values['outcome'].replace('_', ' ')}).", markup=False)
        self.reload(select_id=case_id)

    def action_ask_details(self) -> None:
        """Copy the reply asking for the real name and an email address; say whether it can be sent."""
        row = self.selected
        if row is None:
            return
        text = svc.details_request(row.case)
        self.app.copy_to_clipboard(text)
        connector = svc.reply_connector_name(self.config, row.case)
        how = (f"shift+M sends it as a reply through {connector}." if connector and row.case.mention_id
               else f"No connector for {row.case.channel} is configured: paste it as a reply yourself.")
        self.notify(f"Reply copied to the clipboard. {how}", markup=False, timeout=10)

    @work(exclusive=True, group="foi-write", exit_on_error=False)
    async def action_send_ask_details(self) -> None:
        row = self.selected
        if row is None:
            return
        text = svc.details_request(row.case)
        self.app.copy_to_clipboard(text)
        try:
            where = await svc.send_details_request(self.store, self.config, self.actor, row.case, text)
        except UserError as exc:
            self.show_error(exc)
            return
        self.notify(f"Sent: {where}", markup=False)
        self.reload(select_id=row.case.id)
