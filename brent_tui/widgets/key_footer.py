"""The footer: the keys that matter most on this screen, as many as fit, and `? Keys` for the rest.

Textual's own footer lays every shown binding out in a row and cuts the row at the screen's edge
(at 80 columns the Triage footer stopped before `5 Escalate`). This one fits whole keys only:
bindings are taken in the order their screen declares them (so a screen lists its essential keys
first), each as `key description`, until the next would not fit; `? Keys` is pinned on the right,
so every other key is one key away. A wider terminal shows more; a resize fits them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

HELP_ACTION = "help"  # the app's `?`: pinned on the right, never dropped
GAP = 1  # columns between two keys (the compact footer's margin)


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


class KeyFooter(Footer):
    """A compact footer that shows whole keys only, in the screen's order of importance."""

    DEFAULT_CSS = """
    KeyFooter FooterKey.-help { dock: right; padding-right: 1; border-left: vkey $foreground 20%; }
    """

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._fitted_width = 0

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

    def _width(self) -> int:
        return self.size.width or self.screen.size.width or self.app.size.width

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        width = self._width()
        self._fitted_width = width
        items, help_item = self.items()
        room = width
        if help_item is not None:
            room -= help_item.width + 2  # its border and padding
        for item in fit(items, room):
            yield self._key(item)
        if help_item is not None:
            yield self._key(help_item, classes="-help")

    def _key(self, item: FooterItem, classes: str = "") -> FooterKey:
        return FooterKey(item.key, item.display, item.description, item.action, disabled=not item.enabled,
                         tooltip=item.tooltip, classes=classes).data_bind(compact=Footer.compact)

    def on_resize(self, event: events.Resize) -> None:
        if self._bindings_ready and event.size.width != self._fitted_width:
            self.call_after_refresh(self.recompose)

    def shown(self) -> list[str]:
        """The `key description` pairs now on screen (for tests and the help)."""
        return [f"{key.key_display} {key.description}".strip() for key in self.query(FooterKey)]
