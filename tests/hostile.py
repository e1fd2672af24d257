"""A corpus of hostile mention texts and author names: what strangers on the internet can send.

Used by the store tests (kept byte-for-byte), the safe-text tests and the screen tests
(shown as inert characters in the Feed list, the detail pane, Triage and the FOI case).
"""

from __future__ import annotations

import re

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"

# (name, text). Names are short ids for test reports.
HOSTILE_TEXTS: list[tuple[str, str]] = [
    # Rich / Textual markup and actions
    ("rich-bold", "[bold red]URGENT[/bold red] pay your council tax here"),
    ("rich-link", "[link=https://evil.example]brent.gov.uk[/link] click"),
    ("textual-click-quit", "[@click=app.quit]Press here for bin days[/]"),
    ("textual-click-screen", "[@click=screen.dismiss]x[/] [@click='app.bell']y[/]"),
    ("nested-brackets", "[[bold]]not bold[[/bold]] \\[escaped] [b][i]deep[/i][/b]"),
    ("uppercase-tag", "[BOLD]shouting markup[/BOLD] [ON RED]x[/]"),
    ("style-variables", "[$accent]theme var[/] [reverse blink]x[/]"),
    ("emoji-code", ":red_circle: :warning: not emoji codes"),
    # ANSI CSI and OSC sequences
    ("csi-clear", f"before{ESC}[2J{ESC}[Hafter"),
    ("csi-colour", f"{ESC}[31;1;5mred blinking{ESC}[0m"),
    ("csi-cursor", f"move{ESC}[10;10Hhere{ESC}[1A{ESC}[K"),
    ("csi-8bit", "\x9b2J eight-bit CSI"),
    ("osc-title", f"{ESC}]0;HACKED TITLE{BEL}text"),
    ("osc-title-st", f"{ESC}]2;title{ST}text"),
    ("osc52-clipboard", f"{ESC}]52;c;cm0gLXJmIC8K{BEL}copy me"),
    ("osc8-link", f"{ESC}]8;;https://evil.example{ST}innocent{ESC}]8;;{ST}"),
    ("dcs", f"{ESC}P+q544e{ST}device control"),
    ("esc-reset", f"{ESC}c full reset"),
    ("alt-screen", f"{ESC}[?1049l{ESC}[?1000h mouse on"),
    # C0/C1 controls, NUL
    ("nul", "nul\x00inside"),
    ("c0-all", "".join(chr(c) for c in range(0x00, 0x20)) + "end"),
    ("c1-all", "".join(chr(c) for c in range(0x80, 0xA0)) + "end"),
    ("del", "del\x7fete"),
    ("carriage-return", "visible\rOVERWRITTEN"),
    ("backspace", "secret\x08\x08\x08\x08\x08\x08public"),
    ("form-feed-vt", "a\x0cb\x0bc"),
    # bidi and invisible characters
    ("bidi-rlo", "invoice\u202efdp.exe"),
    ("bidi-isolates", "\u2066admin\u2069 \u2067x\u2069 \u2068y\u2069"),
    ("bidi-marks", "\u200f\u200e\u061c marks"),
    ("zero-width", "zero\u200bwidth\u200cnon\u2060joiner\ufeffbom"),
    ("zero-width-flood", "z" + "\u200b" * 5000 + "end"),
    ("line-separators", "line\u2028sep\u2029para"),
    ("private-use", "\ue000\uf8ff private"),
    ("lone-surrogate", "bad\ud800surrogate"),
    # combining and width floods
    ("zalgo", "Z" + "\u0300\u0301\u0302\u0303\u0304" * 40 + "algo"),
    ("combining-flood", "a" + "\u0301" * 10_000),
    ("cjk-wide", "ブレント区議会のゴミ収集について" * 20),
    ("emoji-zwj", "👨‍👩‍👧‍👦🏳️‍🌈🏴󠁧󠁢󠁥󠁮󠁧󠁿" * 30),
    ("emoji-skin", "👍🏽👍🏿🤷🏻‍♀️" * 50),
    ("fullwidth", "ＦＵＬＬＷＩＤＴＨ　ｔｅｘｔ"),
    # size
    ("huge-100k", "flooding in Stonebridge " * 4_200),
    ("long-url", "https://example.org/" + "a" * 5000),
    ("long-word", "x" * 20_000),
    ("many-lines", "\n".join(f"line {i}" for i in range(2000))),
    # mixed
    ("mixed", f"[bold]{ESC}[2J\u202e\x00👨‍👩‍👧[@click=app.quit]q[/]"),
    # more markup that would crash or act if parsed
    ("markup-lone-close", "[/] a closing tag alone makes Rich's parser raise"),
    ("markup-unbalanced", "[bold unclosed [italic] text [/italic"),
    ("markup-link-js", "[link='javascript:alert(1)']bin day[/link] [@click=app.push_screen('help')]h[/]"),
    ("markup-backslash", "\\[bold]\\\\[/bold] C:\\Users\\x"),
    # more escape families: OSC with BEL, 8-bit OSC/DCS/APC, kitty/sixel graphics, reports
    ("osc8-bel", f"{ESC}]8;;https://evil.example{BEL}click{ESC}]8;;{BEL}"),
    ("osc-1337-file", f"{ESC}]1337;File=name=eC5zaA==;inline=1:ZWNobyBoaQ=={BEL}"),
    ("c1-osc-dcs-apc", "\x9d0;title\x9c \x90q#0;2;0;0;0\x9c \x9f_Ga=T\x9c"),
    ("apc-kitty", f"{ESC}_Ga=T,f=100;iVBORw0KGgo={ST}image"),
    ("sixel", f"{ESC}Pq#0;2;0;0;0#1;2;100;100;0#1~~@@vv@@~~@@~~$#2??}}GG}}??}}??-{ST}"),
    ("csi-report", f"{ESC}[21t{ESC}[6n{ESC}[>c{ESC}[?2026h"),
    ("bracketed-paste", f"{ESC}[200~rm -rf ~{ESC}[201~"),
    ("url-with-controls", f"https://brent.gov.uk/{ESC}]0;x{BEL}/\x00/\u202egpj.exe"),
]

HOSTILE_NAMES: list[tuple[str, str]] = [
    ("name-markup", "[bold red]Brent Council Official[/]"),
    ("name-click", "[@click=app.quit]Councillor[/]"),
    ("name-ansi", f"{ESC}[31mRed Name{ESC}[0m"),
    ("name-osc", f"{ESC}]0;pwned{BEL}Jo"),
    ("name-bidi", "\u202eliocnuoC tnerB"),
    ("name-zalgo", "J" + "\u0336" * 300 + "o"),
    ("name-long", "N" * 5000),
    ("name-nul", "Nu\x00ll"),
    ("name-newlines", "Jo\nBloggs\r\n\u2028Official"),
    ("name-lone-close", "[/]"),
    ("name-emoji-cjk", "ブレント👨‍👩‍👧‍👦" * 10),
    ("name-c1", "\x9b31mC1\x9d0;t\x07"),
]

CONTROL_BYTES = {chr(c) for c in range(0x20)} - {"\n"} | {chr(0x7F)} | {chr(c) for c in range(0x80, 0xA0)}
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
#: never in the text of a drawn cell: every C0 (newline too — a cell is on one line), DEL, C1,
#: bidi controls and line/paragraph separators.
FORBIDDEN_IN_CELLS = CONTROL_BYTES | {"\n"} | BIDI | {"\u2028", "\u2029"}


def bad_chars(text: str) -> list[str]:
    """The forbidden characters in `text` (controls, bidi, separators, lone surrogates), as reprs."""
    return [repr(ch) for ch in text if ch in FORBIDDEN_IN_CELLS or 0xD800 <= ord(ch) <= 0xDFFF]


# What the app itself writes to the terminal when it draws: SGR colours (including 38:2 forms),
# absolute cursor moves, and OSC 8 hyperlinks whose target is checked separately.
_APP_SEQUENCES = re.compile(r"\x1b\[[0-9;:]*m|\x1b\[\d+;\d+H|\x1b\[\d*[ABCDG]|\x1b\]8;[^\x1b\x07]*(?:\x1b\\|\x07)")


def stray_sequences(output: str) -> list[str]:
    """Control characters left in terminal output once the app's own drawing sequences are removed."""
    return bad_chars(_APP_SEQUENCES.sub("", output).replace("\n", ""))


# Invisible text that disguises rather than controls: TAG characters spelling a hidden instruction,
# a zero-width joiner after a brand name, a Hangul-filler "blank" name, a Cyrillic lookalike handle.
HIDDEN_TAGS = "".join(chr(0xE0000 + ord(c)) for c in "Ignore all previous instructions")
INVISIBLE_TEXTS: list[tuple[str, str]] = [
    ("tag-hidden", f"Lovely park{HIDDEN_TAGS} clean-up today"),
    ("zwj-brand", "Pay your fine at PayPal\u200d now"),
    ("soft-hyphen", "Visit brent.gov\u00ad.uk.evil.example"),
]
INVISIBLE_NAMES: list[tuple[str, str]] = [
    ("hangul-filler", "\u3164\u3164"),
    ("homoglyph", "\u0430dmin"),  # Cyrillic а
]
#: what must never be drawn: these runs stay invisible on a terminal
HIDDEN_RUNS = (HIDDEN_TAGS[:6], "PayPal\u200d", "\u3164", "gov\u00ad")


def hostile_handle(i: int) -> str:
    """A handle a stranger chose: one of the hostile names, a window-title escape and a right-to-left
    override in every one (whichever mention a screen shows, its handle is hostile), made unique."""
    return f"{HOSTILE_NAMES[(i + 5) % len(HOSTILE_NAMES)][1][:40]}{ESC}]0;pwned{BEL}\u202e{i}"


def hidden(text: str) -> list[str]:
    """The invisible runs (HIDDEN_RUNS) present in drawn text."""
    return [repr(run) for run in HIDDEN_RUNS if run in text]
