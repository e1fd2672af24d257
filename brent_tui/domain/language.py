"""Which language a mention is written in, offline: py3langid, whose model ships inside its wheel.

Chosen over lingua (more accurate on very short texts, but a 96 MB wheel and ~350 MB in memory)
because py3langid is 4.6 MB, loads in ~2 s, classifies a post in ~0.05 ms and knows all the languages
most spoken in Brent, Somali, Gujarati and Irish included. It is asked to choose only among those
(`BRENT_LANGUAGES`): "दिवाली की शुभकामनाएं" is then Hindi, not Nepali. A post too short or too unsure
to tell ("Same", "🎾🎾", "zzzzzzzz") is `None`: there is nothing in it for a reader to miss.

The language a network supplies is not trusted for this: Bluesky and Mastodon send the poster's
client default (often "en" for every post), so the detected language is stored beside it.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

#: ISO 639-1 codes of the languages most spoken in Brent (2021 census), with their English names.
BRENT_LANGUAGES: dict[str, str] = {
    "en": "English", "gu": "Gujarati", "pl": "Polish", "ro": "Romanian", "ar": "Arabic", "so": "Somali",
    "pt": "Portuguese", "ur": "Urdu", "ta": "Tamil", "hi": "Hindi", "es": "Spanish", "ga": "Irish",
    "fr": "French", "bn": "Bengali", "fa": "Persian", "it": "Italian", "tr": "Turkish", "pa": "Punjabi",
    "yo": "Yoruba", "de": "German", "lt": "Lithuanian", "zh": "Chinese", "ru": "Russian", "uk": "Ukrainian",
    "bg": "Bulgarian", "sq": "Albanian", "sw": "Swahili", "tl": "Tagalog", "ps": "Pashto", "am": "Amharic",
    "ku": "Kurdish", "si": "Sinhala", "te": "Telugu", "ml": "Malayalam", "hu": "Hungarian",
    "lv": "Latvian", "cs": "Czech", "sk": "Slovak", "nl": "Dutch", "el": "Greek", "vi": "Vietnamese",
}

#: Below this probability the detector is guessing (short posts, emoji, names).
MIN_CONFIDENCE = 0.5
#: Fewer letters than this in Latin script cannot be told apart ("Same", "bins??").
MIN_LATIN_LETTERS = 12

_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NOISE = re.compile(r"[@#][\w.\-@]+|https?://\S+")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The model, loaded once per process (~2 s) and kept: the scorer asks for every mention."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([code for code in BRENT_LANGUAGES if code in ident.labels])
    return ident


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when too short or too unsure to tell."""
    body = _NOISE.sub(" ", text)
    letters = _LETTER.findall(body)
    if not letters:
        return None
    latin = len(_LATIN.findall(body))
    if latin / len(letters) >= 0.5 and latin < MIN_LATIN_LETTERS:
        return None
    with _lock:  # the identifier keeps no state per call, but loading must happen once
        ident = _identifier()
    code, probability = ident.classify(body)
    if probability < MIN_CONFIDENCE:
        return None
    return str(code)


def language_name(code: str | None) -> str:
    """"Gujarati" for "gu"; an unknown code is shown as given; None is "unknown"."""
    if not code:
        return "unknown"
    base = code.split("-")[0].lower()
    return BRENT_LANGUAGES.get(base, code)


#: How a reason says that no officer reads the post's language ("needs a reader of Gujarati").
READER_NEEDED = "needs a reader of"


def reader_needed(reasons: str | None) -> str | None:
    """The language named by a stored suggestion's "needs a reader of …" line, or None."""
    for line in (reasons or "").splitlines():
        if line.startswith(READER_NEEDED):
            return line.removeprefix(READER_NEEDED).strip() or None
    return None


def needs_reader(code: str | None, languages_read: tuple[str, ...] | list[str]) -> bool:
    """A language was detected and no officer reads it."""
    if not code:
        return False
    read = {c.split("-")[0].lower() for c in languages_read}
    return code.split("-")[0].lower() not in read
