"""HTML → plain text, one sanitiser for Mastodon statuses and RSS/Atom summaries.

We never render HTML: the app shows text. So this only extracts text, with the few structural
rules that keep posts readable (paragraphs, line breaks, Mastodon's shortened links). Built on the
stdlib `html.parser`, which tolerates broken markup and never raises on bad input.

Rules
- `<p>` → paragraphs separated by a blank line; `<br>` → newline; other block tags → newline.
- `<span class="invisible">` is dropped and `<span class="ellipsis">` gets "…" appended: Mastodon's
  way of shortening long links in the visible text.
- Entities are decoded (`&#39;` → `'`); `<script>`, `<style>` and other non-content tags are dropped.
- `collapse_whitespace=False` (Mastodon) keeps raw newlines inside text, because Mastodon renders
  statuses `pre-wrap` and Bridgy-Fed posts carry their paragraphs as raw `\\n\\n` inside one `<p>`.
  `True` (RSS) collapses source indentation like a browser would.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr",
    "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "hr",
}
_DROP = {"script", "style", "template", "noscript", "head", "title", "iframe", "object", "svg", "math"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed"}


class _TextExtractor(HTMLParser):
    def __init__(self, collapse_whitespace: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.collapse = collapse_whitespace
        self.parts: list[str] = []
        self.pending = 0  # newlines owed before the next text: 1 = line break, 2 = blank line
        self.drop_depth = 0
        self.spans: list[str] = []  # "invisible" | "ellipsis" | ""

    # -- output helpers
    def _owe(self, n: int) -> None:
        if self.parts:
            self.pending = max(self.pending, n)

    def _emit(self, text: str) -> None:
        if not text:
            return
        if self.pending:
            self.parts.append("\n" * self.pending)
            self.pending = 0
        self.parts.append(text)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.drop_depth += 1
            return
        if tag == "br":
            self._emit_break()
        elif tag == "p":
            self._owe(2)
        elif tag in _BLOCK:
            self._owe(1)
        elif tag == "span":
            classes = (dict(attrs).get("class") or "").split()
            self.spans.append("invisible" if "invisible" in classes else "ellipsis" if "ellipsis" in classes else "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "span":  # <span/> opens nothing
            return
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def _emit_break(self) -> None:
        if self.drop_depth:
            return
        if self.pending:
            self.parts.append("\n" * self.pending)
            self.pending = 0
        self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
            return
        if tag == "p":
            self._owe(2)
        elif tag in _BLOCK:
            self._owe(1)
        elif tag == "span" and self.spans:
            kind = self.spans.pop()
            if kind == "ellipsis" and not self.drop_depth and "invisible" not in self.spans:
                self._emit("…")

    def handle_data(self, data: str) -> None:
        if self.drop_depth or "invisible" in self.spans:
            return
        if self.collapse:
            data = re.sub(r"\s+", " ", data)
            if not self.parts or self.parts[-1].endswith(("\n", " ")) or self.pending:
                data = data.lstrip(" ")
        self._emit(data)


def html_to_text(html: str | None, *, collapse_whitespace: bool = False) -> str:
    """Plain text of an HTML fragment (see the module docstring for the rules)."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        text = html
    else:
        parser = _TextExtractor(collapse_whitespace)
        try:
            parser.feed(html)
            parser.close()
        except Exception:  # html.parser is lenient; this is belt and braces for hostile input
            return re.sub(r"<[^>]*>", "", html).strip()
        text = "".join(parser.parts)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
