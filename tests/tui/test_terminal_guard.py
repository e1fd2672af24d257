"""The terminal guard (brent_tui/terminal.py): whatever a widget was given, no frame the app
writes carries a mention's escape sequence, control character or bidi override."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual._compositor import ChopsUpdate, LayoutUpdate
from textual.geometry import Region
from textual.strip import Strip

from brent_tui.terminal import inert_strip, inert_update
from tests.hostile import HOSTILE_NAMES, HOSTILE_TEXTS, stray_sequences

CORPUS = [value for _, value in HOSTILE_TEXTS + HOSTILE_NAMES]


def _console() -> Console:
    return Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=200)


def _strip(text: str) -> Strip:
    text = text.replace("\n", " ")[:300]
    return Strip([Segment("│ ", Style(bold=True)), Segment(text, Style(color="red"))])


@pytest.mark.parametrize("value", CORPUS, ids=[name for name, _ in HOSTILE_TEXTS + HOSTILE_NAMES])
def test_a_whole_frame_written_to_the_terminal_carries_no_control_character(value: str) -> None:
    update = LayoutUpdate([[_strip(value)], [_strip("plain")]], Region(0, 0, 200, 2))
    inert_update(update)
    assert not stray_sequences(update.render_segments(_console()))


def test_changed_chops_are_guarded_too_and_keep_their_width() -> None:
    hostile = _strip("a\x1b]52;c;Y3VybA==\x07b\u202ec\x00d")
    update = ChopsUpdate([{0: hostile, 40: None}], [(0, 0, 80)], [[40, 80]])
    inert_update(update)
    guarded = update.chops[0][0]
    assert guarded is not None and guarded.cell_length == hostile.cell_length
    assert guarded.text == "│ a]52;c;Y3VybA==bcd"  # the ESC gone, the rest harmless text
    assert not stray_sequences(update.render_segments(_console()))


def test_a_clean_strip_is_left_as_it_is() -> None:
    strip = _strip("Bins not collected on Harlesden Road 🚮 ブレント")
    assert inert_strip(strip) is strip


def test_the_guard_is_what_the_app_draws_with() -> None:
    """Reverting the hook in BrentApp._display fails here (headless tests never reach _display)."""
    from brent_tui.app import BrentApp

    assert "_display" in BrentApp.__dict__
    assert "inert_update" in BrentApp._display.__code__.co_names
