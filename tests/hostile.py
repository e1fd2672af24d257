"""A corpus of hostile mention texts and author names: what strangers on the internet can send.

Used by the store tests (kept byte-for-byte), the safe-text tests and the screen tests
(shown as inert characters in the Feed list, the detail pane, Triage and the FOI case).
"""

from __future__ import annotations

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
]

CONTROL_BYTES = {chr(c) for c in range(0x20)} - {"\n"} | {chr(0x7F)} | {chr(c) for c in range(0x80, 0xA0)}
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
