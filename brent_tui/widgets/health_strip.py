"""One line at the foot of the Feed: each connector's state and last good poll, red when failing."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from brent_tui.services.feed import HealthItem


class HealthStrip(Static):
    """`show(items)` redraws it; failing connectors use the `--failing` style and say why."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"health-strip--ok", "health-strip--failing", "health-strip--never"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Connectors: …", id=id, markup=False)
        self.items: list[HealthItem] = []

    def show(self, items: list[HealthItem]) -> None:
        self.items = items
        text = Text("Connectors: ")
        if not items:
            text.append("none configured (demo data or `brent-tui poll` fills the cache)",
                        style=self.get_component_rich_style("health-strip--never"))
        for i, item in enumerate(items):
            if i:
                text.append("  ")
            style = self.get_component_rich_style(f"health-strip--{item.state}")
            mark = {"ok": "●", "failing": "✖", "never": "○"}[item.state]
            text.append(f"{mark} {item.name} ", style=style)
            if item.failing:
                text.append(f"FAILING (ok {item.last_success}): {item.detail}", style=style)
            else:
                text.append(item.last_success, style=style)
            if item.next_try:  # held off by the network (a rate limit, a backoff): when it is asked again
                text.append(f" · next try {item.next_try}", style=style)
            if item.set_aside:  # poison pills kept out of the Feed: someone should look (`brent-tui doctor`)
                text.append(f" ⚠ {item.set_aside} set aside",
                            style=self.get_component_rich_style("health-strip--failing"))
        self.update(text)
        self.set_class(any(i.failing for i in items), "-failing")
