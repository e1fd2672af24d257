"""The footer: the keys that matter most on this screen, as many as fit, and `? Keys` for the rest.

Textual's own footer lays every shown binding out in a row and cuts the row at the screen's edge
(at 80 columns the Triage footer stopped before `5 Escalate`). This one fits whole keys only:
bindings are taken in the order their screen declares them (so a screen lists its essential keys
first), each as `key description`, until the next would not fit; `? Keys` is pinned on the right,
so every other key is one key away. A wider terminal shows more; a resize fits them again.

It is one widget drawing one line (Textual's footer mounts a widget per key, and mounted them
all again whenever the bindings changed: after every triage decision), so a repaint is cheap.
A click on a key presses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget

HELP_ACTION = "help"  # the app's `?`: pinned on the right, never dropped
GAP = 1  # columns between two keys
HELP_EDGE = "▏"  # before the pinned `? Keys`
DISABLED = Style(dim=True)


@dataclass(frozen=True)
class FooterItem:
    key: str  # the key pressed when the item is clicked
    display: str  # how the key is shown ("⏎", "^n", "[ ]")
    description: str
    action: str
    enabled: bool = True
    tooltip: str = ""
    app_wide: bool = False

    @property
    def width(self) -> int:
        return cell_len(self.display) + (1 + cell_len(self.description) if self.description else 0)

    @property
    def text(self) -> str:
        return f"{self.display} {self.description}".strip()


def fit(items: list[FooterItem], width: int) -> list[FooterItem]:
    """The leading items that fit in `width` columns, with a gap after each (no skipping ahead:
    a later, shorter key is never shown in place of an earlier, more important one)."""
    shown: list[FooterItem] = []
    used = 0
    for item in items:
        if used + item.width + GAP > width:
            break
        shown.append(item)
        used += item.width + GAP
    return shown


class KeyFooter(Widget):
    """One line: whole keys only, in the screen's order of importance; `? Keys` pinned right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-footer--key", "key-footer--description"}
    DEFAULT_CSS = """
    KeyFooter { dock: bottom; height: 1; background: $footer-background; color: $footer-foreground; }
    KeyFooter > .key-footer--key { color: $footer-key-foreground; background: $footer-key-background;
        text-style: bold; }
    KeyFooter > .key-footer--description { color: $footer-description-foreground;
        background: $footer-description-background; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._regions: list[tuple[int, int, FooterItem]] = []  # (from, to, item) as last drawn
        self._shown: list[FooterItem] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: object) -> None:
        self.refresh()

    def items(self) -> tuple[list[FooterItem], FooterItem | None]:
        """What the footer could show, most important first, and the pinned help key."""
        app = self.app
        items: list[FooterItem] = []
        help_item: FooterItem | None = None
        seen_actions: set[str] = set()
        groups_done: set[object] = set()
        active = list(self.screen.active_bindings.values())
        for node, binding, enabled, tooltip in active:
            if binding.action == HELP_ACTION and node is app:
                help_item = FooterItem(binding.key, app.get_key_display(binding), binding.description,
                                       binding.action, enabled, tooltip or binding.tooltip)
                continue
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            group = binding.group
            if group is not None:  # `[ ] Earlier/later`: the group's keys share one description
                if group in groups_done:
                    continue
                groups_done.add(group)
                members = [b for _, b, _, _ in active if b.group == group and b.show]
                display = ("" if group.compact else " ").join(app.get_key_display(b) for b in members)
                items.append(FooterItem(binding.key, display, group.description, binding.action, enabled,
                                        tooltip or binding.tooltip))
                continue
            items.append(FooterItem(binding.key, app.get_key_display(binding), binding.description, binding.action,
                                    enabled, tooltip or binding.tooltip, app_wide=node is app))
        # The screen's own keys first, then the app's, in the order the app declares them (^n, ^p, ^q).
        order = {binding.action: i for i, binding in enumerate(getattr(type(app), "BINDINGS", []))
                 if isinstance(binding, Binding)}
        items.sort(key=lambda item: (item.app_wide, order.get(item.action, 0) if item.app_wide else 0))
        return items, help_item

    def render(self) -> Text:
        width = self.size.width or self.app.size.width
        items, help_item = self.items()
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        pinned = Text()
        if help_item is not None:
            pinned.append(HELP_EDGE, style="dim")
            pinned.append(help_item.display, style=key_style)
            pinned.append(f" {help_item.description} ", style=description_style)
        shown = fit(items, width - pinned.cell_len)
        text = Text(no_wrap=True, overflow="crop")
        regions: list[tuple[int, int, FooterItem]] = []
        for item in shown:
            start = text.cell_len
            extra = DISABLED if not item.enabled else Style()
            text.append(item.display, style=key_style + extra)
            if item.description:
                text.append(f" {item.description}", style=description_style + extra)
            regions.append((start, text.cell_len, item))
            text.append(" " * GAP)
        text.append(" " * max(0, width - text.cell_len - pinned.cell_len))
        if help_item is not None:
            regions.append((text.cell_len, text.cell_len + pinned.cell_len, help_item))
        text.append_text(pinned)
        self._regions = regions
        self._shown = [*shown, *([help_item] if help_item is not None else [])]
        return text

    def on_resize(self, event: events.Resize) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        for start, end, item in self._regions:
            if start <= event.x < end:
                if item.enabled:
                    self.app.simulate_key(item.key)
                else:
                    self.app.bell()
                return

    def shown(self) -> list[str]:
        """The `key description` pairs now on screen, the pinned help last (for tests)."""
        return [item.text for item in self._shown]
