"""`?`: every key that works here, grouped by what the officer is doing, in plain words.

The tab declares its groups (`KEY_GROUPS`: a heading and the ids of its bindings); each row's words
are the binding's `tooltip` (the footer keeps the short `description`). Then the keys the app adds:
moving around, the tabs, and the keys that work anywhere. Textual's own widget keys (scrolling,
the cursor) are summed up in one row in the officer's words, never by widget name; a key appears
once, as it works here; keys the terminal cannot send (super+…) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen

MOVING = "Moving around"
TABS = "Go to a tab"
ANYWHERE = "Anywhere"
MORE = "More on this tab"

KEY_NAMES = {
    "up": "↑", "down": "↓", "left": "←", "right": "→", "enter": "Enter", "escape": "Esc", "space": "Space",
    "pageup": "PgUp", "pagedown": "PgDn", "home": "Home", "end": "End", "delete": "Del", "backspace": "Backspace",
    "tab": "Tab", "insert": "Ins", "question_mark": "?", "slash": "/", "left_square_bracket": "[",
    "right_square_bracket": "]",
}
MODIFIERS = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt"}  # super/meta: not sent by an SSH terminal

# Textual's own widgets' keys (no id) that move the cursor or scroll: summed up in a few rows.
MOVES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"scroll_up", "scroll_down", "scroll_left", "scroll_right", "cursor_up", "cursor_down", "cursor_left",
                "cursor_right"}), "Move the cursor, or scroll"),
    (frozenset({"page_up", "page_down"}), "A page up or down"),
    (frozenset({"page_left", "page_right"}), "A page left or right"),
    (frozenset({"scroll_home", "scroll_end", "scroll_top", "scroll_bottom"}), "To the top or the bottom"),
)
MOVE_ORDER = ("↑", "↓", "←", "→", "PgUp", "PgDn", "Home", "End")
BUILTIN_WORDS = {  # action (without its namespace) → (heading, words)
    "focus_next": (MOVING, "The next pane or field"),
    "focus_previous": (MOVING, "The previous pane or field"),
    "copy_text": (ANYWHERE, "Copy the selected text"),
}
APP_ORDER = ("app.help", "app.commands", "app.notifications", "app.quit")


def key_label(key: str) -> str | None:
    """`ctrl+n` → `Ctrl+N`, `pagedown` → `PgDn`, `f2` → `F2`; None for a key a terminal cannot send."""
    *modifiers, name = key.split("+")
    if any(m not in MODIFIERS for m in modifiers):
        return None
    if name in KEY_NAMES:
        base = KEY_NAMES[name]
    elif name[:1] == "f" and name[1:].isdigit():
        base = name.upper()
    elif len(name) == 1:
        base = name.upper() if "ctrl" in modifiers else name
    else:
        base = format_key(name)
    return "".join(f"{MODIFIERS[m]}+" for m in modifiers) + base


@dataclass
class HelpRow:
    keys: list[str]
    does: str
    available: bool = True

    @property
    def key_text(self) -> str:
        return " / ".join(self.keys)


@dataclass
class HelpSection:
    title: str
    rows: list[HelpRow] = field(default_factory=list)


def _words(binding: Binding) -> str:
    return binding.tooltip or binding.description


def _available(node: DOMNode, binding: Binding) -> bool:
    """Whether the key does something now (a tab disables some keys: the incident's outside one)."""
    try:
        return bool(node.app._check_action_state(binding.action, node))
    except Exception:  # the help must open whatever a check does
        return True


def key_help(screen: Screen) -> list[HelpSection]:
    """The keys of `screen` (and of the focused widget and the app) as the help lists them."""
    chain = screen._modal_binding_chain  # focused widget → screen → app: where a key is looked up first
    claimed: set[str] = set()
    ours: dict[tuple[str, str], HelpRow] = {}  # (binding id, action) → row, in the order met
    builtin: list[tuple[str, str, Binding]] = []  # (key, label, binding) of Textual's own
    for node, bindings in chain:
        for key, binding in bindings:
            label = key_label(key)
            if binding.system or label is None or key in claimed:
                continue
            if binding.id is None:
                builtin.append((key, label, binding))
                continue
            claimed.add(key)
            row = ours.setdefault((binding.id, binding.action), HelpRow([], _words(binding), _available(node, binding)))
            if label not in row.keys:
                row.keys.append(label)

    # A tab's key that works once one of its widgets has the focus (Insights' `n` on a chart).
    wanted = {binding_id for _, ids in getattr(screen, "KEY_GROUPS", ()) for binding_id in ids}
    missing = wanted - {row_id for row_id, _ in ours}
    for widget in screen.query("*") if missing else ():
        for key, binding in widget._bindings:
            label = key_label(key)
            if binding.id in missing and label is not None and key not in claimed:
                claimed.add(key)
                row = ours.setdefault((binding.id, binding.action),
                                      HelpRow([], f"{_words(binding)} (Tab to it first)", False))
                row.keys.append(label)

    sections: dict[str, HelpSection] = {}

    def section(title: str) -> HelpSection:
        return sections.setdefault(title, HelpSection(title))

    groups = getattr(screen, "KEY_GROUPS", ())
    for title, _ids in groups:
        section(title)
    placed: set[tuple[str, str]] = set()
    for title, ids in groups:
        for binding_id in ids:
            for (row_id, action), row in ours.items():
                if row_id == binding_id:
                    section(title).rows.append(row)
                    placed.add((row_id, action))
    screen_moves = len(section(MOVING).rows)  # the tab's own (the calendar's post to post) come first
    app_rows = {row_id: row for (row_id, _), row in ours.items() if row_id.startswith(("app.", "tab."))}
    for (row_id, action), row in ours.items():
        if (row_id, action) not in placed and row_id not in app_rows:
            section(MORE).rows.append(row)

    moves: list[list[str]] = [[] for _ in MOVES]
    for key, label, binding in builtin:
        if key in claimed:
            continue
        claimed.add(key)
        action = binding.action.rpartition(".")[2]
        kind = next((i for i, (actions, _) in enumerate(MOVES) if action in actions), None)
        if kind is not None:
            moves[kind].append(label)
        elif action in BUILTIN_WORDS:
            heading, words = BUILTIN_WORDS[action]
            section(heading).rows.append(HelpRow([label], words))
        elif binding.description:
            section(MOVING).rows.append(HelpRow([label], binding.description))
    for i, keys in reversed(list(enumerate(moves))):
        if keys:
            keys.sort(key=lambda k: (MOVE_ORDER.index(k) if k in MOVE_ORDER else len(MOVE_ORDER), k))
            section(MOVING).rows.insert(screen_moves, HelpRow([" ".join(keys)], MOVES[i][1]))

    for row_id, row in app_rows.items():
        if row_id.startswith("tab."):
            section(TABS).rows.append(row)
    for row_id in APP_ORDER:
        if row_id in app_rows:
            section(ANYWHERE).rows.append(app_rows[row_id])
    if ANYWHERE in sections:  # copy (Textual's) after the app's own keys
        anywhere = sections.pop(ANYWHERE)
        anywhere.rows.sort(key=lambda r: 0 if r in app_rows.values() else 1)
        sections[ANYWHERE] = anywhere
    return [s for s in sections.values() if s.rows]


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the screen below by what they are for, like a man page for keys."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90; max-width: 95%; height: 90%; border: round $accent;
        background: $surface; padding: 0 1; }
    """

    def __init__(self, sections: list[HelpSection], title: str, who: str = "") -> None:
        super().__init__()
        self.sections = sections
        self.title_text = title
        self.who = who

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """(heading, keys, what they do), in the order shown."""
        return [(s.title, row.key_text, row.does) for s in self.sections for row in s.rows]

    def compose(self) -> ComposeResult:
        key_width = min(20, max((cell_len(row.key_text) for s in self.sections for row in s.rows), default=6))
        parts: list[Text | Table] = []
        for sec in self.sections:
            parts.append(Text(f"\n{sec.title}", style="bold"))
            table = Table(box=None, expand=True, show_header=False, padding=(0, 1, 0, 2))
            table.add_column("Key", style="bold cyan", width=key_width)
            table.add_column("Does", ratio=1)
            for row in sec.rows:
                style = "" if row.available else "dim"
                does = Text(row.does, style=style)
                if not row.available and not row.does.endswith(")"):  # "(during an incident)" says why
                    does.append(" (not now)", style="dim italic")
                table.add_row(Text(row.key_text, style=style), does)
            parts.append(table)
        heading = Text(f"Keys — {self.title_text}", style="bold")
        heading.append("   Esc closes · ↑ ↓ scroll", style="dim")
        with VerticalScroll():
            yield Static(heading, markup=False)
            if self.who:
                yield Static(Text(f"Signed in as {self.who}", style="dim"), markup=False)
            yield Static(Group(*parts))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
