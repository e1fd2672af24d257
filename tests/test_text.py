"""The safe-text layer on its own (the hostile corpus across screens is in test_hostile_text)."""

from __future__ import annotations

from brent_tui.domain.text import clean, compact_number, highlighted, safe_text, snippet


def test_escape_sequences_become_visible_characters() -> None:
    out = clean("a\x1b[2Jb\x1b]0;title\x07c")
    assert "\x1b" not in out and "\x07" not in out
    assert out == "a␛[2Jb␛]0;title␇c"


def test_c1_bidi_and_invisible_characters_are_replaced() -> None:
    out = clean("x\x9b31m \u202egnp.exe \u2066y\u2069 \u200bz\ufeff")
    for bad in ("\x9b", "\u202e", "\u2066", "\u2069", "\u200b", "\ufeff"):
        assert bad not in out
    assert out.count("\ufffd") == 6


def test_markup_is_kept_as_characters() -> None:
    text = safe_text("[bold red]hi[/] [@click=app.quit]x[/]")
    assert text.plain == "[bold red]hi[/] [@click=app.quit]x[/]"
    assert text.spans == []


def test_emoji_sequences_survive_and_combining_floods_are_thinned() -> None:
    assert clean("👨‍👩‍👧 🏴󠁧󠁢󠁥󠁮󠁧󠁿") == "👨‍👩‍👧 🏴󠁧󠁢󠁥󠁮󠁧󠁿"
    assert clean("e" + "\u0301" * 50) == "e\u0301\u0301"


def test_single_line_snippet_folds_newlines_and_truncates() -> None:
    assert snippet("line one\nline two", 40) == "line one line two"
    assert snippet("para one\n\n  para two", 40) == "para one — para two"  # a break reads as one, not ⏎
    assert snippet("x" * 500, 20) == "x" * 19 + "…"


def test_long_text_is_limited_with_a_note() -> None:
    out = clean("a" * 100_000, limit=1000)
    assert out.startswith("a" * 1000) and out.endswith("(99,000 more characters)")


def test_highlight_markers_become_styles_on_clean_text() -> None:
    text = highlighted("bins in \x1eKilburn\x1f\x1b[2J", start="\x1e", end="\x1f")
    assert text.plain == "bins in Kilburn␛[2J"
    assert [(s.start, s.end) for s in text.spans] == [(8, 15)]


def test_compact_numbers() -> None:
    assert [compact_number(n) for n in (None, 20, 1000, 1500, 48_200, 1_250_000)] == ["–", "20", "1k", "1.5k", "48k", "1.2m"]


def test_compact_number_never_rounds_up_and_fits_four_characters() -> None:
    counts = (0, 999, 1_099, 1_999, 9_999, 10_000, 48_650, 49_999, 999_999, 1_999_999, 9_999_999, 12_500_000)
    shown = [compact_number(n) for n in counts]
    assert shown == ["0", "999", "1k", "1.9k", "9.9k", "10k", "48k", "49k", "999k", "1.9m", "9.9m", "12m"]
    assert all(len(s) <= 4 for s in shown)


def test_invisible_disguises_are_shown_and_emoji_sequences_kept() -> None:
    from tests.hostile import HIDDEN_TAGS

    hidden = clean(f"Lovely park{HIDDEN_TAGS} clean-up")
    assert "\U000e0049" not in hidden and hidden.count("\ufffd") == len(HIDDEN_TAGS)  # every hidden letter shown
    assert clean("PayPal\u200d") == "PayPal\ufffd"  # a joiner after a letter hides nothing it could join
    assert clean("\u3164\u3164") == "\ufffd\ufffd" and clean("gov\u00ad.uk") == "gov\ufffd.uk"
    for kept in ("👨\u200d👩\u200d👧", "🏳️\u200d🌈", "🤷🏻\u200d♀️", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"):
        assert clean(kept) == kept
    assert clean("🏴 \U000e0041") == "🏴 \ufffd"  # a TAG not straight after the flag is shown


def test_handles_compare_as_the_networks_do_and_lookalikes_are_flagged() -> None:
    from brent_tui.domain.text import at_handle, handle_warning, normalise_handle

    assert normalise_handle("@Alice@Mastodon.SOCIAL") == normalise_handle("alice@mastodon.social")
    assert normalise_handle("\u0430dmin") != normalise_handle("admin")  # lookalikes are not folded together
    assert "Cyrillic and Latin" in (handle_warning("\u0430dmin") or "")
    assert "Cyrillic letters that look like Latin" in (handle_warning("\u0430\u0441\u0435") or "")
    assert handle_warning("BrentCouncil") is None and handle_warning("brent.bsky.social") is None
    assert at_handle("@@Jo") == "@Jo" and at_handle("Jo\x1b]0;x\x07") == "@Jo␛]0;x␇" and at_handle("") == ""
