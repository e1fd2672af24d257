"""Ticked and unticked boxes differ in their glyph, not only their colour (a monochrome terminal,
a colour-blind officer): the composer's accounts and its checkboxes."""

from __future__ import annotations

from textual.app import App, ComposeResult

from brent_tui.widgets.ticks import TickBox, TickList


def drawn(app: App[None]) -> str:
    """The cells of the screen as drawn."""
    update = app.screen._compositor.render_full_update()
    return "\n".join("".join(seg.text for strip in line for seg in strip) for line in update.strips)


class _Boxes(App[None]):
    def compose(self) -> ComposeResult:
        yield TickList[int](("@BrentCouncil", 1, True), ("@BrentLibraries", 2, False), id="accounts")
        yield TickBox("Post now", id="now")
        yield TickBox("Replies covered", value=True, id="rostered")


async def test_ticked_items_show_a_tick_and_unticked_a_blank() -> None:
    app = _Boxes()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        shown = drawn(app)
        assert "▐✓▌ @BrentCouncil" in shown and "▐ ▌ @BrentLibraries" in shown, shown
        assert "▐ ▌ Post now" in shown and "▐✓▌ Replies covered" in shown, shown
        app.query_one("#accounts", TickList).select(2)
        app.query_one("#now", TickBox).value = True
        await pilot.pause()
        shown = drawn(app)
        assert "▐✓▌ @BrentLibraries" in shown and "▐✓▌ Post now" in shown, shown
