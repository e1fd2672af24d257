"""A terminal chart with its numbers one key away: bars or time series drawn with block characters.

Block characters (▁▂▃▄▅▆▇█, ▏▎▍▌▋▊▉█) read in any UTF-8 terminal, in 16 colours over SSH and in
80 columns; the chart redraws to its width. `n` swaps the chart for a table of the same numbers.
Labels may come from strangers (hashtags, handles): they are cleaned by brent_tui.domain.text and drawn
as `Text`, never parsed as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from brent_tui.domain.text import clean

SPARKS = " ▁▂▃▄▅▆▇█"
HBLOCKS = " ▏▎▍▌▋▊▉█"
COLUMN_ROWS = 5


@dataclass
class ChartSpec:
    """What to draw. `kind="bars"`: one bar per label; `kind="series"`: each series over the labels."""

    key: str
    title: str
    kind: str  # "bars" | "series"
    labels: list[str]
    series: list[tuple[str, list[float]]]
    unit: str = ""
    note: str = ""
    value_text: list[str] | None = None  # bars: how each value reads (e.g. "92.0%  (23 of 25)")
    table_headers: list[str] | None = None  # the numbers view, when richer than the chart
    table_rows: list[list[str]] | None = None
    empty: str = "Nothing in this period."
    series_text: list[str] | None = None  # series: what each row ends with instead of its total
    relative: bool = False  # series: scale each row between its own low and high (follower counts)
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.labels or not any(any(v for v in values) for _, values in self.series)


def _fmt(value: float, unit: str = "") -> str:
    if unit == "%":
        return f"{value:.1f}%"
    if float(value).is_integer():
        return f"{int(value):,}{unit}"
    return f"{value:,.1f}{unit}"


def resample(values: list[float], width: int) -> list[float]:
    """Squeeze a series into `width` columns by summing neighbours (keeps totals honest)."""
    if width <= 0:
        return []
    if len(values) <= width:
        return list(values)
    out = [0.0] * width
    for i, v in enumerate(values):
        out[i * width // len(values)] += v
    return out


def sparkline(values: list[float], top: float | None = None) -> str:
    """One row of eighth-blocks; zero is a space-like baseline dot so gaps are visible."""
    top = max(values, default=0) if top is None else top
    if top <= 0:
        return "·" * len(values)
    out = []
    for v in values:
        if v <= 0:
            out.append("·")
        else:
            out.append(SPARKS[max(1, round(v / top * 8))])
    return "".join(out)


def sparkline_range(values: list[float]) -> str:
    """A row scaled between its own low and high: small changes on a large count stay visible."""
    if not values:
        return ""
    lo, hi = min(values), max(values)
    if hi == lo:
        return SPARKS[4] * len(values)
    return "".join(SPARKS[1 + round((v - lo) / (hi - lo) * 7)] for v in values)


def hbar(value: float, top: float, width: int) -> str:
    if top <= 0 or width <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / top * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (HBLOCKS[part] if part else "")


def columns(values: list[float], rows: int = COLUMN_ROWS) -> list[str]:
    """A column chart `rows` high (top row first), eighth-block precision."""
    top = max(values, default=0)
    heights = [0 if top <= 0 else round(v / top * rows * 8) for v in values]
    lines = []
    for r in range(rows - 1, -1, -1):
        line = []
        for h in heights:
            level = h - r * 8
            line.append("█" if level >= 8 else (SPARKS[level] if level > 0 else " "))
        lines.append("".join(line))
    return lines


class Chart(Widget, can_focus=True):
    """One figure: a chart, or (`n`) the table of its numbers."""

    DEFAULT_CSS = """
    Chart { height: auto; padding: 0 1; margin: 0 0 1 0; border-left: blank; }
    Chart:focus { border-left: thick $accent; background: $boost; }
    Chart > .chart--bar { color: $accent; }
    """

    COMPONENT_CLASSES = {"chart--bar"}

    BINDINGS = [Binding("n", "toggle_numbers", "Numbers", id="insights.numbers",
                        tooltip="This chart as a table of numbers, or back")]

    show_numbers: reactive[bool] = reactive(False, layout=True)

    def __init__(self, spec: ChartSpec, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.spec = spec

    def set_spec(self, spec: ChartSpec) -> None:
        self.spec = spec
        self.refresh(layout=True)

    def action_toggle_numbers(self) -> None:
        self.show_numbers = not self.show_numbers

    # ------------------------------------------------------------------ drawing

    @property
    def _bar_style(self):
        return self.get_component_rich_style("chart--bar", partial=True)

    def render(self) -> RenderableType:
        spec = self.spec
        width = max(20, self.size.width or 78)
        head = Text(clean(spec.title, single_line=True), style="bold")
        head.append("  [n: chart]" if self.show_numbers else "  [n: numbers]", style="dim")
        parts: list[RenderableType] = [head]
        if spec.is_empty and not spec.table_rows:
            parts.append(Text(spec.empty, style="dim"))
        elif self.show_numbers:
            parts.append(self._table())
        elif spec.kind == "bars":
            parts.extend(self._bars(width))
        else:
            parts.extend(self._series(width))
        if spec.note:
            parts.append(Text(clean(spec.note), style="dim italic"))
        return Group(*parts)

    def _bars(self, width: int) -> list[Text]:
        spec = self.spec
        values = spec.series[0][1] if spec.series else []
        labels = [clean(label, single_line=True) for label in spec.labels]
        texts = spec.value_text or [_fmt(v, spec.unit) for v in values]
        label_w = min(max((len(x) for x in labels), default=4), max(8, width // 3))
        value_w = max((len(t) for t in texts), default=1)
        bar_w = max(4, width - label_w - value_w - 4)
        top = max(values, default=0)
        out = []
        for label, value, text in zip(labels, values, texts, strict=False):
            line = Text(label[:label_w].ljust(label_w) + " ")
            bar = hbar(value, top, bar_w)
            line.append(bar.ljust(bar_w), style=self._bar_style)
            line.append(" " + text.rjust(value_w))
            out.append(line)
        return out

    def _series(self, width: int) -> list[Text]:
        spec = self.spec
        out: list[Text] = []
        if len(spec.series) == 1:
            name, values = spec.series[0]
            cols = resample(values, width - 10)
            top = max(cols, default=0)
            for i, row in enumerate(columns(cols)):
                scale = _fmt(top, spec.unit) if i == 0 else ("0" if i == COLUMN_ROWS - 1 else "")
                out.append(Text(scale.rjust(8) + " ", style="dim").append(row, style=self._bar_style))
            first, last = spec.labels[0], spec.labels[-1]
            axis = " " * 9 + first + " " * max(1, len(cols) - len(first) - len(last)) + last
            out.append(Text(axis, style="dim"))
            out.append(Text(f"total {_fmt(sum(values), spec.unit)} · peak {_fmt(max(values, default=0), spec.unit)}"
                            + (f" · {name}" if name else ""), style="dim"))
            return out
        name_w = min(max((len(clean(n, single_line=True)) for n, _ in spec.series), default=4), 16)
        totals = spec.series_text or [_fmt(sum(v), spec.unit) for _, v in spec.series]
        total_w = max((len(t) for t in totals), default=1)
        spark_w = max(8, width - name_w - total_w - 4)
        for (name, values), total in zip(spec.series, totals, strict=True):
            line = Text(clean(name, single_line=True)[:name_w].ljust(name_w) + " ")
            if spec.relative:
                step = max(1, -(-len(values) // spark_w))
                drawn = sparkline_range(values[::step])
            else:
                drawn = sparkline(resample(values, spark_w))
            line.append(drawn.ljust(spark_w), style=self._bar_style)
            line.append(" " + total.rjust(total_w))
            out.append(line)
        if spec.labels:
            first, last = spec.labels[0], spec.labels[-1]
            pad = max(1, spark_w - len(first) - len(last))
            out.append(Text(" " * (name_w + 1) + first + " " * pad + last, style="dim"))
        return out

    def _table(self) -> Table:
        spec = self.spec
        table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
        if spec.table_headers and spec.table_rows is not None:
            for i, header in enumerate(spec.table_headers):
                table.add_column(header, justify="left" if i == 0 else "right")
            for row in spec.table_rows:
                table.add_row(*(Text(clean(str(c), single_line=True)) for c in row))
            return table
        table.add_column("")
        for name, _ in spec.series:
            table.add_column(clean(name, single_line=True) or "value", justify="right")
        if spec.kind == "bars" and spec.value_text:
            for label, text in zip(spec.labels, spec.value_text, strict=False):
                table.add_row(Text(clean(label, single_line=True)), text)
            return table
        for i, label in enumerate(spec.labels):
            table.add_row(Text(clean(label, single_line=True)),
                          *(_fmt(values[i], spec.unit) for _, values in spec.series))
        if len(spec.labels) > 1 and spec.unit != "%":
            table.add_row(Text("total", style="bold"), *(_fmt(sum(v), spec.unit) for _, v in spec.series))
        return table

    def numbers_text(self) -> str:
        """The numbers view as plain text (tests and copy)."""
        from rich.console import Console

        console = Console(width=max(40, self.size.width or 100), record=True, file=None, color_system=None)
        with console.capture() as capture:
            console.print(self._table())
        return capture.get()
