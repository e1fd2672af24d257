"""Triage rules: the strategy's Appendix A decision tree as pure, explainable functions.

The web team "takes a view" on a mention by weighing three things (strategy, Appendix A):
*reach* (the audience of the site and the followers of the person commenting), *criticality*
(how critical the comment is) and *importance* (the issue and its power to hurt the council's
reputation). This module scores each factor, explains each score in plain words, and suggests
one of the five routes with a department. A person always decides; the suggestion only orders
the queue and saves typing.

Pure: no IO, no Textual, no clock reads (`now` is passed in). The only shared state is the
lazily built VADER analyser and the per-settings keyword index, both thread-safe.
"""

from __future__ import annotations

import functools
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from brent_tui.domain.foi import strategy_valid
from brent_tui.domain.language import READER_NEEDED, detect_language, language_name, needs_reader
from brent_tui.domain.london import is_england_wales_working_day, london_date, london_to_utc
from brent_tui.domain.models import Platform, Route, as_utc
from brent_tui.domain.text import at_handle, compact_number
from brent_tui.domain.triage_cues import (
    CUE_FAMILIES,
    ENGLISH_COMMON,
    FOREIGN_COMMON,
    FOREIGN_CONDOLENCE,
    FOREIGN_DANGER,
    FOREIGN_PERSON,
    FOREIGN_PRAISE,
    FOREIGN_RISK,
    default_cues,
)
from brent_tui.domain.triage_cues import split as split_cues
from brent_tui.domain.triage_cues_foreign import RISK as FOREIGN_RISK_BY_LANGUAGE

Level = Literal["low", "medium", "high", "very high"]
LEVELS: tuple[Level, ...] = ("low", "medium", "high", "very high")

SentimentBand = Literal["negative", "neutral", "positive"]
SENTIMENT_BANDS: tuple[SentimentBand, ...] = ("negative", "neutral", "positive")

# Factor scores (0..1) at or above these read as medium / high / very high.
_SCORE_LEVELS: tuple[float, float, float] = (0.35, 0.6, 0.85)

_KEYWORD_RE = re.compile(r"^[^*\s]+\*?(?:\s+[^*\s]+\*?)*$")


# --------------------------------------------------------------------------- keyword syntax


def _check_keywords(values: list[str], what: str) -> list[str]:
    """Keywords are plain words or phrases, optionally ending in `*`; reject anything else early."""
    cleaned: list[str] = []
    for i, raw in enumerate(values):
        kw = " ".join(str(raw).split())
        if not kw or kw == "*":
            raise ValueError(f"{what}[{i}]: empty keyword")
        if not _KEYWORD_RE.match(kw):
            raise ValueError(f"{what}[{i}] {raw!r}: '*' is only allowed at the end of a word (a suffix wildcard)")
        if not keyword_words(kw):
            raise ValueError(f"{what}[{i}] {raw!r}: a keyword needs at least one letter or digit")
        cleaned.append(kw)
    return cleaned


_WORD = re.compile(r"\w+")
_KEYWORD_WORD = re.compile(r"\w+\*?")


def keyword_words(keyword: str) -> tuple[tuple[str, bool], ...]:
    """A keyword as (word, is_wildcard) pairs, split the way text is: on anything not a letter or digit.

    So "fly-tip*" and "fly tip*" are the same keyword, "i'll kill" is ("i", "ll", "kill"), and
    in the text the words may be separated by spaces, hyphens, apostrophes or punctuation.
    """
    return tuple((w.rstrip("*"), w.endswith("*")) for w in _KEYWORD_WORD.findall(keyword.lower()))


# --------------------------------------------------------------------------- settings


class KeywordRule(BaseModel):
    """A topic: the words that find it, the department that owns it and its reputational weight."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topic: str = Field(min_length=1)
    keywords: list[str] = Field(min_length=1)
    department: str = Field(min_length=1)
    weight: float = Field(default=1.0, ge=0.5, le=3.0)
    emergency: bool = False

    @field_validator("keywords")
    @classmethod
    def _keywords(cls, value: list[str]) -> list[str]:
        return _check_keywords(value, "keywords")


def _rule(topic: str, department: str, weight: float, keywords: str, emergency: bool = False) -> KeywordRule:
    return KeywordRule(
        topic=topic,
        department=department,
        weight=weight,
        emergency=emergency,
        keywords=[k.strip() for k in keywords.split(",") if k.strip()],
    )


def default_rules() -> list[KeywordRule]:
    """Brent's everyday topics (domain notes §7) mapped to the departments that answer them."""
    return [
        # Emergencies first: on a tie in hits they win (better to over-alert than to miss one).
        _rule("flooding", "Emergency Planning", 3.0, "flood*, burst main, burst water main, sewage", True),
        _rule("fire", "Emergency Planning", 3.0, "fire, fires, blaze, on fire, fire brigade, firefighter*, LFB", True),
        _rule("evacuation", "Emergency Planning", 3.0, "evacuat*", True),
        _rule("gas leak", "Emergency Planning", 3.0,
              "gas leak*, smell of gas, smell gas, smelling gas, gas smell*, smells of gas, gas escape, "
              "stinks of gas, stink of gas, reeks of gas, whiff of gas", True),
        _rule("power cut", "Emergency Planning", 3.0, "power cut*, power outage*, blackout*, no power", True),
        _rule(
            "major incident", "Emergency Planning", 3.0,
            "major incident, emergency services, explosion*, building collapse*, cordon*", True,
        ),
        _rule(
            "bins", "Environment", 1.0,
            "bin, bins, wheelie bin*, bin collection*, bin day, bin men, binmen, recycling, rubbish, refuse, "
            "caddy, caddies, recycling box*, blue bin*, green bin*, brown bin*, black bin*, grey bin*, "
            "waste collection*, missed collection*, food waste, garden waste, bulky waste",
        ),
        _rule(
            "fly-tipping", "Environment", 1.2,
            "fly tip*, flytip*, dumped rubbish, dumping, litter*, street clean*",
        ),
        _rule(
            "parks", "Environment", 0.6,
            "parks, playground*, Roundwood Park, Gladstone Park, King Edward VII Park, Fryent Country Park, "
            "Barham Park, Welsh Harp",
        ),
        _rule(
            "council tax", "Finance", 1.2,
            "council tax, ctax, council tax bill*, council tax reduction, single person discount, arrears",
        ),
        _rule(
            "benefits", "Finance", 1.2,
            "benefit*, housing benefit, universal credit, discretionary housing payment*, cost of living",
        ),
        _rule(
            "parking", "Parking", 1.0,
            "parking, PCN*, penalty charge*, parking ticket*, parking fine*, parking permit*, resident* permit*, "
            "visitor permit*, CPZ, controlled parking zone*, traffic warden*, parking warden*, clamped, towed, tow truck",
        ),
        _rule(
            "event-day traffic", "Parking", 1.2,
            "event day*, match day*, matchday*, stadium traffic, Wembley traffic, event traffic, concert traffic",
        ),
        _rule("potholes", "Highways", 1.0, "pothole*, pot hole*, road surface*, pavement*, dropped kerb*, roadworks"),
        _rule("street lights", "Highways", 1.0, "street light*, streetlight*, street lamp*, lamp post*, lamppost*"),
        _rule(
            "housing repairs", "Housing", 1.5,
            "housing repair*, repairs team, repair* to my, boiler*, no heating, no hot water, leaking, leak, "
            "leaks, broken window*, council flat*, council house*, housing officer*, my landlord",
        ),
        _rule("damp and mould", "Housing", 2.0, "damp, mould*, mold, mouldy, condensation, Awaab*"),
        _rule(
            "homelessness", "Housing", 2.0,
            "homeless*, temporary accommodation, rough sleep*, sleeping rough, sleeps rough, slept rough, evict*, "
            "housing list, housing register, bed and breakfast",
        ),
        _rule("libraries", "Libraries", 0.8, "librar*, library card*"),
        _rule(
            "schools", "Education", 1.3,
            "school*, school admission*, admissions, school place*, secondary transfer, reception place*, "
            "SEN, SEND support, SEND transport, EHCP*, nursery, nurseries",
        ),
        _rule(
            "planning applications", "Planning", 1.3,
            "planning application*, planning permission, planning committee, planning officer*, planning portal, "
            "planning notice*, permitted development, conservation area*, listed building*, building control, "
            "redevelopment, tower block*",
        ),
        _rule("noise", "Regulatory Services", 0.9, "noise, noisy, loud music, noise nuisance, barking dog*"),
        _rule(
            "licensing", "Regulatory Services", 1.0,
            "licensing, licence, licences, premises licen*, alcohol licen*, HMO*, landlord licen*, food hygiene",
        ),
        _rule("jobs", "HR", 0.6, "jobs, job vacanc*, job opening*, job application*, vacanc*, career*, apprentice*, recruitment, "
            "work for the council, working for the council, work for Brent"),
        _rule("consultation", "Policy", 1.5, "consult*, have your say, survey*, public meeting*"),
    ]


def _default_platform_weights() -> dict[Platform, float]:
    # How far a follower count carries on each network: a LinkedIn follower or a Flickr contact
    # sees far less of a post than a follower on X, Bluesky, Mastodon or a Facebook page.
    return {
        Platform.X: 1.0,
        Platform.BLUESKY: 1.0,
        Platform.MASTODON: 1.0,
        Platform.FACEBOOK: 1.0,
        Platform.YOUTUBE: 1.0,
        Platform.RSS: 1.0,
        Platform.INSTAGRAM: 0.7,
        Platform.LINKEDIN: 0.5,
        Platform.FLICKR: 0.2,
    }


class TriageSettings(BaseModel):
    """Thresholds and keyword rules, `[triage]` in the app config; defaults suit a London borough.

    Frozen: the compiled keyword index is cached on the object, so change settings by building a
    new object (or `model_copy(update=...)`), never by mutating one in place.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Reach: followers × the platform's audience weight, compared with these thresholds.
    followers_medium: int = Field(default=1_000, ge=1)
    followers_high: int = Field(default=10_000, ge=1)
    followers_very_high: int = Field(default=50_000, ge=1)
    platform_weights: dict[Platform, float] = Field(default_factory=_default_platform_weights)
    verified_bonus: float = Field(default=0.1, ge=0.0, le=0.5)
    escalate_followers: int = Field(default=50_000, ge=1)
    escalate_key_person_categories: list[str] = Field(
        default_factory=lambda: ["journalist", "councillor", "mp", "press", "media", "mayor", "minister"]
    )

    # Criticality: VADER compound in [-1, 1].
    sentiment_very_negative: float = Field(default=-0.6, ge=-1.0, le=1.0)
    sentiment_negative: float = Field(default=-0.05, ge=-1.0, le=1.0)
    sentiment_positive: float = Field(default=0.05, ge=-1.0, le=1.0)

    # Importance: topic rules and volume on the same topic.
    rules: list[KeywordRule] = Field(default_factory=default_rules)
    volume_window_hours: int = Field(default=2, ge=1, le=72)
    volume_baseline_hours: int = Field(default=12, ge=1, le=24 * 28)  # for callers computing the baseline
    volume_spike_ratio: float = Field(default=3.0, ge=1.0, le=100.0)
    volume_spike_min_count: int = Field(default=5, ge=1)

    # Languages: ISO 639-1 codes of the languages the team's officers read. A post in another
    # language is flagged "needs a reader of …" and routed by the cues that need no reading.
    languages_read: list[str] = Field(default_factory=lambda: ["en"])

    # Conversations and watches.
    conversation_min_replies: int = Field(default=5, ge=1)
    watch_reply_growth: int = Field(default=5, ge=1)
    viral_reposts: int = Field(default=500, ge=1)  # reposts (or 4× likes) that make a council matter spread fast

    # Cue words by family (`brent_tui.domain.triage_cues`; same syntax as rule keywords:
    # case-insensitive, whole words, optional `*` suffix). A family set in the config replaces
    # that family's defaults; the others keep theirs.
    cues: dict[str, list[str]] = Field(default_factory=default_cues)

    _compiled: CompiledRules | None = PrivateAttr(default=None)

    @field_validator("cues")
    @classmethod
    def _cues(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        defaults = default_cues()
        unknown = sorted(set(value) - set(defaults))
        if unknown:
            raise ValueError(f"unknown cue families {', '.join(unknown)} (known: {', '.join(defaults)})")
        return {name: _check_keywords(value.get(name, words), f"cues.{name}") for name, words in defaults.items()}

    @field_validator("escalate_key_person_categories")
    @classmethod
    def _categories(cls, value: list[str]) -> list[str]:
        return [v.strip().lower() for v in value if v.strip()]

    @field_validator("platform_weights")
    @classmethod
    def _weights(cls, value: dict[Platform, float]) -> dict[Platform, float]:
        for platform, weight in value.items():
            if not 0.0 <= weight <= 10.0:
                raise ValueError(f"{platform.value}: audience weight {weight} must be between 0 and 10")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> TriageSettings:
        if not self.followers_medium < self.followers_high < self.followers_very_high:
            raise ValueError(
                "followers thresholds must rise: followers_medium "
                f"({self.followers_medium}) < followers_high ({self.followers_high}) "
                f"< followers_very_high ({self.followers_very_high})"
            )
        if not self.sentiment_very_negative < self.sentiment_negative <= self.sentiment_positive:
            raise ValueError(
                "sentiment thresholds must rise: sentiment_very_negative "
                f"({self.sentiment_very_negative}) < sentiment_negative ({self.sentiment_negative}) "
                f"<= sentiment_positive ({self.sentiment_positive})"
            )
        seen: set[str] = set()
        for i, rule in enumerate(self.rules):
            key = rule.topic.strip().lower()
            if key in seen:
                raise ValueError(f"rules[{i}].topic: {rule.topic!r} is listed twice")
            seen.add(key)
        return self

    def audience_weight(self, platform: Platform | str) -> float:
        """The platform's audience weight; 1.0 for a platform the settings do not mention."""
        try:
            return self.platform_weights.get(Platform(platform), 1.0)
        except ValueError:
            return 1.0


# --------------------------------------------------------------------------- compiled rules


# Keyword families scanned together; each keeps its own non-overlapping matches. Family 0 is the
# topic rules; the cue families follow in `CUE_FAMILIES` order.
TOPIC = 0
_CUE_INDEX = {name: i for i, name in enumerate(CUE_FAMILIES, start=1)}
_FAMILIES = 1 + len(CUE_FAMILIES)


@dataclass(frozen=True, slots=True)
class _Entry:
    family: int
    tag: int  # the rule's index for TOPIC, 0 otherwise
    words: tuple[tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class Scan:
    """One pass over a mention's words: its lower-cased tokens and every keyword hit by family."""

    tokens: tuple[str, ...]
    hits: tuple[list[tuple[int, str]], ...]  # per family: (tag, words as found); read, never changed

    def words(self, family: int | str) -> tuple[str, ...]:
        """The words found of a family (a cue family by name, or `TOPIC`)."""
        index = family if isinstance(family, int) else _CUE_INDEX[family]
        return tuple(text for _, text in self.hits[index])


class CompiledRules:
    """Keyword index built once per settings object: `suggest` runs on every ingested mention.

    A regex alternation of ~250 keywords cost ~200 µs per mention; instead the text is split
    into words once and each word is looked up in a dict of first words and wildcard stems.
    The per-word candidate lists are memoised (a borough's vocabulary is small), so a scan is
    about one dict lookup per word. Dict reads and writes are atomic, so threads may share it.
    """

    __slots__ = ("owner", "rules", "_exact", "_pairs", "_stems", "_stem_lengths", "_memo", "_authors")

    _MEMO_LIMIT = 200_000

    def __init__(self, owner: int, settings: TriageSettings) -> None:
        self.owner = owner  # id() of the settings object it was built for (a model_copy gets a new one)
        self.rules: tuple[KeywordRule, ...] = tuple(settings.rules)
        families: list[tuple[int, int, list[str]]] = [
            (TOPIC, i, rule.keywords) for i, rule in enumerate(self.rules)
        ]
        families += [(_CUE_INDEX[name], 0, settings.cues[name]) for name in CUE_FAMILIES]
        self._exact: dict[str, list[_Entry]] = {}
        # Phrases whose first two words are exact are found by the word pair: "my" starts a hundred
        # phrases, and trying each at every "my" would cost more than the rest of the scan.
        self._pairs: dict[tuple[str, str], list[_Entry]] = {}
        self._stems: dict[str, list[_Entry]] = {}
        seen: set[tuple[int, int, tuple[tuple[str, bool], ...]]] = set()
        for family, tag, keywords in families:
            for kw in keywords:
                words = keyword_words(kw)
                variants = [words]
                if len(words) > 1 and not any(wild for _, wild in words[:-1]):
                    # "fly tip*" also finds "flytipping"
                    variants.append((("".join(w for w, _ in words), words[-1][1]),))
                for v in variants:
                    if not v or (family, tag, v) in seen:
                        continue
                    seen.add((family, tag, v))
                    first, wild = v[0]
                    entry = _Entry(family, tag, v)
                    if wild:
                        self._stems.setdefault(first, []).append(entry)
                    elif len(v) > 1 and not v[1][1]:
                        self._pairs.setdefault((first, v[1][0]), []).append(entry)
                    else:
                        self._exact.setdefault(first, []).append(entry)
        for table in (self._exact, self._stems, self._pairs):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e.words))  # longest first at a position
        self._stem_lengths = sorted({len(k) for k in self._stems})
        self._memo: dict[str, tuple[_Entry, ...]] = {}
        self._authors: dict[tuple[str, str], Scan] = {}

    def scan_author(self, name: str | None, handle: str) -> Scan:
        """The profile name and handle as words ("CllrJackWhitfield" → "Cllr Jack Whitfield"), scanned
        once per author: the same accounts post again and again."""
        key = (name or "", handle)
        found = self._authors.get(key)
        if found is None:
            local = handle[1:] if handle.startswith("@") else handle
            words = " ".join(_HANDLE_WORDS.findall(local.split("@")[0]))
            found = self.scan(f"{name or ''} . {words}")
            if len(self._authors) >= self._MEMO_LIMIT:
                self._authors.clear()
            self._authors[key] = found
        return found

    def _candidates(self, token: str) -> tuple[_Entry, ...]:
        found = self._memo.get(token)
        if found is None:
            entries = list(self._exact.get(token, ()))
            for n in self._stem_lengths:
                if n > len(token):
                    break
                entries.extend(self._stems.get(token[:n], ()))
            entries.sort(key=lambda e: -len(e.words))
            found = tuple(entries)
            if len(self._memo) >= self._MEMO_LIMIT:
                self._memo.clear()
            self._memo[token] = found
        return found

    def scan(self, text: str) -> Scan:
        """Every keyword hit in the text: per family, non-overlapping, longest match first."""
        lower = text.lower()
        found = list(_WORD.finditer(lower))
        tokens = tuple(m.group() for m in found)
        hits: list[list[tuple[int, str]]] = [[] for _ in range(_FAMILIES)]
        free = [0] * _FAMILIES  # per family, the first position not yet inside a match
        n = len(tokens)
        candidates = self._candidates
        pairs = self._pairs
        for i, token in enumerate(tokens):
            entries: Sequence[_Entry] = candidates(token)
            pair = pairs.get((token, tokens[i + 1])) if i + 1 < n else None
            if pair:
                entries = sorted((*pair, *entries), key=lambda e: -len(e.words)) if entries else pair
            elif not entries:
                continue
            for e in entries:
                fam = e.family
                if free[fam] > i:
                    continue  # inside a longer match of this family, or this family already matched here
                size = len(e.words)
                if size > 1:
                    if i + size > n:
                        continue
                    ok = True
                    for k in range(1, size):
                        w, wild = e.words[k]
                        t = tokens[i + k]
                        if not (t.startswith(w) if wild else t == w):
                            ok = False
                            break
                    if not ok:
                        continue
                # The words as written ("i'm a reporter", "fly-tipping"), not the tokens joined by spaces.
                hits[fam].append((e.tag, lower[found[i].start() : found[i + size - 1].end()]))
                free[fam] = i + size
        return Scan(tokens, tuple(hits))


def compile_rules(settings: TriageSettings) -> CompiledRules:
    """The keyword index for these settings, built on first use and kept on the object.

    Two threads racing here both build the same thing; the last write wins, which is harmless.
    """
    cached = settings._compiled
    if cached is not None and cached.owner == id(settings):
        return cached
    compiled = CompiledRules(id(settings), settings)
    settings._compiled = compiled
    return compiled


_DEFAULT_SETTINGS: TriageSettings | None = None


def default_settings() -> TriageSettings:
    """A shared default settings object (so its keyword index is built once and shared)."""
    global _DEFAULT_SETTINGS
    if _DEFAULT_SETTINGS is None:
        _DEFAULT_SETTINGS = TriageSettings()
    return _DEFAULT_SETTINGS


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def _normalise(text: str) -> str:
    return text.translate(_QUOTES)


# One spelling for letters typed two ways: Romanian's cedilla and comma below; the Arabic and the
# Persian/Urdu keyboards' yeh, kaf and heh; alef with or without hamza (not madda: آ is a letter of its own
# in Urdu and Persian); ta marbuta; a curly apostrophe; composed accents and vowel signs (NFC). Arabic's
# optional short-vowel marks and the tatweel that stretches a word are dropped ("تعلّم" is "تعلم"); the
# digits of the Arabic, Persian and Indian scripts read as 0–9 ("২০২৫" is "2025").
_FOREIGN_FOLD = str.maketrans({"ş": "ș", "ţ": "ț", "ي": "ی", "ى": "ی", "ك": "ک", "ہ": "ه", "ۀ": "ه", "ة": "ه",
                               "أ": "ا", "إ": "ا", "ٱ": "ا", "\u2019": "'"}
                              | dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])
                              | {zero + d: str(d) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0AE6, 0x0BE6)
                                 for d in range(10)})


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.lower()).translate(_FOREIGN_FOLD)


# --------------------------------------------------------------------------- topic, FOI, sentiment


@dataclass(frozen=True, slots=True)
class TopicMatch:
    rule: KeywordRule
    hits: int
    keywords: tuple[str, ...]  # the words as they appear in the text


def match_topic(
    text: str,
    settings: TriageSettings | None = None,
    *,
    scan: Scan | None = None,
    compiled: CompiledRules | None = None,
) -> TopicMatch | None:
    """The best-matching rule with its hits: most hits, then emergency, then weight, then rule order."""
    if compiled is None:
        compiled = compile_rules(settings or default_settings())
    if scan is None:
        scan = compiled.scan(_normalise(text))
    found: dict[int, list[str]] = {}
    for tag, words in scan.hits[TOPIC]:
        found.setdefault(tag, []).append(words)
    if not found:
        return None
    rules = compiled.rules
    best = max(found, key=lambda i: (len(found[i]), rules[i].emergency, rules[i].weight, -i))
    return TopicMatch(rules[best], len(found[best]), tuple(found[best]))


def detect_topic(text: str, settings: TriageSettings | None = None) -> KeywordRule | None:
    """The topic rule a mention is about, or None. Callers use its `topic` to count volume."""
    match = match_topic(text, settings)
    return match.rule if match else None


# The bare acronym is matched case-sensitively ("FOI", "FoI", "FOIA"): "foi" is everyday
# Portuguese and French ("ele foi", "ma foi"), and Brent has large Portuguese-speaking
# communities. The phrases are matched in any case. "FOIL", "FOIs-ish" words do not match.
_FOI_ACRONYM = re.compile(r"(?<![\w.])(?:F\.?O\.?I\.?A?|FoIA?|FoI)(?:'?s)?(?![\w])")
_FOI_PHRASES = re.compile(
    r"(?<!\w)(?:"
    r"freedom[\s\-]+of[\s\-]+info(?:rmation)?"
    r"|foia?[\s\-]+(?:request|act|requests|response|officer|team)"
    r"|#foia?"
    r"|information[\s\-]+requests?"
    r"|requests?[\s\-]+for[\s\-]+information"
    r"|environmental[\s\-]+information[\s\-]+regulations?"
    r"|EIR[\s\-]+request"
    r"|subject[\s\-]+access[\s\-]+requests?"
    r"|data[\s\-]+subject[\s\-]+access"
    r")(?!\w)",
    re.IGNORECASE,
)


# "can u foi how many…": the lower-case word used in English, followed by an English question word.
_FOI_WORD = re.compile(r"(?i)(?<![\w.])foi(?=\s+(?:how|what|which|when|please|pls|plz|me|us)\b)")
# A request for recorded figures without the word FOI (domain notes §8: "how many … were recorded"):
# how many / how much / the number of, a verb of something done, and a period it was done in.
_FIGURES = re.compile(
    r"(?i)\b(?:how\s+many|how\s+much|the\s+number\s+of|the\s+total|total\s+(?:spent|spend|cost|income))\b"
    r"(?=[^.?!\n]{0,160}?\b(?:did|have|has|had|were|was|spent|revoked|issued|recorded|received|paid|made|planted|"
    r"felled|fined|collected|closed|evicted|placed|housed|granted|refused|approved|awarded|employed|hired)\b"
    r"(?!\s+(?:i|we)\b))"  # "how many times have I reported…" is a complaint, not a request
    r"(?=[^.?!\n]{0,160}?\b(?:(?:since|in|during|between|for)\s+(?:19|20)\d\d|(?:last|this|each|per|every)\s+"
    r"(?:year|financial\s+year|month))\b)"
)
# A request for recorded documents or data ("please provide the schedule", "copies of the contract").
_RECORDS = re.compile(
    r"(?i)\b(?:please\s+(?:provide|send|share|publish|release)(?:\s+me)?(?:\s+with)?"
    r"|(?:can|could)\s+you\s+(?:please\s+)?(?:provide|send|share|publish|release)(?:\s+me)?(?:\s+with)?"
    r"|i(?:'d|\s+would)\s+like(?:\s+to\s+request)?)"
    r"\s+(?:a\s+copy\s+of|copies\s+of|a\s+(?:list|breakdown|schedule)\s+of|all\s+(?:emails|correspondence|documents|"
    r"records)|the\s+(?:list|data|figures|breakdown|schedule|contract|minutes|emails|correspondence|spreadsheet|"
    r"risk\s+assessments?|business\s+case|audit|register|number\s+of|total))\b"
)
# Asked outright for a count ("could your press office tell me how many households…"): a request for
# recorded information, whether or not it names a period (a journalist's usually does not). Not a price
# ("how much is a permit") and not the asker's own lot ("how many bags can I put out").
_ASKED_FOR_FIGURES = re.compile(
    r"(?i)\b(?:could|can|would)\s+(?:you|(?:your|the)\s+(?:press|media|comms|communications)\s+(?:office|team)"
    r"|the\s+council|brent(?:\s+council)?)\s+(?:please\s+)?(?:tell|confirm|give|provide|share)\s+(?:me\s+|us\s+)?"
    r"(?:how\s+many|the\s+number\s+of|the\s+total\s+number\s+of)\b"
    r"(?![^.?!\n]{0,60}\b(?:i|we)\s+(?:can|could|should|do|need|am|are|have|owe|get)\b)"
)
# The Act by its name in the languages most spoken in Brent (a request in Portuguese or Bengali is as valid
# as one in English), with the accents people leave out.
_FOI_FOREIGN = (
    "liberdade de informação", "liberdade de informacao", "acesso à informação", "acesso a informacao",
    "libertad de información", "libertad de informacion", "acceso a la información", "acceso a la informacion",
    "wolności informacji", "wolnosci informacji", "dostępie do informacji", "dostepie do informacji",
    "informacji publicznej", "liberul acces la informa", "libertatea informa", "accesul la informa",
    "liberté d'information", "liberte d'information", "accès à l'information", "libertà di informazione",
    "حرية المعلومات", "الحصول على المعلومات", "آزادی معلومات", "معلومات کی آزادی", "معلومات تک رسائی",
    "آزادی اطلاعات", "دسترسی به اطلاعات", "सूचना का अधिकार", "सूचना की स्वतंत्रता", "सूचना स्वतंत्रता",
    "માહિતીનો અધિકાર", "માહિતી અધિકાર", "માહિતીની સ્વતંત્રતા", "তথ্য অধিকার", "তথ্যের স্বাধীনতা",
    "তথ্য স্বাধীনতা", "தகவல் அறியும் உரிமை", "தகவல் உரிமை", "தகவல் சுதந்திர", "xorriyadda macluumaadka",
    "xorriyada macluumaadka", "saoráil faisnéise",
)
# The foreign checks below read the text as the danger words do (`_fold`: one spelling per letter), and
# are written in that spelling.
# The Act's English name written in another script ("فریڈم آف انفارمیشن ایکٹ"): "freedom of information",
# never the Freedom Pass ("फ्रीडम पास").
_FOI_TRANSLITERATED = re.compile(_fold(
    r"(?:فریڈم|فريدم|فریدم|फ्रीडम|ફ્રીડમ|ফ্রিডম|ஃப்ரீடம்)\s*(?:آف|اف|أوف|اوف|ऑफ़?|ऑफ|अफ|ઓફ|ઑફ|অফ|ওফ|ஆஃப்)\s*"
    r"(?:انفارم|انفورم|إنفورم|اینفورم|انفرم|इंफ|इन्फ|इनफ|ઇન્ફ|ઈન્ફ|ইনফ|ইন্ফ|இன்ஃப)"
))
# "How many … in 2025?" in Brent's other languages: a question about recorded figures, as `_FIGURES` reads
# it in English (a count, and a year it was counted in; the year in any script's digits). Unaccented
# Romanian "cate" is left out: it is also a name ("Cate Blanchett … 2025").
_FOREIGN_HOW_MANY = re.compile(_fold(
    r"(?<!\w)(?:ile|câte|câți|quantos|quantas|cuántos|cuántas|cuantos|cuantas|combien|quanti|quante|"
    r"immisa|imisa)(?!\w)"
    r"|كم عدد|ما عدد|کتنے|کتنی|कितने|कितनी|કેટલા|કેટલી|எத்தனை|কতগুলো|কতজন|কতটি|چه تعداد|چند نفر|چند مورد"
))
# "How many times have I called", "how many more days must I wait", "how much longer", "how much does it
# cost" are complaints and prices, not requests (as in English).
_FOREIGN_HOW_LONG = re.compile(_fold(
    r"ile razy|ile jeszcze|ile dni|ile tygodni|ile miesięcy|ile kosztuje|ile mam|"
    r"de câte ori|câte zile|câte săptămâni|cât timp|cât costă|"
    r"quantas vezes|quantos dias|quantas semanas|quanto tempo|quanto custa|"
    r"cuántas veces|cuantas veces|cuántos días|cuantos dias|cuánto tiempo|cuanto tiempo|cuánto cuesta|"
    r"combien de fois|combien de jours|combien de temps|combien coûte|combien ça coûte|"
    r"quante volte|quanti giorni|quanto tempo|quanto costa|immisa jeer|imisa jeer|immisa maalmood|"
    r"كم مرة|كم يوم|كم يوما|كم من الوقت|کتنی بار|کتنی دفعہ|کتنے دن|کب تک|"
    r"कितनी बार|कितनी दफा|कितने दिन|कब तक|કેટલી વાર|કેટલા દિવસ|எத்தனை முறை|எத்தனை நாள்|"
    r"কতবার|কত দিন|چند بار|چند روز|تا کی"
))
# A year, not an amount ("2000 zł", "£2025").
_YEAR = re.compile(r"(?<![\d£$€])(?:199\d|20[0-3]\d)"
                   r"(?![\d.,]?\d|\s*(?:zł|zl|lei|ron|€|£|\$|eur|euro|ريال|روپے|रुपये|টাকা))")


def _foreign_figures(folded: str) -> bool:
    return bool(_FOREIGN_HOW_MANY.search(_FOREIGN_HOW_LONG.sub(" ", folded))) and bool(_YEAR.search(folded))


# "How do I make an FOI request?" asks for the way to ask, not for information: what is left once it is
# taken out must ask for something itself ("how do I make an FOI request? I want the number of …").
_FOI_HOW_TO = re.compile(
    r"(?i)\b(?:how|where)\s+(?:do|can|should|would|could)\s+(?:i|we|you|one|people|someone)\s+(?:actually\s+)?"
    r"(?:make|submit|send|put\s+in|file|lodge|do|raise)\s+(?:an?\s+)?(?:foia?|freedom\s+of\s+information)"
    r"(?:\s+(?:act\s+)?requests?)?(?:\s+(?:to|with)\s+(?:you|brent|the\s+council)(?:\s+council)?)?"
)
_FIGURES_HINTS = ("how many", "how much", "number of", "total", "copy of", "copies of", "list of", "breakdown",
                  "schedule", "contract", "minutes", "emails", "correspondence", "the data", "the figures")
_JIBES = ("🙄", "😂", "🤡", "🤣")


def detect_foi(text: str) -> bool:
    """True when the mention asks (or says it asks) for information under FOIA, EIR or a SAR.

    The ICO treats a tweet as a valid request if a real name is given, so a false negative can
    miss a statutory deadline; the phrases are therefore generous and the flag only marks the
    mention for a person to log it.
    """
    return _detect_foi(_normalise(text))


def _detect_foi(text: str) -> bool:
    text = _FOI_HOW_TO.sub(" ", text)
    lower = text.lower()
    if any(name in lower for name in _FOI_FOREIGN):
        return True
    if not text.isascii():
        folded = _fold(text)
        if _FOI_TRANSLITERATED.search(folded) or _foreign_figures(folded):
            return True
    elif _foreign_figures(lower):  # Polish or Romanian typed without accents
        return True
    if any(hint in lower for hint in _FIGURES_HINTS) and not any(j in text for j in _JIBES) and (
        _FIGURES.search(text) or _RECORDS.search(text) or _ASKED_FOR_FIGURES.search(text)
    ):
        return True
    # Cheap substring checks first: nearly every mention has none of these.
    if "foi" not in lower and "f.o.i" not in lower and "information" not in lower and "freedom" not in lower and (
        "access" not in lower and "eir" not in lower
    ):
        return False
    return bool(_FOI_PHRASES.search(text) or _FOI_ACRONYM.search(text) or _FOI_WORD.search(text))


# Words VADER scores wrongly or not at all in British comments about a council.
UK_LEXICON: dict[str, float] = {
    "shambles": -2.2,
    "scum": -3.0,
    "gutted": -1.8,
    "jobsworth": -1.5,
    "jobsworths": -1.5,
    "diabolical": -2.5,
    "naff": -1.2,
    "skint": -1.0,
    "joke": -1.0,  # "absolute joke", "what a joke": scorn, not humour, when said of a service
    "shocking": -2.0,
    "chuffed": 2.0,
    "cracking": 1.5,
    "ta": 1.0,
    # "fine" is mostly a penalty here ("parking fine"), not approval.
    "fine": 0.0,
    "fines": 0.0,
    "fined": -1.0,
}

_analyser: Any = None
_analyser_lock = threading.Lock()


def _get_analyser() -> Any:
    """Build VADER once (reading its lexicon files is slow); double-checked under a lock."""
    global _analyser
    if _analyser is None:
        with _analyser_lock:
            if _analyser is None:
                from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

                analyser = SentimentIntensityAnalyzer()
                analyser.lexicon.update(UK_LEXICON)
                _analyser = analyser
    return _analyser


@lru_cache(maxsize=8192)
def _sentiment_cached(text: str) -> float:
    return float(_get_analyser().polarity_scores(text)["compound"])


def sentiment(text: str) -> float:
    """VADER compound score in [-1, 1].

    Thread-safe: `polarity_scores` reads the lexicon and keeps no state between calls, the
    lexicon is only written before the analyser is published, and `lru_cache` is thread-safe
    (it also absorbs the identical reposts of an emergency burst).
    """
    return _sentiment_cached(_normalise(text))


def sentiment_band(score: float | None, settings: TriageSettings) -> SentimentBand | None:
    """negative / neutral / positive by the configured thresholds; None while not scored.

    The one band rule: the Feed's mark and filter, the detail pane and the Insights figures
    all use it (the store's SQL gets these thresholds as parameters, see `band_sql`).
    """
    if score is None:
        return None
    if score <= settings.sentiment_negative:
        return "negative"
    if score >= settings.sentiment_positive:
        return "positive"
    return "neutral"


def tone_word(compound: float, settings: TriageSettings | None = None) -> str:
    """The compound score in words: very negative, or its band."""
    s = settings or default_settings()
    if compound <= s.sentiment_very_negative:
        return "very negative"
    return sentiment_band(compound, s) or "neutral"


# --------------------------------------------------------------------------- models in and out


class TriageInput(BaseModel):
    """What the rules see of a mention: its text, its author, its thread and recent topic volume.

    `topic_volume_recent` counts mentions on the same topic (see `detect_topic`) in the last
    `volume_window_hours`; `topic_volume_baseline` is that topic's usual count per window.
    """

    model_config = ConfigDict(extra="forbid")

    text: str
    platform: Platform
    author_handle: str = ""
    author_name: str | None = None  # the profile's display name: FOI validity, councillors' titles
    author_followers: int | None = Field(default=None, ge=0)
    author_verified: bool = False
    author_is_key_person: bool = False
    key_person_category: str | None = None
    thread_replies: int = Field(default=0, ge=0)
    likes: int = Field(default=0, ge=0)
    reposts: int = Field(default=0, ge=0)
    thread_mentions: int = Field(default=0, ge=0)  # other mentions of its thread we hold: a conversation we can read
    is_reply: bool = False
    answers_escalation: bool = False  # the post it replies to, or its thread's first, was suggested escalate
    follows_own_escalation: bool = False  # ... and the reply is by that post's author
    topic_volume_recent: int = Field(default=0, ge=0)
    topic_volume_baseline: float = Field(default=0.0, ge=0.0)
    created_at: datetime
    now: datetime

    @field_validator("created_at", "now")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return as_utc(value)


class Factor(BaseModel):
    """One of the three Appendix A factors: a 0..1 score, a level and the reason in plain words."""

    score: float = Field(ge=0.0, le=1.0)
    level: Level
    reason: str


class Suggestion(BaseModel):
    """The suggested route with everything needed to explain it to the person who decides."""

    route: Route
    department: str | None = None
    topic: str | None = None
    reach: Factor
    criticality: Factor
    importance: Factor
    sentiment: float
    priority: float
    reasons: list[str]
    summary: str
    foi: bool = False
    foi_valid: bool | None = None  # per the strategy; None when not an FOI request
    language: str | None = None  # detected ISO 639-1 code; None when too short or unsure to tell
    needs_reader: str | None = None  # the language's name when no officer reads it ("Gujarati")
    emergency: bool = False
    route_reason: str = ""  # why this route, e.g. "emergency keyword with a volume spike"
    escalation_triggers: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)  # topic words as found in the text
    spike: bool = False
    #: A low-reach reshare: someone else's words passed on, the original post is the one to act on.
    passed_on: bool = False


# --------------------------------------------------------------------------- helpers


def level_for_score(score: float) -> Level:
    """Map a 0..1 factor score to a level (criticality and importance)."""
    medium, high, very_high = _SCORE_LEVELS
    if score >= very_high:
        return "very high"
    if score >= high:
        return "high"
    if score >= medium:
        return "medium"
    return "low"


def reach_level(audience: float, settings: TriageSettings) -> Level:
    """Level of an effective audience against the configured follower thresholds."""
    if audience >= settings.followers_very_high:
        return "very high"
    if audience >= settings.followers_high:
        return "high"
    if audience >= settings.followers_medium:
        return "medium"
    return "low"


def _at_least(level: Level, floor: Level) -> Level:
    return level if LEVELS.index(level) >= LEVELS.index(floor) else floor


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def _quote(words: Sequence[str]) -> str:
    uniq = list(dict.fromkeys(w.lower() for w in words))
    return ", ".join(f"“{w}”" for w in uniq[:3])


# --------------------------------------------------------------------------- factors


def reach_score(audience: float, settings: TriageSettings) -> float:
    """0..1 score for an effective audience, log-interpolated inside the configured bands.

    Each threshold band maps onto the matching score band (low 0.1–0.35, medium 0.35–0.6,
    high 0.6–0.85, very high 0.85–1 reached at ten times the top threshold), so the level
    read from the score always agrees with the level read from the thresholds.
    """
    bounds = (0.0, settings.followers_medium, settings.followers_high, settings.followers_very_high,
              settings.followers_very_high * 10)
    scores = (0.1, *_SCORE_LEVELS, 1.0)
    if audience >= bounds[-1]:
        return 1.0
    for i in range(4):
        lo, hi = bounds[i], bounds[i + 1]
        if audience < hi:
            span = math.log10(1 + hi) - math.log10(1 + lo)
            frac = (math.log10(1 + audience) - math.log10(1 + lo)) / span
            # Stay strictly inside the band, even after rounding: 999 followers is not "medium".
            return scores[i] + (scores[i + 1] - scores[i]) * min(max(frac, 0.0), 0.99)
    return 1.0  # pragma: no cover - the loop always returns


def reach_factor(
    followers: int | None,
    platform: Platform | str,
    verified: bool,
    key_person_category: str | None,
    settings: TriageSettings,
    *,
    is_key_person: bool | None = None,
) -> Factor:
    """Our own, explained replacement for Klout: followers × the network's audience weight.

    Levels come from the configured thresholds (so the reason matches the config); a verified
    account adds `verified_bonus`; key people (journalists, councillors, MPs) reach further
    than their follower count says, so they get a floor. A bonus or floor may lift the level.
    """
    weight = settings.audience_weight(platform)
    key = is_key_person if is_key_person is not None else bool(key_person_category)
    category = (key_person_category or "").strip().lower() or None
    bits: list[str] = []
    level: Level = "low"
    if followers is None:
        score = 0.2
        bits.append("followers unknown")
    else:
        score = reach_score(followers * weight, settings)
        level = reach_level(followers * weight, settings)
        bits.append(f"{compact_number(followers)} follower{'s' if followers != 1 else ''}")
        if weight != 1.0:
            name = Platform(platform).value if isinstance(platform, Platform) else str(platform)
            bits.append(f"{name} audience ×{weight:g}")
    if verified:
        score += settings.verified_bonus
        bits.append("verified")
    if key:
        bits.append(f"key person: {category or 'listed'}")
        score = max(score, 0.75 if category in settings.escalate_key_person_categories else 0.45)
    score = round(_clamp(score), 4)
    level = max(level, level_for_score(score), key=LEVELS.index)
    return Factor(score=score, level=level, reason=f"reach: {', '.join(bits)} ({level})")


# --------------------------------------------------------------------------- reading a mention

_CASE_REF = re.compile(
    r"(?i:(?<![\w/])(?:ref(?:erence)?s?|referin\w*|case|account|acct|conta|konta|numer|număr|número|numéro|"
    r"claim|pcn|complaint|ticket|job|tenancy|crm)\.?(?:\s*(?:no\.?|number|num|n[º°o]\.?|#))?\s*[:#.]?\s*([a-z]{0,4}[\-/]?\d[\d\-/]{3,}))(?!\w)"
    r"|(?<![\w/\-])([A-Z]{1,4}[\-/]\d{2,}(?:[\-/]\d+)*)(?![\w/])"  # HR-2291804, NS/2026/0142
    r"|(?<![\w/\-])(\d{2,4}[\-/][A-Z]{1,4}[\-/]\d{3,})(?![\w/])"  # 2026-HR-50177
    r"|(?<!\w)([A-Z]{2}\d{8})(?!\w)"  # a penalty charge number, e.g. WM84736291
    r"|(?<![\w£$€.,])(\d{7,})(?![\w]|[.,]\d)"  # an account, job or phone number
    r"|(?i:(?<!\w)ending\s+(?:in\s+)?(\d{4}))(?!\w)"  # card ending 4471
)
_VEHICLE = re.compile(r"(?<!\w)([A-Z]{2}\d{2}\s?[A-Z]{3})(?!\w)")  # a vehicle registration, e.g. LK21 HBX
_REF_DIGITS = re.compile(r"\d{2}[\-/]?\d{2}")  # every reference above has four digits (or two, a dash, two)
_STREET_WORDS = (r"road|rd|street|st|avenue|ave|lane|ln|close|court|ct|gardens|gdns|house|way|drive|crescent|"
                 r"place|pl|grove|hill|square|sq|terrace|walk|mews|rise|parade|broadway")
_NOT_A_STREET_NAME = (r"(?!(?:and|or|but|the|a|an|to|of|is|was|are|will|would|can|i|my|our|we|you|it|in|on|at|for|"
                      r"with|from|by|have|has|had|be|been|not|no|so|if|up|out|then|than|just|very|more|times|"
                      r"days|weeks|months|years|minutes|hours|people|kids|mins)\b)")
_ADDRESS = re.compile(
    rf"(?i:(?<![\w£$€.,:/\-])(?:flat\s+\d+[a-z]?\b|\d{{1,4}}[a-z]?\s+(?:{_NOT_A_STREET_NAME}[a-z][\w'\-]*\s+){{0,3}}"
    rf"(?:{_STREET_WORDS})))"
    r"(?!\w)"
    r"|(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)"  # a full postcode, e.g. NW10 7RR
)
_DIGIT = re.compile(r"\d")
_COLD = re.compile(r"(?i)(?<![\w\-])(?:-|−|minus\s?)\d{1,2}\s?(?:°|c\b|degrees\b)?|\b(?:freezing|frost|snow(?:ing)?|"
                   r"sub[\s\-]?zero|below zero|ice cold|bitter(?:ly)? cold)\b")
# An age that makes a person frail (75 and over) or a child (under 16), said the ways people say it.
_OLD_AGE = re.compile(r"(?i)\b(?:(?:she|he|mum|dad|nan|gran)(?:'s|\s+is)\s+|aged\s+)(?:7[5-9]|[89]\d|1[01]\d)\b"
                      r"|\b(?:7[5-9]|[89]\d|1[01]\d)[\s-]*(?:years?|yrs?)[\s-]*old\b")
_CHILD_AGE = re.compile(r"(?i)\b(?:(?:she|he|son|daughter|kid|child)(?:'s|\s+is)\s+|aged\s+)(?:[1-9]|1[0-5])\b"
                        r"(?!\s*(?:%|am|pm|:))"
                        r"|\b(?:[1-9]|1[0-5])[\s-]*(?:years?|yrs?)[\s-]*old\b")
_VIEWS = re.compile(r"(?i)\d[\d.,]*\s*(?:k|m|million|thousand)?\s+(?:views|shares|retweets)\b")
# "RT @a …" or "wow. RT @a …" passes a post on; "Please RT @a" asks others to.
_RESHARE = re.compile(r"(?:^|[.!?…:]\s+)RT\s+@\w|^\s*(?:repost|reshare|shared from)\b", re.IGNORECASE)
_THREAD_TEXT = re.compile(r"(?i)\(\s*\d+\s+(?:replies|comments|posts)\s*\)|^\s*thread\s*:")
# A question without its question mark starts a sentence with a question word ("how do i renew my permit").
_QUESTION_START = re.compile(
    r"(?i)(?:^|[.!\n]\s*)(?:(?:hi|hello|hey|dear|morning|afternoon|evening)\b[^,.!?\n]{0,30}[,:!\-]\s*)?"
    r"(?:[@#][\w.\-@]+[\s,]+)*"
    r"(?:how|where|when|what|which|who|why|is|are|can|could|do|does|did|will|would|should|any|anyone|has|have)\b"
)
_HOW_TO = re.compile(r"(?i)\b(?:how|where) (?:do|can|should|would) (?:i|we|you)\b|\bwhat do (?:i|we) need\b")
_QUESTION_MARKS = ("?", "؟", "¿")  # Latin, Arabic-script and Spanish opening
_SARCASM = ("🙄", "🤡", "😒", "🙃", "🤦")
_LAUGHTER = ("😂", "🤣", "😆", "😹", "💀")
_HANDLE = re.compile(r"[@#][\w.\-@]+|https?://\S+")
_LETTER_TOKEN = re.compile(r"[^\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ENGLISH_COMMON = frozenset(split_cues(ENGLISH_COMMON))
_FOREIGN_COMMON = frozenset(split_cues(FOREIGN_COMMON)) - _ENGLISH_COMMON
_HANDLE_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# Emergency and safeguarding words of the languages most spoken in Brent (`triage_cues.FOREIGN_RISK`),
# read only when a post does not look English: whole words, or word starts when a stem (`*`).
# Combining marks count as part of a word; the danda (।, ॥) is not one: it ends a sentence.
_COMBINING = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0966-\u0dff"
_WORD_START = rf"(?<![\w{_COMBINING}])"
# Arabic writes "and", "the", "with", "for" and "so" onto the word that follows (والدخان, بالغاز): a word
# of the Arabic script may start after them.
_ARABIC_PROCLITIC = _fold("(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)?")


def _script(word: str) -> str:
    if all(ord(c) < 0x250 for c in word):
        return "latin"
    return "arabic" if any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in word) else "other"


def _foreign_pattern(words: list[str]) -> re.Pattern[str]:
    """One regex for many words, built as a trie (an alternation of 300 words is tried word by word
    at every position; a trie is tried letter by letter). A word must start a word (in the Arabic
    script, after any proclitic) and, without `*`, end one; combining marks count as part of the word
    (the vowel signs of Tamil or Gujarati: "சிக்கி", trapped, is not inside "வசிக்கிறேன்", I live)."""
    trie: dict[str, Any] = {}
    for word in words:
        body = _fold(word.rstrip("*"))
        node = trie.setdefault(_script(body), {})
        for ch in body:
            node = node.setdefault(ch, {})
        node["*" if word.endswith("*") else "$"] = {}

    def walk(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + walk(child) for ch, child in node.items() if ch not in ("*", "$")]
        if "*" in node:
            branches.append("")
        elif "$" in node:
            branches.append(rf"(?![\w{_COMBINING}])")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    start = {"latin": r"(?<!\w)", "arabic": _WORD_START + _ARABIC_PROCLITIC, "other": _WORD_START}
    return re.compile("|".join(start[script] + walk(node) for script, node in trie.items()))


_FOREIGN_CUES = {
    "risk": ",\n".join([FOREIGN_RISK, *FOREIGN_RISK_BY_LANGUAGE.values()]),
    "person": FOREIGN_PERSON,
    "danger": FOREIGN_DANGER,
    "praise": FOREIGN_PRAISE,
    "condolence": FOREIGN_CONDOLENCE,
}


@functools.cache
def _foreign(kind: str) -> re.Pattern[str]:
    """The pattern of one list of foreign words, compiled when a post first needs it (in the scorer's
    worker thread or `triage suggest`): the danger words, some 3,900, take ~0.4 s, which every start of
    the app would otherwise pay before its first screen."""
    return _foreign_pattern(split_cues(_FOREIGN_CUES[kind]))


@dataclass(frozen=True, slots=True)
class Reading:
    """What a mention's words say, read once: cue hits by family, the patterns, the author's titles."""

    text: str
    scan: Scan
    author: Scan  # the profile name and handle, split into words
    english: bool
    question: bool
    words: int  # words of text, leaving out handles, hashtags and links
    case_reference: str | None
    address: str | None
    views: str | None
    how_to: bool  # "how do I report…": asking the way, not reporting
    old_age: bool  # "she's 91", "aged 84"
    child_age: bool  # "he's 10", "a 14-year-old"
    thread_text: bool
    reshare: bool  # "RT @someone …": another's post passed on
    sarcasm: bool
    laughter: bool
    cold: bool  # "it's -4 tonight", "minus 3", "freezing", "snow": dangerous for someone sleeping out
    foreign_risk: tuple[str, ...]
    foreign_praise: str | None  # thanks, praise or a greeting in another language
    foreign_condolence: bool  # condolences or prayers in another language

    def has(self, family: str) -> bool:
        return bool(self.scan.hits[_CUE_INDEX[family]])

    def words_of(self, family: str) -> tuple[str, ...]:
        return self.scan.words(family)

    def author_words(self, family: str) -> tuple[str, ...]:
        return self.author.words(family)


def read_mention(text: str, author_name: str | None, author_handle: str, compiled: CompiledRules,
                 scan: Scan | None = None, language: str | None = None) -> Reading:
    """Read the text (already normalised) and its author once; every rule then asks the reading.

    `language` is the detector's answer; without one (a post too short to tell) a rough word count
    decides whether the English cue words apply.
    """
    scan = scan or compiled.scan(text)
    author = compiled.scan_author(author_name, author_handle)
    body = _HANDLE.sub(" ", text)
    letters = _LETTER_TOKEN.findall(body.lower())
    english = language == "en" if language else _looks_english(body, letters)
    has_digit = bool(_DIGIT.search(text))
    ref = (_CASE_REF.search(text) if _REF_DIGITS.search(text) else None) if has_digit else None
    ref = ref or (_VEHICLE.search(text) if has_digit else None)
    address = _ADDRESS.search(text) if has_digit else None
    views = _VIEWS.search(text) if has_digit else None
    foreign: tuple[str, ...] = ()
    praise = None
    condolence = False
    if not english:
        lower = _fold(text)
        foreign = _foreign_risk(lower)
        found = _foreign("praise").search(lower)
        praise = found.group(0) if found else None
        condolence = bool(foreign) and bool(_foreign("condolence").search(lower))
    return Reading(
        text=text,
        scan=scan,
        author=author,
        english=english,
        question=any(q in text for q in _QUESTION_MARKS) or (
            bool(scan.hits[_CUE_INDEX["question"]]) and bool(_QUESTION_START.search(text))),
        words=len(letters),
        case_reference=next(g for g in ref.groups() if g).strip() if ref else None,
        address=address.group(0).strip() if address else None,
        views=views.group(0) if views else None,
        how_to=bool(_HOW_TO.search(text)),
        old_age=bool(has_digit and _OLD_AGE.search(text)),
        child_age=bool(has_digit and _CHILD_AGE.search(text)),
        thread_text=bool(_THREAD_TEXT.search(text)),
        reshare=bool(_RESHARE.search(text)),
        sarcasm=any(e in text for e in _SARCASM),
        cold=bool(_COLD.search(text)),
        laughter=any(e in text for e in _LAUGHTER),
        foreign_risk=foreign,
        foreign_praise=praise,
        foreign_condolence=condolence,
    )


def _foreign_risk(lower: str) -> tuple[str, ...]:
    """Danger, help or self-harm words; or a child or an old person with a word of danger to them."""
    found = [m.group(0) for m in _foreign("risk").finditer(lower)]
    person = _foreign("person").search(lower)
    danger = _foreign("danger").search(lower) if person else None
    if person and danger:
        found += [person.group(0), danger.group(0)]
    return tuple(dict.fromkeys(found))


def _looks_english(body: str, letters: list[str]) -> bool:
    """A rough check when the detector cannot tell: mostly Latin letters, and more everyday English
    words than everyday words of the other Latin-script languages spoken in Brent.

    A post too short to tell is taken as English (there is nothing in it for a reader to miss).
    """
    if not body.isascii():
        alpha = len(_LETTERS.findall(body))
        if alpha and len(_LATIN_LETTERS.findall(body)) / alpha < 0.5:
            return False
    if len(letters) < 4:
        return True
    english = sum(1 for w in letters if w in _ENGLISH_COMMON)
    foreign = sum(1 for w in letters if w in _FOREIGN_COMMON)
    return english > foreign


# --------------------------------------------------------------------------- criticality


# Words that make a post critical, the grave ones first: a grave cue makes it very negative.
_GRAVE_FAMILIES = ("risk_to_life", "safeguarding", "self_harm", "death", "threat", "data_breach", "discrimination",
                   "misconduct", "fire_safety")
_CRITICAL_FAMILIES = (*_GRAVE_FAMILIES, "legal", "insult", "complaint")


def criticality_factor(compound: float, reading: Reading, settings: TriageSettings, *,
                       emergency: bool = False) -> tuple[Factor, str]:
    """How critical the comment is: VADER's score checked against the cue words; returns the tone too.

    VADER reads words, not situations: "My basement flat is flooding… line just rings out" is
    neutral to it and a polite plea for sandbags can read positive. When the cues say critical
    (a risk, an emergency, a complaint, abuse, a legal threat) and VADER does not, the cues win,
    and the reason says so — unless the post thanks or praises and VADER agrees ("thank you to the
    crews at the fire"); sarcasm ("great job as usual 🙄") turns praise critical.
    """
    vader = tone_word(compound, settings)
    cues = [w for fam in _CRITICAL_FAMILIES for w in reading.words_of(fam)]
    if emergency:
        cues.insert(0, "emergency")
    tone, effective = vader, compound
    praise = reading.has("praise")
    if cues and vader in ("positive", "neutral") and not (praise and vader == "positive"):
        grave = emergency or any(reading.has(f) for f in _GRAVE_FAMILIES)
        tone = "very negative" if grave else "negative"
        effective = -0.8 if grave else -0.4
        bits = [tone, f"VADER read {vader} ({compound:+.2f}) but the words say critical ({_quote(cues)}): "
                      "the cues win"]
    elif praise and reading.sarcasm and vader == "positive":
        tone, effective = "negative", -0.3
        bits = [tone, f"VADER read positive ({compound:+.2f}) but the praise is sarcastic: the cues win"]
    else:
        bits = [tone]
    if reading.has("complaint") or reading.case_reference:
        bits.append("complaint")
    if reading.has("legal"):
        bits.append(f"legal threat ({_quote(reading.words_of('legal'))})")
    if reading.has("threat"):
        bits.append("a threat")
    elif reading.has("insult"):
        bits.append("abusive language")
    if emergency:
        bits.append("emergency")
    score = 0.1 + 0.7 * max(0.0, -effective)
    if reading.has("complaint") or reading.case_reference:
        score += 0.15
    if reading.has("legal"):
        score = max(score, 0.8)
    if reading.has("insult"):
        score = max(score, 0.75)
    if reading.has("threat"):
        score = max(score, 0.95)
    if reading.has("media"):
        score = max(score, 0.35)  # press interest: the story may be critical even when the enquiry is polite
    if emergency:
        score = max(score, 0.6)  # a calm report of a gas leak is still urgent
    score = round(_clamp(score), 4)
    return Factor(score=score, level=level_for_score(score), reason=f"tone: {', '.join(bits)}"), tone


def topic_spike(recent: int, baseline: float, settings: TriageSettings | None = None) -> tuple[bool, str]:
    """Meltwater-style spike: this window's count against the topic's usual count per window.

    A minimum count stops tiny numbers from looking dramatic (2 against 0.5 is not a spike).
    Returns the verdict and a plain-words reason.
    """
    s = settings or default_settings()
    window = f"{s.volume_window_hours} h"
    usual = f"{baseline:.1f}".removesuffix(".0")
    spike = recent >= s.volume_spike_min_count and recent >= s.volume_spike_ratio * baseline
    if spike:
        ratio = f" ×{recent / baseline:.1f}" if baseline > 0 else ""
        return True, f"volume: {recent} in the last {window} vs usual {usual} (spike{ratio})"
    return False, f"volume: {recent} in the last {window} vs usual {usual}"


def importance_factor(
    match: TopicMatch | None,
    recent: int,
    baseline: float,
    thread_replies: int,
    spike: bool,
    volume_reason: str,
    foi: bool,
    settings: TriageSettings,
    *,
    concerns: Sequence[tuple[float, str]] = (),
) -> tuple[Factor, list[str]]:
    """How much the issue matters: the topic's reputational weight, its volume, the thread, FOI.

    `concerns` are (floor, reason) pairs from the escalation rules — a risk to life, a legal
    threat, a journalist — that matter whatever the topic. Returns the factor and extra reason
    lines (volume, thread, FOI, concerns) for the summary.
    """
    extra: list[str] = []
    if match is None:
        score = 0.1
        reason = "topic: none recognised"
    else:
        rule = match.rule
        score = 0.15 + 0.55 * (rule.weight - 0.5) / 2.5
        what = "emergency keyword" if rule.emergency else rule.department
        reason = f"topic: {rule.topic} ({what})"
        if recent or baseline:
            if spike:
                score += 0.3
            elif baseline > 0 and recent >= 1.5 * baseline and recent >= 2:
                score += 0.1
            extra.append(volume_reason)
    if thread_replies:
        score += min(0.15, 0.015 * thread_replies)
        extra.append(f"thread: {thread_replies} repl{'y' if thread_replies == 1 else 'ies'}")
    if foi:
        score = max(score, 0.5)
        extra.append("FOI request: log it, the 20-working-day clock may have started")
    for floor, why in concerns:
        score = max(score, floor)
        extra.append(why)
    score = round(_clamp(score), 4)
    return Factor(score=score, level=level_for_score(score), reason=reason), extra


def priority(reach: float | Factor, criticality: float | Factor, importance: float | Factor) -> float:
    """Queue priority: reach × criticality × importance (each 0..1, never 0, so all three count)."""
    r = reach.score if isinstance(reach, Factor) else reach
    c = criticality.score if isinstance(criticality, Factor) else criticality
    i = importance.score if isinstance(importance, Factor) else importance
    return round(max(r, 0.01) * max(c, 0.01) * max(i, 0.01), 4)


def queue_key(priority: float, created_at: datetime) -> tuple[float, float]:
    """Sort key for the triage queue: higher priority first, then the older mention first."""
    return (-priority, created_at.timestamp())


# --------------------------------------------------------------------------- the decision


def _escalations(inp: TriageInput, r: Reading, match: TopicMatch | None, tone: str, about_council: bool,
                 spike: bool, audience: float, foi: bool, s: TriageSettings) -> list[tuple[str, float]]:
    """Why this mention should go to a communications officer, each with how much it matters (0..1).

    Domain notes §8, step 1: someone at risk, whatever the reach; a controversial or dangerous
    matter; a highly influential author on a council matter, even politely.
    """
    out: list[tuple[str, float]] = []
    rule = match.rule if match else None
    topic_words = match.keywords if match else ()

    def found(family: str) -> str:
        return _quote(r.words_of(family))

    # "same here", "still no heating. Day 4." under an escalated post: one more report of the same danger.
    if (inp.is_reply and inp.answers_escalation and r.has("echo") and r.words <= _ECHO_WORDS
            and not (r.laughter or r.sarcasm)):
        out.append((f"one more report in a thread already escalated ({found('echo')}): escalate with it", 0.8))
    # "can someone look at this please 🙏" from the person who reported the danger: the same case, still open.
    elif (inp.is_reply and inp.follows_own_escalation and not (r.laughter or r.sarcasm or r.has("praise"))
          and not r.has("resolved")):
        out.append(("its author following up their own escalated post: escalate with it", 0.8))
    # Someone at risk: always, whatever the reach or the language.
    if r.has("risk_to_life"):
        out.append((f"risk to life ({found('risk_to_life')})", 1.0))
    # A cheerful post ("Saka was on fire", "lovely to see the kids on their bikes") is not an alert.
    happy = tone == "positive" and r.has("praise")
    # Sympathy for those an incident touched ("thoughts with the family after the fire") reports nothing new.
    sympathy = r.has("condolence") and not r.has("council") and not r.question
    if rule is not None and rule.emergency and not r.has("routine_hazard") and not happy and not sympathy:
        out.append((f"emergency: {rule.topic} ({_quote(topic_words)}), someone may be at risk", 1.0))
    if r.has("structure_danger") and (r.has("passers_by") or r.has("child") or r.has("frail") or r.child_age):
        near = r.words_of("passers_by") or r.words_of("child") or r.words_of("frail") or ("a child",)
        out.append((f"part of a building coming down where people are ({found('structure_danger')}, "
                    f"{_quote(near)})", 1.0))
    if r.has("flood_water") and r.has("inside_home") and not happy:
        out.append((f"flood water in homes or the street ({found('flood_water')}, {found('inside_home')})", 1.0))
    if r.has("water") and r.has("electrics"):
        out.append((f"water near electrics ({found('water')}, {found('electrics')})", 1.0))
    if r.has("self_harm"):
        out.append((f"self-harm: someone may be at risk ({found('self_harm')})", 1.0))
    if r.has("safeguarding"):
        out.append((f"safeguarding ({found('safeguarding')})", 1.0))
    child = r.has("child") or r.child_age
    frail = r.has("frail") or r.old_age
    if child and r.has("child_danger") and not happy:
        who = found("child") if r.has("child") else "a child's age"
        out.append((f"a child at risk ({who}: {found('child_danger')})", 1.0))
    if frail and r.has("frail_danger") and not happy:
        who = found("frail") if r.has("frail") else "an old person's age"
        out.append((f"a baby, an elderly or a disabled person at risk ({who}: {found('frail_danger')})", 1.0))
    if r.has("distress") and (child or frail):
        out.append((f"a parent or carer in distress ({found('distress')}) with a child or a frail person", 1.0))
    if r.has("rough_sleeping") and (child or frail or r.cold or r.has("child_danger") or r.has("frail_danger")):
        out.append((f"sleeping rough and young, frail or unwell ({found('rough_sleeping')})", 1.0))
    if r.has("death") and not (r.has("past_death") or r.has("not_a_death") or sympathy):
        out.append((f"a death ({found('death')})", 0.95))
    if r.has("threat"):
        out.append((f"a threat of violence ({found('threat')})", 0.9))
    if r.foreign_risk and not (r.foreign_condolence and not r.question):
        out.append((f"not in English, with emergency, safeguarding or discrimination words ({_quote(r.foreign_risk)}): "
                    "a reader should check it now", 0.9))
    # Controversial or dangerous for the council.
    if r.has("data_breach"):
        out.append((f"data breach ({found('data_breach')})", 0.9))
    if r.has("discrimination"):
        out.append((f"discrimination ({found('discrimination')})", 0.9))
    elif r.has("identity") and r.has("staff") and r.has("treatment"):
        out.append((f"possible discrimination by staff ({found('identity')}, {found('staff')})", 0.9))
    if r.has("fire_safety"):
        out.append((f"fire safety ({found('fire_safety')})", 0.95))
    if r.has("misconduct"):
        out.append((f"alleged misconduct or a threat to an election ({found('misconduct')})", 0.85))
    elif r.has("staff") and r.has("misbehaviour"):
        out.append((f"alleged misconduct by staff ({found('staff')}: {found('misbehaviour')})", 0.85))
    if r.has("election") and r.has("election_problem"):
        out.append((f"a threat to an election's integrity ({found('election')}: {found('election_problem')})",
                    0.85))
    reach_now = max(inp.reposts, inp.likes // 4)
    if (r.has("council") or rule is not None) and reach_now >= s.viral_reposts and tone != "positive":
        out.append((f"spreading fast ({compact_number(inp.reposts)} reposts, {compact_number(inp.likes)} likes) "
                    "on a council matter", 0.85))
    elif r.has("video") and (r.views or r.has("spreading")):
        spread = _quote([r.views]) if r.views else found("spreading")
        out.append((f"a video spreading fast ({found('video')}, {spread})", 0.85))
    if r.has("impersonation"):
        out.append((f"someone impersonating the council, or a scam ({found('impersonation')})", 0.85))
    critical_site = inp.platform == Platform.RSS and about_council and r.has("council") and tone in (
        "negative", "very negative")
    if critical_site and not (r.thread_text or r.has("conversation")):  # not a residents' group's meeting notes
        out.append(("a blog or news site critical of the council", 0.8))
    if r.has("controversy") and about_council:
        out.append((f"controversial ({found('controversy')})", 0.8))
    if r.has("legal"):
        out.append((f"legal threat ({found('legal')})", 0.7))
    # Highly influential authors on a council matter, even when polite.
    category = (inp.key_person_category or "").strip().lower()
    if r.has("media"):
        out.append((f"media enquiry ({found('media')})", 0.8))
    elif r.has("outlet") and (r.question or foi):
        out.append((f"a news outlet asking ({found('outlet')})", 0.8))
    if about_council:
        if r.author_words("journalist_words") and not r.has("media") and (
            r.question or (r.has("council") and tone in ("negative", "very negative"))
        ):
            out.append((f"journalist or news outlet ({_quote(r.author_words('journalist_words'))} in the profile)",
                        0.8))
        if r.author_words("politician_title"):
            out.append((f"politician ({_quote(r.author_words('politician_title'))} in the profile)", 0.8))
        elif r.has("politician"):
            out.append((f"politician ({found('politician')})", 0.8))
    if inp.author_is_key_person and category in s.escalate_key_person_categories:
        out.append((f"key person: {category}", 0.8))
    council = r.has("council")
    asking_or_critical = r.question or tone in ("negative", "very negative")
    praise_only = r.has("praise") and tone == "positive" and not r.question
    if audience >= s.escalate_followers and not praise_only and (
        (council and (asking_or_critical or rule is not None)) or (rule is not None and asking_or_critical)
    ):
        out.append((f"highly influential: {compact_number(int(audience))} audience, on a council matter", 0.8))
    elif inp.author_verified and (council or rule is not None) and not praise_only:
        out.append((f"a verified account ({compact_number(int(audience))} audience) on a council matter", 0.75))
    elif audience >= s.followers_high and (council or rule is not None) and tone in ("negative", "very negative"):
        out.append((f"high reach ({compact_number(int(audience))} audience) with a {tone} tone about the council",
                    0.75))
    if spike and rule is not None and rule.emergency:
        out.append(("emergency keyword with a volume spike", 1.0))
    elif spike and rule is not None and tone in ("negative", "very negative"):
        out.append((f"controversial: {rule.topic} volume spike with {tone} tone", 0.8))
    return out


def _own_case(r: Reading, in_thread: bool) -> str | None:
    """Why this is one person's own case for customer services, or None (domain notes §8, step 2)."""
    if r.case_reference:
        return f"their own case (reference {r.case_reference})"
    if r.address:
        return f"a matter at an address ({r.address})"
    own = r.words_of("own_service")
    if own and (r.has("chasing") or ((r.has("fault") or r.has("complaint")) and not r.how_to)):
        why = r.words_of("chasing") or r.words_of("fault") or r.words_of("complaint")
        return f"their own service ({_quote(own)}, {_quote(why)})"
    chasing = set(r.words_of("chasing"))
    if len(chasing) >= 2 and r.words < _ARTICLE_WORDS and (
        r.scan.hits[TOPIC] or r.has("service") or r.has("fault") or r.has("own_service")
    ) and (len(chasing) >= 3 or not _FIRST_PERSON.isdisjoint(r.scan.tokens)):
        return f"chasing their own request ({_quote(sorted(chasing))})"
    if in_thread:
        return None  # in a thread, a fault somewhere is part of the conversation
    if r.scan.hits[TOPIC] and r.words <= 3 and r.question:
        return f"chasing a service in a word ({_quote(r.scan.words(TOPIC))}): ask them for the address"
    if r.has("fault") and r.has("location") and not r.how_to:
        return f"a fault at a place ({_quote(r.words_of('fault'))}, {_quote(r.words_of('location'))})"
    return None


_REQUEST = re.compile(r"(?i)\b(?:please|(?:can|could) (?:someone|anyone|you))\b")
_ECHO_WORDS = 12  # a reply this short that says "me too" or "still" adds to its thread, says nothing new
_ARTICLE_WORDS = 80  # a post this long is an article, a blog or a thread, not one person's message
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "ive", "im"})
_BRENT_COUNCIL = frozenset({"brent_council", "brentcouncil", "brent council"})
_ADDRESSED = frozenset({"you", "your", "u", "ur", "yours"})


def _addressed_to_brent(r: Reading) -> bool:
    """The post names Brent's own council or its accounts (not just "the council", which may be another)."""
    return not _BRENT_COUNCIL.isdisjoint(r.words_of("council"))


def _website_fault(r: Reading) -> bool:
    return r.has("website") and r.has("website_fault")


def _everyday_route(inp: TriageInput, r: Reading, rule: KeywordRule | None, foi: bool, foi_valid: bool,
                    noise: bool, tone: str, reader: str | None = None, high_reach: bool = False) -> tuple[Route, str]:
    """Domain notes §8, steps 2–5, once nothing calls for escalation: each route with its reason.

    Website faults are answered by the web team: `suggest` gives them the Web department. A post in
    a language no officer reads (`reader`, its name) is routed by what needs no reading — a
    reference, the thread, the author's reach — and is never monitored without saying so.
    """
    council = r.has("council")
    in_thread = inp.is_reply or inp.thread_mentions > 0
    if noise:
        noise_words = _quote(r.words_of("keyword_noise"))
        return Route.MONITOR, f"keyword noise ({noise_words}): not the borough or the council"
    if r.reshare:
        return Route.MONITOR, "a reshare of someone else's post: monitor in case it escalates"
    if r.has("other_borough") and not r.has("brent_place"):
        places = _quote(r.words_of("other_borough"))
        if _addressed_to_brent(r):
            return Route.WEB_TEAM, f"meant for another council ({places}): signpost them there"
        return Route.MONITOR, f"another borough's matter ({places}), not addressed to Brent"
    if foi:
        if foi_valid:
            return Route.CUSTOMER_SERVICES, "FOI request with a real name: log it (20 working days), due within 24 h"
        return Route.WEB_TEAM, ("FOI request without a real name or an address: "
                                "explain how to make a valid request")
    if r.has("praise") and tone == "positive" and not (
        in_thread or r.thread_text or r.question or r.case_reference or r.has("conversation") or _REQUEST.search(r.text)
    ):
        thanks = _quote(r.words_of("praise"))
        return Route.MONITOR, f"thanks or praise ({thanks}), nothing asked: keep monitoring"
    own = _own_case(r, in_thread)
    if own:
        return Route.CUSTOMER_SERVICES, f"{own}: to the lead officer, due within 24 h"
    what = rule.topic if rule else "a service matter"
    who = f"{rule.department} officers" if rule else "the service's officers"
    if in_thread or r.thread_text:
        if r.words < 3 or ((r.laughter or r.sarcasm or r.has("opinion_bait")) and r.words < 10):
            return Route.MONITOR, "an empty reply in a thread (a word, an emoji, a joke): nothing to answer"
        if in_thread:
            n = inp.thread_mentions
            held = f"{n} other post{'s' if n != 1 else ''} of the thread held" if n else "a reply in a thread"
            return (Route.SERVICE_CONVERSATION,
                    f"part of an ongoing conversation ({held}) about {what}: support {who} to join in")
        return Route.SERVICE_CONVERSATION, f"a forum thread about {what}: support {who} to join in"
    if r.has("conversation") and (r.has("scheme") or rule is not None):
        talk = _quote(r.words_of("conversation"))
        return Route.SERVICE_CONVERSATION, f"people discussing {what} together ({talk}): support {who} to join in"
    if _website_fault(r):
        return Route.WEB_TEAM, f"a website fault ({_quote(r.words_of('website_fault'))}): the web team's own to answer"
    if r.has("opinion_bait") or r.sarcasm or (r.laughter and r.words < 20):
        return Route.MONITOR, "opinion bait, sarcasm or a joke with no case or request: keep monitoring"
    if r.has("praise") and not r.question:
        thanks = _quote(r.words_of("praise"))
        return Route.MONITOR, f"thanks or praise ({thanks}): no case to pass on, keep monitoring"
    if r.has("claim_to_correct") and (rule is not None or r.has("scheme") or council):
        return (Route.WEB_TEAM, f"a claim about {what} to answer with the facts "
                                f"({_quote(r.words_of('claim_to_correct'))}): reply and signpost")
    asks_us = council or rule is not None or r.has("service") or r.has("scheme") or r.has("website") or (
        r.how_to or not _ADDRESSED.isdisjoint(r.scan.tokens) or "brent" in r.scan.tokens)
    if r.words >= _ARTICLE_WORDS and not (_addressed_to_brent(r) or _REQUEST.search(r.text)):
        asks_us = False  # an article or a long thread that mentions Brent asks nothing of us
    if r.question and asks_us:
        return Route.WEB_TEAM, "a question published information answers: reply and signpost to the website"
    if not r.english:
        if r.foreign_praise and not r.question:
            return (Route.MONITOR, f"not in English: thanks, praise or a greeting (“{r.foreign_praise}”), "
                                   "nothing to pass on")
        unread = f"not in English, {READER_NEEDED} {reader}" if reader else "not in English"
        if reader and high_reach:
            return Route.WEB_TEAM, f"{unread}: a high-reach author, read it before it spreads"
        if r.question:
            return Route.WEB_TEAM, f"{unread}: a question, a reader should answer it"
        if council:
            return Route.WEB_TEAM, f"{unread}: addressed to the council, a reader should check and reply"
        return (Route.MONITOR,
                f"{unread}, with no reference, thread, reach or emergency words: a reader should check it")
    return Route.MONITOR, "no particular consequence: keep monitoring in case it escalates"


def suggest(inp: TriageInput, settings: TriageSettings | None = None) -> Suggestion:
    """Appendix A read as domain notes §8 reads it: escalate, customer services, web team, conversation, monitor.

    Anything that puts a person at risk escalates first, whatever the reach (a risk to life,
    safeguarding, self-harm, a death, a threat); then what could hurt the council (a data breach,
    discrimination, misconduct, a video spreading, impersonation, a legal threat) and highly
    influential authors on a council matter (journalists, politicians, very large accounts), even
    when polite. Then keyword noise and other boroughs; FOI requests (valid → customer services,
    invalid → web team); a person's own case; a conversation in a thread; website faults; opinion
    bait, sarcasm and praise (monitored); questions (web team); the rest is monitored.

    The route depends on the text, the author and the thread we hold, never on the network's reply
    count alone: the same text from the same author gets the same suggestion.
    """
    s = settings or default_settings()
    compiled = compile_rules(s)
    text = _normalise(inp.text)
    scan = compiled.scan(text)
    match = match_topic(text, s, scan=scan, compiled=compiled)
    rule = match.rule if match else None
    language = detect_language(text)
    reader = language_name(language) if needs_reader(language, s.languages_read) else None
    reading = read_mention(text, inp.author_name, inp.author_handle, compiled, scan, language)
    compound = _sentiment_cached(text)
    foi = _detect_foi(text)
    foi_valid = foi and strategy_valid(inp.author_name, inp.author_handle, text)

    # A spike counts only for a mention inside the window it was measured over: a backlog
    # ingested after an outage must not escalate yesterday's posts on today's numbers.
    age_hours = (inp.now - inp.created_at).total_seconds() / 3600
    spike, volume_reason = topic_spike(inp.topic_volume_recent, inp.topic_volume_baseline, s)
    if spike and age_hours > s.volume_window_hours:
        spike = False
        volume_reason += f" (this mention is {age_hours:.0f} h old)"
    if rule is None:
        spike = False

    emergency = bool(rule and rule.emergency)
    reach = reach_factor(inp.author_followers, inp.platform, inp.author_verified, inp.key_person_category, s,
                         is_key_person=inp.author_is_key_person)
    crit, tone = criticality_factor(compound, reading, s, emergency=emergency)
    noise = reading.has("keyword_noise") and not _addressed_to_brent(reading)
    # A reply in a thread we hold is about what the thread is about: a council matter (we hold it for that).
    about_council = not noise and (reading.has("council") or rule is not None or reading.has("brent_place")
                                   or "brent" in scan.tokens or reading.has("service")
                                   or (inp.is_reply and inp.thread_mentions > 0))
    audience = (inp.author_followers or 0) * s.audience_weight(inp.platform)
    triggers = _escalations(inp, reading, match, tone, about_council, spike, audience, foi, s)
    passed_on = reading.reshare and audience < s.followers_high
    if passed_on:
        triggers = []  # a low-reach reshare: the original post is the one to act on (it says the same)
    imp, extra = importance_factor(match, inp.topic_volume_recent, inp.topic_volume_baseline, inp.thread_replies,
                                   spike, volume_reason, foi, s, concerns=[(f, t) for t, f in triggers])

    department = rule.department if rule else None
    if triggers:
        route, why = Route.ESCALATE, "; ".join(t for t, _ in triggers)
    else:
        route, why = _everyday_route(inp, reading, rule, foi, foi_valid, noise, tone, reader,
                                     high_reach=audience >= s.followers_high)
        if route is Route.WEB_TEAM and _website_fault(reading):
            department = "Web"
    if foi:
        extra.append("FOI: valid (a real name, or a name and an address)" if foi_valid
                     else "FOI: not valid yet (no real name, nor a name and an address)")
    if reading.case_reference and route is not Route.CUSTOMER_SERVICES:
        extra.append(f"case reference {reading.case_reference}")
    if reader:
        extra.append(f"{READER_NEEDED} {reader}")
    elif language and language != "en":
        extra.append(f"in {language_name(language)}")
    reasons = [reach.reason, crit.reason, imp.reason, *extra]
    return Suggestion(
        route=route,
        department=department,
        topic=rule.topic if rule else None,
        reach=reach,
        criticality=crit,
        importance=imp,
        sentiment=round(compound, 4),
        priority=priority(reach, crit, imp),
        reasons=reasons,
        summary="; ".join(reasons),
        foi=foi,
        foi_valid=foi_valid if foi else None,
        language=language,
        needs_reader=reader,
        emergency=emergency,
        route_reason=why,
        escalation_triggers=[t for t, _ in triggers],
        keywords=list(match.keywords) if match else [],
        spike=spike,
        passed_on=passed_on,
    )


def explain(s: Suggestion) -> str:
    """The suggestion as plain-text lines, stored on the mention for every screen to show.

    Line 1 is the route and why; then one line per factor with its level and score; then the
    other reasons (volume, thread, FOI, media, case reference).
    """
    lines = [f"suggested {int(s.route)} · {s.route.label}: {s.route_reason}"]
    for name, factor in (("reach", s.reach), ("criticality", s.criticality), ("importance", s.importance)):
        lines.append(f"{name} {factor.level} ({factor.score:.2f}) — {factor.reason}")
    lines += s.reasons[3:]
    return "\n".join(lines)


def watch_triggers(
    new_replies: int,
    joined: tuple[str, int] | None,
    topic: str | None,
    topic_volume: tuple[int, float] | None,
    watcher: str,
    settings: TriageSettings | None = None,
) -> list[str]:
    """Why a watched thread should come back, naming the trigger; empty means leave it be.

    `new_replies`: replies we hold that arrived since the watch was set (not the network's own
    count, which may be stale); `joined`: the largest author (handle, followers) who joined the
    thread since; `topic_volume`: the topic's (recent count, usual count per window)."""
    s = settings or default_settings()
    reasons: list[str] = []
    if new_replies >= s.watch_reply_growth:
        reasons.append(f"{new_replies} new repl{'y' if new_replies == 1 else 'ies'} since {watcher} watched it")
    if joined is not None:
        handle, followers = joined
        reasons.append(f"{at_handle(handle)} ({compact_number(followers)} followers) joined the thread")
    if topic and topic_volume is not None:
        recent, usual = topic_volume
        if topic_spike(recent, usual, s)[0]:
            reasons.append(f"{topic} ×{recent / usual:.0f} its usual volume" if usual > 0
                           else f"{topic}: {recent} in the last {s.volume_window_hours} h, usually none")
    return reasons


# --------------------------------------------------------------------------- SLA clocks

def sla_due_at(
    start: datetime,
    hours: float,
    *,
    office_hours_only: bool = False,
    office_start: time = time(9, 0),
    office_end: time = time(17, 0),
    is_working_day: Callable[[date], bool] | None = None,
) -> datetime:
    """When a response routed at `start` is due: `hours` later, or `hours` of office time later.

    Office time is Monday–Friday between `office_start` and `office_end` London time (so a
    clock change moves the office day, not the count), skipping England & Wales bank holidays
    (`brent_tui.domain.london`); a mention routed in the evening starts counting at the
    next opening. Returns an aware UTC datetime.
    """
    start = as_utc(start)
    if hours < 0:
        raise ValueError("SLA hours cannot be negative")
    remaining = timedelta(hours=hours)
    if not office_hours_only:
        return start + remaining
    if office_end <= office_start:
        raise ValueError("office_end must be after office_start")
    working = is_working_day or is_england_wales_working_day
    cursor = start
    day = london_date(start)
    for _ in range(3660):  # ten years of days: a bound, never reached with sane hours
        if working(day):
            opens = london_to_utc(day, office_start, nonexistent="shift")
            closes = london_to_utc(day, office_end, nonexistent="shift")
            cursor = max(cursor, opens)
            if cursor < closes:
                available = closes - cursor
                if remaining <= available:
                    return cursor + remaining
                remaining -= available
        day += timedelta(days=1)
    raise ValueError(f"no office time found for {hours} h after {start:%Y-%m-%d %H:%M} UTC")


__all__ = [
    "LEVELS",
    "UK_LEXICON",
    "CompiledRules",
    "Factor",
    "KeywordRule",
    "Suggestion",
    "TopicMatch",
    "TriageInput",
    "TriageSettings",
    "compile_rules",
    "criticality_factor",
    "default_rules",
    "default_settings",
    "detect_foi",
    "explain",
    "detect_topic",
    "importance_factor",
    "keyword_words",
    "Scan",
    "level_for_score",
    "match_topic",
    "priority",
    "queue_key",
    "reach_factor",
    "reach_level",
    "reach_score",
    "sentiment",
    "sentiment_band",
    "SENTIMENT_BANDS",
    "SentimentBand",
    "sla_due_at",
    "suggest",
    "tone_word",
    "topic_spike",
    "watch_triggers",
]
