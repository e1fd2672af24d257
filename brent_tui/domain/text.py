"""The ONE place that turns untrusted strings (mention text, author names, URLs) into display.

Mention text comes from strangers on the internet and is stored byte-for-byte. On screen it
must be inert: no Rich/Textual markup is parsed (`[bold]`, `[@click=app.quit]`), and no
control character reaches the terminal — ESC (ANSI CSI/OSC), other C0/C1 controls, DEL and
bidi overrides are replaced by visible placeholders. Zero-width and combining floods are
thinned so a line cannot hide or smear. Everything returned here is plain `str` or
`rich.text.Text` built without markup parsing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rich.text import Text

REPLACEMENT = "\ufffd"
MAX_COMBINING = 2  # combining marks kept after one base character ("Zalgo" floods)
MAX_DETAIL_CHARS = 20_000  # the detail pane shows this much of a 100,000-character text

# Bidi embedding/override/isolate controls and other invisible format characters that can
# reorder or hide text (Trojan Source). ZWJ (U+200D) is kept: emoji sequences need it.
_BIDI_AND_INVISIBLE = {
    0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
    0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206A,
    0x206B, 0x206C, 0x206D, 0x206E, 0x206F, 0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB,
}


@lru_cache(maxsize=4096)
def _replacement(ch: str, single_line: bool) -> str | None:
    """What to show instead of `ch`, or None to keep it."""
    code = ord(ch)
    if ch == "\n":
        return " ⏎ " if single_line else None
    if ch == "\t":
        return " " if single_line else "    "
    if ch == "\r":
        return "" if not single_line else " "
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ␀ ␁ … ␛ …
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code < 0xA0:
        return REPLACEMENT
    if code in _BIDI_AND_INVISIBLE:
        return REPLACEMENT
    if 0xD800 <= code <= 0xDFFF:  # lone surrogates (from bad JSON escapes)
        return REPLACEMENT
    category = unicodedata.category(ch)
    if category in ("Zl", "Zp"):  # U+2028/U+2029 line/paragraph separators
        return " ⏎ " if single_line else "\n"
    if category in ("Co", "Cn"):  # private use and unassigned
        return REPLACEMENT
    if category == "Cf" and code not in (0x00AD, 0x200D) and not 0xE0020 <= code <= 0xE007F:
        return REPLACEMENT  # invisible format characters, except emoji joiners and tags
    return None


def clean(value: str | None, *, single_line: bool = False, limit: int | None = None) -> str:
    """Make untrusted text safe to display as characters (not as markup or controls)."""
    if not value:
        return ""
    suffix = ""
    out: list[str] = []
    combining = 0
    for i, ch in enumerate(value):
        if limit is not None and len(out) >= limit:  # counted after thinning: a Zalgo name is not "cut"
            suffix = f"… ({len(value) - i:,} more characters)"
            break
        if unicodedata.combining(ch):
            combining += 1
            if combining > MAX_COMBINING:
                continue
            out.append(ch)
            continue
        combining = 0
        if ch.isprintable() and ch != " " and ord(ch) < 0x2000 and ord(ch) >= 0x20:
            out.append(ch)
            continue
        repl = _replacement(ch, single_line)
        out.append(ch if repl is None else repl)
    return "".join(out) + suffix


def csv_safe(value: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: untrusted text must not."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def snippet(value: str | None, width: int = 120) -> str:
    """One line of a mention for a list row."""
    text = clean(value, single_line=True, limit=width * 2)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def safe_text(value: str | None, style: str = "", *, single_line: bool = False, limit: int | None = None) -> Text:
    """A Rich `Text` with no markup parsing; long unbroken words (URLs) fold instead of overflowing."""
    return Text(clean(value, single_line=single_line, limit=limit), style=style, overflow="fold", no_wrap=False)


def highlighted(marked: str, *, start: str, end: str, style: str = "bold reverse") -> Text:
    """Turn FTS5 highlight markers into styled spans, on cleaned text."""
    text = Text(overflow="fold")
    inside = False
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            text.append(clean("".join(chunk)), style=style if inside else "")
            chunk.clear()

    for ch in marked:
        if ch == start and not inside:
            flush()
            inside = True
        elif ch == end and inside:
            flush()
            inside = False
        else:
            chunk.append(ch)
    flush()
    return text


def compact_number(value: int | None) -> str:
    """A count in at most four characters for tight columns and reasons: 950, 1.5k, 48k, 1.2m, 12m.

    Truncated, never rounded up, so a count just under a threshold never reads as the
    threshold (49,999 is "49k", not "50k"); "m" as UK newsrooms write it ("1.2m").
    """
    if value is None:
        return "–"
    for unit, size in (("m", 1_000_000), ("k", 1_000)):
        if value >= size:
            tenths = value * 10 // size
            text = f"{tenths // 10}.{tenths % 10}" if tenths < 100 and tenths % 10 else str(tenths // 10)
            return text + unit
    return str(value)


def normalise_handle(handle: str) -> str:
    """Compare handles as the networks do: case-insensitive, with or without the leading @."""
    return handle.strip().lstrip("@").lower()
