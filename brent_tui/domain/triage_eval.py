"""How far the triage suggestions agree with labelled mentions: pure, so the CLI and the benchmark share it.

A label is the evaluation set's `label` object (`route` 1–5, `foi`, `foi_valid`, …); a suggestion
is what `brent-tui triage suggest` writes (`route`, `foi`, `foi_valid`). The figures are the ones
the strategy cares about: route agreement, escalation recall (a missed escalation is the dangerous
mistake), and FOI recall with its false-flag rate (a missed request can miss a statutory clock; a
false flag costs an officer's time).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from brent_tui.domain.models import Route

ROUTES = tuple(int(r) for r in Route)
_SHORT = {1: "monitor", 2: "cust.serv", 3: "web team", 4: "service conv", 5: "escalate"}


@dataclass
class Evaluation:
    """Counts, from which every figure is derived; `confusion[label][suggested]`."""

    confusion: dict[int, dict[int, int]] = field(default_factory=lambda: {r: dict.fromkeys(ROUTES, 0) for r in ROUTES})
    foi_labelled: int = 0  # FOI requests in the labels
    foi_found: int = 0  # … of which flagged
    foi_false_flags: int = 0  # flagged, but not an FOI request
    foi_valid_agreed: int = 0  # FOI found, and its validity agrees with the label
    department_labelled: int = 0  # labels naming a department
    department_agreed: int = 0

    @property
    def total(self) -> int:
        return sum(sum(row.values()) for row in self.confusion.values())

    @property
    def correct(self) -> int:
        return sum(self.confusion[r][r] for r in ROUTES)

    @property
    def accuracy(self) -> float:
        return _rate(self.correct, self.total)

    @property
    def escalations(self) -> int:
        return sum(self.confusion[5].values())

    @property
    def escalation_recall(self) -> float:
        return _rate(self.confusion[5][5], self.escalations)

    @property
    def foi_recall(self) -> float:
        return _rate(self.foi_found, self.foi_labelled)

    @property
    def foi_false_flag_rate(self) -> float:
        """False flags among the mentions that are not FOI requests."""
        return _rate(self.foi_false_flags, self.total - self.foi_labelled)

    def recall(self, route: int) -> float:
        return _rate(self.confusion[route][route], sum(self.confusion[route].values()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "mentions": self.total,
            "route_accuracy": round(self.accuracy, 4),
            "escalation_recall": round(self.escalation_recall, 4),
            "foi_recall": round(self.foi_recall, 4),
            "foi_false_flag_rate": round(self.foi_false_flag_rate, 4),
            "foi_valid_agreed": self.foi_valid_agreed,
            "department_agreement": round(_rate(self.department_agreed, self.department_labelled), 4),
            "confusion": {str(r): {str(s): n for s, n in row.items()} for r, row in self.confusion.items()},
        }


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def evaluate(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> Evaluation:
    """Compare (suggestion, label) pairs; both are mappings with `route` and `foi` (and `foi_valid`)."""
    ev = Evaluation()
    for suggestion, label in pairs:
        want, got = int(label["route"]), int(suggestion["route"])
        ev.confusion[want][got] += 1
        flagged, is_foi = bool(suggestion.get("foi")), bool(label.get("foi"))
        if is_foi:
            ev.foi_labelled += 1
            if flagged:
                ev.foi_found += 1
                ev.foi_valid_agreed += bool(suggestion.get("foi_valid")) == bool(label.get("foi_valid"))
        elif flagged:
            ev.foi_false_flags += 1
        if label.get("department"):
            ev.department_labelled += 1
            ev.department_agreed += suggestion.get("department") == label["department"]
    return ev


def report_lines(ev: Evaluation) -> list[str]:
    """The figures and the confusion matrix (rows: the label, columns: the suggestion) as text lines."""
    pct = lambda part, whole: f"{part}/{whole} ({_rate(part, whole):.1%})"  # noqa: E731
    lines = [
        f"route agreement      {pct(ev.correct, ev.total)}",
        f"escalation recall    {pct(ev.confusion[5][5], ev.escalations)}",
        f"FOI recall           {pct(ev.foi_found, ev.foi_labelled)}",
        f"FOI false flags      {pct(ev.foi_false_flags, ev.total - ev.foi_labelled)} of non-requests",
        f"FOI validity agreed  {pct(ev.foi_valid_agreed, ev.foi_found)} of requests found",
        f"department agreed    {pct(ev.department_agreed, ev.department_labelled)} where the label names one",
        "",
        "label ↓ / suggested → " + " ".join(f"{_SHORT[r]:>12}" for r in ROUTES) + "      recall",
    ]
    for r in ROUTES:
        row = ev.confusion[r]
        lines.append(f"{r} {_SHORT[r]:<20}" + " ".join(f"{row[s]:>12}" for s in ROUTES)
                     + f"   {pct(row[r], sum(row.values())):>14}")
    return lines
