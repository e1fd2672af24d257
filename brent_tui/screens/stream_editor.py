"""Create or edit one Feed stream: name, switch key and filters — keyboard only, checked before saving.

The fields are typed as text (networks and statuses as comma lists) and validated by the pure
`services.feed.parse_stream_form`; the free-text query is tried against the FTS index so a
malformed one is refused with the search's own message. The store saves it (audited) and checks
the user may save streams. Dismisses with the saved `Stream`, or None.
"""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from brent_tui.domain.errors import UserError
from brent_tui.domain.models import MentionStatus, Platform, Stream
from brent_tui.services.feed import StreamForm, StreamFormError, parse_stream_form
from brent_tui.widgets.key_footer import KeyFooter

FIELDS: list[tuple[str, str, str]] = [
    ("name", "Name", "e.g. Flooding"),
    ("key", "Key", "one letter or digit to switch to it"),
    ("networks", "Networks", ", ".join(p.value for p in list(Platform)[:5]) + " … (empty: all)"),
    ("account", "Account", "council account mentioned, e.g. @BrentCouncil"),
    ("statuses", "Statuses", ", ".join(s.value for s in MentionStatus) + " (empty: all)"),
    ("department", "Department", "e.g. Environment (empty: all)"),
    ("sentiment", "Sentiment", "negative, neutral or positive (empty: all)"),
    ("since_hours", "Last hours", "e.g. 24 (empty: any time)"),
    ("text", "Words", 'search query: flood* OR "River Brent"'),
]


class StreamEditor(ModalScreen[Stream | None]):
    """ctrl+s saves, esc cancels; tab / shift+tab move between the fields."""

    TITLE = "Stream"  # how `?` names this window

    CSS_PATH = "stream_editor.tcss"
    BINDINGS: ClassVar = [
        Binding("ctrl+s", "save", "Save", id="stream_editor.save"),
        Binding("escape", "cancel", "Cancel", id="stream_editor.cancel"),
    ]

    def __init__(self, *, owner: str, existing: list[Stream], reserved_keys: set[str],
                 editing: Stream | None = None, departments: list[str] | None = None) -> None:
        super().__init__()
        self.owner = owner
        self.existing = existing
        self.reserved_keys = reserved_keys
        self.editing = editing
        self.departments = departments
        self.form = StreamForm.of(editing) if editing is not None else StreamForm()

    def compose(self) -> ComposeResult:
        title = f"Edit stream “{self.editing.name}”" if self.editing else "New stream"
        with Vertical(id="stream-box"):
            yield Static(f"{title} — ctrl+s save · esc cancel · empty fields select everything",
                         id="stream-title", markup=False)
            with Grid(id="stream-grid"):
                for name, label, placeholder in FIELDS:
                    yield Label(label, classes="stream-label")
                    yield Input(value=getattr(self.form, name), placeholder=placeholder, id=f"stream-{name}",
                                select_on_focus=False)
            yield Static("", id="stream-error", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#stream-name", Input).focus()

    def _read_form(self) -> StreamForm:
        return StreamForm(**{name: self.query_one(f"#stream-{name}", Input).value for name, _, _ in FIELDS})

    def _problem(self, text: str, field: str | None = None) -> None:
        self.query_one("#stream-error", Static).update(text)
        if field is not None:
            self.query_one(f"#stream-{field}", Input).focus()

    def action_save(self) -> None:
        try:
            stream = parse_stream_form(
                self._read_form(), owner=self.owner, existing=self.existing, reserved_keys=self.reserved_keys,
                editing=self.editing, departments=self.departments,
            )
        except StreamFormError as exc:
            labels = {name: label for name, label, _ in FIELDS}
            lines = [f"{labels.get(k, k)}: {v}" for k, v in exc.problems.items()]
            self._problem("\n".join(lines), next(iter(exc.problems)))
            return
        self._save(stream)

    @work(exclusive=True, group="stream-save", exit_on_error=False)
    async def _save(self, stream: Stream) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        if stream.filter.text:
            try:
                await store.search(stream.filter.text, limit=1)
            except UserError as exc:
                self._problem(f"Words: {exc}", "text")
                return
        try:
            saved = await store.save_stream(stream, self.app.actor)  # type: ignore[attr-defined]
        except UserError as exc:
            self._problem(str(exc))
            return
        self.dismiss(saved)

    def action_cancel(self) -> None:
        self.dismiss(None)
