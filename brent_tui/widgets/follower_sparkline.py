"""Followers over time for one account: a caption with the figures and a Textual `Sparkline`."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Sparkline, Static

from brent_tui.domain.accounts import growth_per_day
from brent_tui.domain.london import london_date
from brent_tui.domain.models import FollowerSample

MAX_POINTS = 90


def daily_counts(samples: Sequence[FollowerSample]) -> list[tuple[str, int]]:
    """The last count of each London day (profile polls may run many times a day)."""
    days: dict[str, int] = {}
    for s in samples:
        days[london_date(s.at).isoformat()] = s.followers
    return list(days.items())[-MAX_POINTS:]


class FollowerSparkline(Vertical):
    """`set_samples` with an account's follower history (oldest first); shows growth per day."""

    DEFAULT_CSS = """
    FollowerSparkline { height: auto; }
    FollowerSparkline > Static { height: auto; color: $text-muted; }
    FollowerSparkline > Sparkline { height: 3; margin: 0 0 1 0; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Followers: no counts recorded yet", markup=False, classes="caption")
        yield Sparkline([], summary_function=max)

    def set_samples(self, samples: Sequence[FollowerSample]) -> None:
        caption = self.query_one(".caption", Static)
        line = self.query_one(Sparkline)
        points = daily_counts(samples)
        if not points:
            caption.update("Followers: no counts recorded yet (the connectors' profile polls add them)")
            line.data = []
            return
        growth = growth_per_day(samples)
        per_day = "–" if growth is None else f"{growth:+.1f}/day"
        caption.update(f"Followers {points[-1][1]:,} · {points[0][0]} → {points[-1][0]} "
                       f"({len(points)} days) · average {per_day}")
        line.data = [float(n) for _, n in points]
