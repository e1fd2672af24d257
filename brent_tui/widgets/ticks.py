"""A checkbox and a selection list whose ticked items show a tick, not only a colour.

Textual draws every box as ▐X▌ and tells ticked from unticked by colour alone; on a monochrome
terminal, or to a colour-blind officer, every account looked ticked. Here an unticked box is ▐ ▌.
"""

from __future__ import annotations

from typing import TypeVar

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

TICK = "✓"
UNTICKED = " "
T = TypeVar("T")


class TickBox(Checkbox):
    """A Checkbox showing ✓ when ticked and a blank when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return TICK if self.value else UNTICKED

    def watch_value(self) -> None:
        self.refresh()


class TickList(SelectionList[T]):
    """A SelectionList showing ✓ beside the chosen items and a blank beside the rest."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        segments = list(line)
        try:
            option = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        if len(segments) < 2 or option.value is None:
            return line
        inner = segments[1]
        mark = TICK if option.value in self._selected else UNTICKED
        segments[1] = Segment(mark, inner.style, inner.control)
        return Strip(segments, line.cell_length)
