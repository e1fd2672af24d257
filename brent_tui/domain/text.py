"""The ONE place that turns untrusted strings (mention text, author names, URLs) into display.

Mention text comes from strangers on the internet and is stored byte-for-byte. On screen it
must be inert: no Rich/Textual markup is parsed (`[bold]`, `[@click=app.quit]`), and no
control character reaches the terminal — ESC (ANSI CSI/OSC), other C0/C1 controls, DEL and
bidi overrides are replaced by visible placeholders. Zero-width and combining floods are
thinned so a line cannot hide or smear. Everything returned here is plain `str` or
`rich.text.Text` built without markup parsing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rich.text import Text

REPLACEMENT = "\ufffd"
MAX_COMBINING = 2  # combining marks kept after one base character ("Zalgo" floods)
MAX_DETAIL_CHARS = 20_000  # the detail pane shows this much of a 100,000-character text

# Bidi embedding/override/isolate controls and other invisible format characters that can
# reorder or hide text (Trojan Source).
_BIDI_AND_INVISIBLE = {
    0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
    0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206A,
    0x206B, 0x206C, 0x206D, 0x206E, 0x206F, 0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB,
}
# Letters and marks that draw nothing: Hangul fillers (a "blank" name), the soft hyphen, the
# combining grapheme joiner, Khmer's invisible vowels and the blank Braille pattern.
_BLANK = {0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0}
ZWJ = "\u200d"
BLACK_FLAG = "\U0001f3f4"  # starts the only sequences TAG characters belong in (🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland)
_TAGS = range(0xE0020, 0xE0080)


@lru_cache(maxsize=4096)
def _replacement(ch: str, single_line: bool) -> str | None:
    """What to show instead of `ch` (ZWJ and TAG characters aside: they depend on their neighbours), or None to keep it."""
    code = ord(ch)
    if ch == "\n":
        return " " if single_line else None  # one line: a break reads as a space (snippet: " — " between paragraphs)
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
    if code in _BIDI_AND_INVISIBLE or code in _BLANK:
        return REPLACEMENT
    if 0xD800 <= code <= 0xDFFF:  # lone surrogates (from bad JSON escapes)
        return REPLACEMENT
    category = unicodedata.category(ch)
    if category in ("Zl", "Zp"):  # U+2028/U+2029 line/paragraph separators
        return " " if single_line else "\n"
    if category in ("Co", "Cn", "Cf"):  # private use, unassigned, invisible format characters
        return REPLACEMENT
    return None


def _pictographic(ch: str) -> bool:
    """A character an emoji ZWJ sequence joins (👨 👩 🏳 ♀ ❤), its skin tone or the emoji selector."""
    return ch == "\ufe0f" or (ord(ch) >= 0x2000 and unicodedata.category(ch) in ("So", "Sk"))


def clean(value: str | None, *, single_line: bool = False, limit: int | None = None) -> str:
    """Make untrusted text safe to display as characters (not as markup or controls).

    Invisible characters that could hide or disguise text are shown as a visible placeholder: a
    zero-width joiner is kept only between two emoji (👨‍👩‍👧, not "PayPal‍"), TAG characters only
    in a flag after 🏴 (never the hidden "Ignore all…" they can spell).
    """
    if not value:
        return ""
    suffix = ""
    out: list[str] = []
    combining = 0
    in_flag = False
    for i, ch in enumerate(value):
        if limit is not None and len(out) >= limit:  # counted after thinning: a Zalgo name is not "cut"
            suffix = f"… ({len(value) - i:,} more characters)"
            break
        code = ord(ch)
        if unicodedata.combining(ch):
            combining += 1
            if combining > MAX_COMBINING:
                continue
            out.append(ch)
            continue
        combining = 0
        if 0x20 < code < 0x2000 and ch.isprintable() and code not in _BLANK:
            out.append(ch)
        elif code in _TAGS:
            out.append(ch if in_flag else REPLACEMENT)
            in_flag = in_flag and code != 0xE007F  # CANCEL TAG ends the flag
            continue
        elif ch == ZWJ:
            joins = bool(out) and _pictographic(out[-1]) and i + 1 < len(value) and _pictographic(value[i + 1])
            out.append(ch if joins else REPLACEMENT)
        else:
            repl = _replacement(ch, single_line)
            out.append(ch if repl is None else repl)
        in_flag = ch == BLACK_FLAG
    return "".join(out) + suffix


def csv_safe(value: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: untrusted text must not."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


_PARAGRAPH = re.compile(r"[ \t]*(?:\r\n|[\r\n\u2028\u2029])(?:[ \t]*(?:\r\n|[\r\n\u2028\u2029]))+[ \t]*")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")


def snippet(value: str | None, width: int = 120) -> str:
    """One line of a mention for a list row: a paragraph break reads " — ", a line break a space."""
    if value:
        value = _LINE_BREAK.sub(" ", _PARAGRAPH.sub(" — ", value))
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


def at_handle(handle: str | None, *, limit: int = 80) -> str:
    """A handle as shown and addressed: cleaned, with one leading @ (stored with or without it)."""
    bare = clean(handle, single_line=True, limit=limit).strip().lstrip("@")
    return "@" + bare if bare else ""


def normalise_handle(handle: str) -> str:
    """Compare handles as the networks do: case-insensitive (Unicode case folding, canonical form),
    with or without the leading @ — `@Alice@Mastodon.SOCIAL` is `alice@mastodon.social`. Lookalike
    letters are not folded: `аdmin` with a Cyrillic а stays another handle (see `handle_warning`)."""
    return unicodedata.normalize("NFC", handle).strip().lstrip("@").casefold()


def handles_match(account_handle: str, profile_handle: str) -> bool:
    """A council account's handle against a network's: `@brent` = `brent` = `brent@instance`."""
    a, p = normalise_handle(account_handle), normalise_handle(profile_handle)
    if a == p:
        return True
    if "@" in a and "@" in p:
        return False
    return a.split("@")[0] == p.split("@")[0]


#: Scripts whose letters pass for Latin ones (а/a, ο/o, ｅ/e, 𝐚/a) in a handle meant to look familiar.
_LOOKALIKE_SCRIPTS = {"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "FULLWIDTH", "MATHEMATICAL"}


def _script(ch: str) -> str | None:
    """The script of a letter, from its Unicode name ("CYRILLIC SMALL LETTER A" → CYRILLIC)."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def handle_warning(handle: str | None) -> str | None:
    """Why a handle may be imitating another (letters of several scripts, or Latin lookalikes), or None."""
    scripts = {s for ch in handle or "" if (s := _script(ch))}
    odd = sorted(scripts & _LOOKALIKE_SCRIPTS)
    if len(scripts) > 1:
        names = " and ".join(s.title() for s in sorted(scripts))
        return f"the handle mixes {names} letters: it may imitate another account"
    if odd:
        return f"the handle is written in {odd[0].title()} letters that look like Latin ones"
    return None
