"""A fuzzy pick list: type a few letters, arrows to choose, Enter to pick, Escape to cancel.

Used by Triage for department (`d`) and assignee (`o`); any screen may reuse it:
`self.app.push_screen(PickList("Department", [(value, label), ...]), callback)`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option


class PickList(ModalScreen[str | None]):
    """Returns the chosen value, or None when cancelled."""

    TITLE = "Choose one"  # how `?` names this window

    DEFAULT_CSS = """
    PickList { align: center middle; }
    PickList > Vertical { width: 60; height: auto; max-height: 24; border: round $accent; background: $surface;
                          padding: 0 1; }
    PickList OptionList { height: auto; max-height: 16; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="pick.cancel"),
        Binding("down", "move(1)", "Next", show=False, id="pick.down"),
        Binding("up", "move(-1)", "Previous", show=False, id="pick.up"),
    ]

    def __init__(self, title: str, choices: Sequence[tuple[str, str]], *, current: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"), markup=False)
            yield Input(placeholder="type to filter", id="pick-filter")
            yield OptionList(id="pick-options")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        matcher = Matcher(query) if query else None
        scored = []
        for value, label in self.choices:
            score = matcher.match(label) if matcher else 1.0
            if score > 0:
                scored.append((score, value, label))
        if matcher:
            scored.sort(key=lambda s: -s[0])
        options.add_options([Option(Text(label), id=value) for _, value, label in scored])
        if scored:
            index = next((i for i, (_, v, _) in enumerate(scored) if v == self.current and not query), 0)
            options.highlighted = index

    @on(Input.Changed, "#pick-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#pick-filter")
    def _submit(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = ((options.highlighted or 0) + step) % options.option_count

    def action_cancel(self) -> None:
        self.dismiss(None)
