"""The hostile corpus (tests/hostile.py) through the layers below the screens.

- the store keeps every text and author name byte-for-byte (the ORM read and raw SQL agree);
- `brent_tui.domain.text` makes each one inert: no control, bidi or separator character survives,
  markup stays as characters (no spans), and Rich renders it with nothing but its own SGR;
- full-text search with hostile queries answers or refuses in words, never crashes;
- the pure feed helpers (links, rows) never pass a control character on.

The screens themselves are in tests/tui/test_hostile_screens.py.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from rich.console import Console

from brent_tui.domain.errors import UserError
from brent_tui.domain.text import clean, highlighted, safe_text, snippet
from brent_tui.store import Store
from tests.conftest import DATA_NOW, make_mention
from tests.hostile import ESC, HOSTILE_NAMES, HOSTILE_TEXTS, bad_chars, stray_sequences

TEXT_IDS = [name for name, _ in HOSTILE_TEXTS]
ALL = HOSTILE_TEXTS + HOSTILE_NAMES


def test_the_corpus_covers_what_the_issue_lists() -> None:
    assert len(HOSTILE_TEXTS) >= 40 and len(HOSTILE_NAMES) >= 8
    joined = "".join(t for _, t in ALL)
    for needle in ("[bold red]", "[link=", "[@click=app.quit]", f"{ESC}[2J", f"{ESC}]0;", f"{ESC}]52;",
                   f"{ESC}]8;", "\x00", "\x9b", "\u202e", "\u200b", "\u0301" * 50, "ブ", "👨‍👩‍👧‍👦"):
        assert needle in joined, needle
    assert any(len(t) >= 100_000 for _, t in HOSTILE_TEXTS)
    assert any(t.startswith("https://") and len(t) > 1000 for _, t in HOSTILE_TEXTS)


def _stored_form(value: str) -> str:
    """What the store keeps: the text exactly, except a lone surrogate (which UTF-8 cannot hold) → U+FFFD."""
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_store_keeps_every_text_and_name_byte_for_byte(db_path: Path) -> None:
    mentions = [
        make_mention(i, text=text, author_name=HOSTILE_NAMES[i % len(HOSTILE_NAMES)][1],
                     author_handle=f"h{i}", url=f"https://x.com/h{i}/status/{i}")
        for i, (_, text) in enumerate(HOSTILE_TEXTS)
    ]
    async with await Store.open(db_path) as store:
        result = await store.ingest(mentions)  # one batch: one hostile post must not sink the rest
        assert result.inserted == len(HOSTILE_TEXTS)
        page = await store.page(limit=500)
    got = {m.platform_id: m for m in page}
    for i, (name, text) in enumerate(HOSTILE_TEXTS):
        m = got[str(i)]
        assert m.text == _stored_form(text), name
        assert m.author_name == HOSTILE_NAMES[i % len(HOSTILE_NAMES)][1], name
        if name != "lone-surrogate":
            assert m.text == text, name  # exactly what was received
    # and on disk, read past the app: exactly the UTF-8 bytes
    con = sqlite3.connect(db_path)
    try:
        con.text_factory = bytes
        rows = dict(con.execute("SELECT platform_id, text FROM mentions").fetchall())
    finally:
        con.close()
    for i, (name, text) in enumerate(HOSTILE_TEXTS):
        assert rows[str(i).encode()] == _stored_form(text).encode("utf-8"), name


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_a_lone_surrogate_from_a_bad_json_escape_does_not_fail_the_batch(db_path: Path) -> None:
    import json

    text = json.loads('"bins \\ud800 and \\udfff"')  # what json.loads makes of a hostile payload
    assert "\ud800" in text
    async with await Store.open(db_path) as store:
        result = await store.ingest([make_mention(1), make_mention(2, text=text, author_name=text,
                                                                    raw=json.dumps({"t": text}, ensure_ascii=False)),
                                     make_mention(3)])
        assert result.inserted == 3
        m = next(m for m in await store.page(limit=5) if m.platform_id == "2")
    assert m.text == "bins \ufffd and \ufffd" and m.author_name == m.text


@pytest.mark.parametrize(("name", "value"), ALL, ids=[n for n, _ in ALL])
def test_clean_and_snippet_leave_no_control_character(name: str, value: str) -> None:
    for out in (clean(value), clean(value, single_line=True), snippet(value, 80),
                clean(value, limit=1000)):
        leftovers = [c for c in bad_chars(out) if c != repr("\n")]
        assert not leftovers, (name, leftovers[:5])
    assert not bad_chars(clean(value, single_line=True)), name  # one line: no newline either
    assert "\n" not in snippet(value, 80)
    if ESC in value:
        assert "␛" in clean(value)  # visibly replaced, not dropped


@pytest.mark.parametrize(("name", "value"), ALL, ids=[n for n, _ in ALL])
def test_safe_text_is_markup_free_and_renders_only_sgr(name: str, value: str) -> None:
    text = safe_text(value, "bold", limit=5000)
    assert text.spans == []  # no markup parsed: the only style is the one we gave
    if "[" in value and len(value) < 5000:
        assert text.plain.count("[") == value.count("[")  # brackets kept as characters
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="truecolor", width=100, legacy_windows=False)
    console.print(text)
    assert not stray_sequences(out.getvalue()), name


def test_a_limit_counts_what_is_shown_so_a_combining_flood_is_thinned_not_cut() -> None:
    assert clean("J" + "\u0336" * 300 + "o", limit=80) == "J\u0336\u0336o"
    assert clean("ab" * 100, limit=10) == "ab" * 5 + "… (190 more characters)"


def test_highlighted_search_results_are_cleaned_too() -> None:
    for name, value in HOSTILE_TEXTS:
        marked = "\x1e" + value[:300] + "\x1f tail"
        text = highlighted(marked, start="\x1e", end="\x1f")
        assert not [c for c in bad_chars(text.plain) if c != repr("\n")], name


@pytest.mark.parametrize("query", [
    '"', "NEAR(", "a OR", "*", "[bold]", f"{ESC}[2J", "\x00", "'; DROP TABLE mentions; --", "col:x",
    "(((((", "\u202e", "a" * 5000, "AND AND", '"unterminated phrase', "^", "-x",
])
@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_hostile_search_queries_answer_or_refuse_in_words(db_path: Path, query: str) -> None:
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(i, text=t) for i, (_, t) in enumerate(HOSTILE_TEXTS[:10])])
        try:
            hits = await store.search(query)
        except UserError as exc:  # a one-line explanation, with the query shown inert
            message = str(exc)
            assert "\n" not in message and ESC not in message and "\x00" not in message
            assert "cannot search" in message
        else:
            assert isinstance(hits, list)
        assert await store.count_mentions() == 10  # nothing was dropped


def test_feed_links_and_rows_never_pass_controls_on() -> None:
    from brent_tui.services.feed import find_links

    for name, value in HOSTILE_TEXTS:
        for link in find_links(value):
            assert not bad_chars(link), (name, link[:80])
