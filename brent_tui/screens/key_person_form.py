"""Add or edit one key person: network, handle, name, category, note. Dismisses with (person, before)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from brent_tui.domain.models import KeyPerson, Platform
from brent_tui.domain.text import clean

CATEGORIES = ("councillor", "mp", "journalist", "community_group", "blog", "business", "other")


class KeyPersonForm(ModalScreen[tuple[KeyPerson, KeyPerson | None] | None]):
    """A small form; ctrl+s saves, escape cancels. The store checks who may save."""

    TITLE = "Key person"  # how `?` names this window

    DEFAULT_CSS = """
    KeyPersonForm { align: center middle; }
    KeyPersonForm > Vertical { width: 70; max-width: 100%; height: auto; border: round $accent;
        background: $surface; padding: 0 1; }
    KeyPersonForm Input, KeyPersonForm Select { margin: 0 0 0 0; }
    KeyPersonForm #kp-error { color: $error; height: auto; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="key_person.save"),
        Binding("escape", "cancel", "Cancel", id="key_person.cancel"),
    ]

    def __init__(self, person: KeyPerson | None) -> None:
        super().__init__()
        self.before = person if person is not None and person.id is not None else None
        self.person = person

    def compose(self) -> ComposeResult:
        p = self.person
        with Vertical():
            yield Static("Key person — ctrl+s save · esc cancel", markup=False)
            yield Label("Network")
            yield Select([(x.value, x.value) for x in Platform], value=p.platform.value if p else Platform.X.value,
                         allow_blank=False, id="kp-platform")
            yield Label("Handle")
            yield Input(value=self._shown("handle"), placeholder="@handle", id="kp-handle")
            yield Label("Name")
            yield Input(value=self._shown("name"), id="kp-name")
            yield Label("Category")
            category = p.category if p and p.category in CATEGORIES else "councillor"
            yield Select([(c.replace("_", " "), c) for c in CATEGORIES], value=category, allow_blank=False,
                         id="kp-category")
            yield Label("Note")
            yield Input(value=(p.note or "") if p else "", id="kp-note")
            yield Static("", id="kp-error", markup=False)

    def _shown(self, field: str) -> str:
        """A field's starting value as the input draws it: a stranger's handle or name made inert."""
        return clean(getattr(self.person, field, None) or "", single_line=True)

    def _typed(self, field: str) -> str:
        """What was typed; a starting value left as shown keeps the original byte for byte, so the
        key person still matches the author it was made from."""
        value = self.query_one(f"#kp-{field}", Input).value.strip()
        original = getattr(self.person, field, None) or ""
        return original if original and value == self._shown(field).strip() else value

    def action_save(self) -> None:
        handle = self._typed("handle")
        if not handle:
            self.query_one("#kp-error", Static).update("Give the handle (as it appears on the network).")
            return
        person = KeyPerson(
            id=self.before.id if self.before else None,
            platform=Platform(str(self.query_one("#kp-platform", Select).value)),
            handle=handle,
            name=self._typed("name") or None,
            category=str(self.query_one("#kp-category", Select).value),
            note=self.query_one("#kp-note", Input).value.strip() or None,
        )
        self.dismiss((person, self.before))

    def action_cancel(self) -> None:
        self.dismiss(None)
