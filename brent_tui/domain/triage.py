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

import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from brent_tui.domain.london import is_england_wales_working_day, london_date, london_to_utc
from brent_tui.domain.models import Platform, Route, as_utc
from brent_tui.domain.text import compact_number

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
        _rule("gas leak", "Emergency Planning", 3.0, "gas leak*, smell of gas, smell gas, smelling gas", True),
        _rule("power cut", "Emergency Planning", 3.0, "power cut*, power outage*, blackout*, no power", True),
        _rule(
            "major incident", "Emergency Planning", 3.0,
            "major incident, emergency services, explosion*, building collapse*, cordon*", True,
        ),
        _rule(
            "bins", "Environment", 1.0,
            "bin, bins, wheelie bin*, bin collection*, bin day, bin men, binmen, recycling, rubbish, refuse, "
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
            "homeless*, temporary accommodation, rough sleep*, evict*, housing list, housing register, "
            "bed and breakfast",
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


_ABUSE = (
    "scum, scumbag*, cunt*, wanker*, bastard*, twat*, dickhead*, fuck you, fuck off, fuckwit*, piss off, "
    "retard*, vermin, kill you, kill yourself, kys, i will kill, i'll kill, hope you die, should die, "
    "burn it down, burn down the, bomb the, shoot you, stab you, i know where you live, watch your back"
)
_COMPLAINT = (
    "missed, not collected, not been collected, never collected, still waiting, still not, still no, "
    "complain*, weeks running, for weeks, for months, yet again, missed again, nobody came, no one came, "
    "nobody has, no one has, no response, no reply, not fixed, never fixed, broken, overcharged, "
    "wrongly, unfair fine, appeal*, reported, i've reported, we've reported, chased, chasing, "
    "unacceptable, been waiting, my bill, my account, my claim, my case, my ticket, my pcn, my permit, "
    "my repair*, refund*"
)
_QUESTION = (
    "when is, when are, when will, when does, when do, what day, what time, how do i, how do we, how can i, "
    "how to, where can i, where do i, where is, where are, can i, can we, do i need, is there, are there, "
    "does anyone know, anyone know, who do i, which day, what is the, what are the, is it possible"
)
_LEGAL = (
    "solicitor*, lawyer*, legal action, legal advice, sue you, sue the council, sue Brent, suing, ombudsman, judicial review, "
    "court action, take you to court, see you in court, pre-action, letter before action, small claims"
)
_MEDIA = (
    "journalist, for a story, press enquiry, press enquiries, media enquiry, media enquiries, press office, "
    "reporter, reporting for, on deadline, for an article, request for comment, newsdesk"
)


def _split(s: str) -> list[str]:
    return [k.strip() for k in s.split(",") if k.strip()]


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

    # Conversations and watches.
    conversation_min_replies: int = Field(default=5, ge=1)
    watch_reply_growth: int = Field(default=5, ge=1)

    # Cue words (same syntax as rule keywords: case-insensitive, whole words, optional `*` suffix).
    abuse_words: list[str] = Field(default_factory=lambda: _split(_ABUSE))
    complaint_cues: list[str] = Field(default_factory=lambda: _split(_COMPLAINT))
    question_cues: list[str] = Field(default_factory=lambda: _split(_QUESTION))
    legal_cues: list[str] = Field(default_factory=lambda: _split(_LEGAL))
    media_cues: list[str] = Field(default_factory=lambda: _split(_MEDIA))

    _compiled: CompiledRules | None = PrivateAttr(default=None)

    @field_validator("abuse_words", "complaint_cues", "question_cues", "legal_cues", "media_cues")
    @classmethod
    def _cues(cls, value: list[str], info: Any) -> list[str]:
        return _check_keywords(value, info.field_name)

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


# Keyword families scanned together; each keeps its own non-overlapping matches.
TOPIC, ABUSE, COMPLAINT, QUESTION, LEGAL, MEDIA = range(6)
_FAMILIES = 6


@dataclass(frozen=True, slots=True)
class _Entry:
    family: int
    tag: int  # the rule's index for TOPIC, 0 otherwise
    words: tuple[tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class Scan:
    """One pass over a mention's words: its lower-cased tokens and every keyword hit by family."""

    tokens: tuple[str, ...]
    hits: tuple[tuple[tuple[int, str], ...], ...]  # per family: (tag, words as found)

    def words(self, family: int) -> tuple[str, ...]:
        return tuple(text for _, text in self.hits[family])


class CompiledRules:
    """Keyword index built once per settings object: `suggest` runs on every ingested mention.

    A regex alternation of ~250 keywords cost ~200 µs per mention; instead the text is split
    into words once and each word is looked up in a dict of first words and wildcard stems.
    The per-word candidate lists are memoised (a borough's vocabulary is small), so a scan is
    about one dict lookup per word. Dict reads and writes are atomic, so threads may share it.
    """

    __slots__ = ("owner", "rules", "_exact", "_stems", "_stem_lengths", "_memo")

    _MEMO_LIMIT = 200_000

    def __init__(self, owner: int, settings: TriageSettings) -> None:
        self.owner = owner  # id() of the settings object it was built for (a model_copy gets a new one)
        self.rules: tuple[KeywordRule, ...] = tuple(settings.rules)
        families: list[tuple[int, int, list[str]]] = [
            (TOPIC, i, rule.keywords) for i, rule in enumerate(self.rules)
        ]
        families += [
            (ABUSE, 0, settings.abuse_words),
            (COMPLAINT, 0, settings.complaint_cues),
            (QUESTION, 0, settings.question_cues),
            (LEGAL, 0, settings.legal_cues),
            (MEDIA, 0, settings.media_cues),
        ]
        self._exact: dict[str, list[_Entry]] = {}
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
                    (self._stems if wild else self._exact).setdefault(first, []).append(_Entry(family, tag, v))
        for table in (self._exact, self._stems):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e.words))  # longest first at a position
        self._stem_lengths = sorted({len(k) for k in self._stems})
        self._memo: dict[str, tuple[_Entry, ...]] = {}

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
        tokens = tuple(_WORD.findall(text.lower()))
        hits: list[list[tuple[int, str]]] = [[] for _ in range(_FAMILIES)]
        free = [0] * _FAMILIES  # per family, the first position not yet inside a match
        n = len(tokens)
        candidates = self._candidates
        for i, token in enumerate(tokens):
            entries = candidates(token)
            if not entries:
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
                hits[fam].append((e.tag, " ".join(tokens[i : i + size])))
                free[fam] = i + size
        return Scan(tokens, tuple(tuple(h) for h in hits))


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
    r"freedom[\s\-]+of[\s\-]+information"
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


def detect_foi(text: str) -> bool:
    """True when the mention asks (or says it asks) for information under FOIA, EIR or a SAR.

    The ICO treats a tweet as a valid request if a real name is given, so a false negative can
    miss a statutory deadline; the phrases are therefore generous and the flag only marks the
    mention for a person to log it.
    """
    return _detect_foi(_normalise(text))


def _detect_foi(text: str) -> bool:
    lower = text.lower()
    # Cheap substring checks first: nearly every mention has none of these.
    if "foi" not in lower and "f.o.i" not in lower and "information" not in lower and (
        "access" not in lower and "eir" not in lower
    ):
        return False
    return bool(_FOI_PHRASES.search(text) or _FOI_ACRONYM.search(text))


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
    author_followers: int | None = Field(default=None, ge=0)
    author_verified: bool = False
    author_is_key_person: bool = False
    key_person_category: str | None = None
    thread_replies: int = Field(default=0, ge=0)
    is_reply: bool = False
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
    emergency: bool = False
    route_reason: str = ""  # why this route, e.g. "emergency keyword with a volume spike"
    escalation_triggers: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)  # topic words as found in the text
    spike: bool = False


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


@dataclass(frozen=True, slots=True)
class _Cues:
    abuse: tuple[str, ...]
    complaint: tuple[str, ...]
    question: bool
    legal: tuple[str, ...]
    media: tuple[str, ...]
    case_reference: str | None
    own_case: bool


_CASE_REF = re.compile(
    r"(?<!\w)(?:ref(?:erence)?|case|account|claim|pcn|complaint|ticket|job)"
    r"(?:\s*(?:no\.?|number|num|#))?\s*[:#.]?\s*([a-z]{1,4}[\s\-]?\d{4,}|\d{5,})(?!\w)"
    r"|(?<!\w)([A-Z]{2}\d{8})(?!\w)",  # a PCN number, e.g. BT12345678
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
_OWN_CASE_WORDS = frozenset({"my", "our", "me", "i", "we", "us", "mine", "ours"})


def _cues(text: str, scan: Scan) -> _Cues:
    ref = _CASE_REF.search(text) if _FOUR_DIGITS.search(text) else None
    return _Cues(
        abuse=scan.words(ABUSE),
        complaint=scan.words(COMPLAINT),
        question="?" in text or bool(scan.hits[QUESTION]),
        legal=scan.words(LEGAL),
        media=scan.words(MEDIA),
        case_reference=(ref.group(1) or ref.group(2)).strip() if ref else None,
        own_case=not _OWN_CASE_WORDS.isdisjoint(scan.tokens),
    )


def criticality_factor(compound: float, cues: _Cues, settings: TriageSettings, *, emergency: bool = False) -> Factor:
    """How critical the comment is: VADER's negativity, lifted by complaint, legal and abuse cues.

    VADER misses much of how residents complain ("missed three weeks running" is barely
    negative to it), so the cue words carry part of the weight.
    """
    tone = tone_word(compound, settings)
    score = 0.1 + 0.7 * max(0.0, -compound)
    bits = [tone]
    if cues.complaint or cues.case_reference:
        score += 0.15
        bits.append("complaint")
    if cues.legal:
        score = max(score, 0.8)
        bits.append(f"legal threat ({_quote(cues.legal)})")
    if cues.abuse:
        score = max(score, 0.95)
        bits.append("abusive or threatening language")
    if cues.media:
        # Press interest: the story may be critical even when the enquiry is polite.
        score = max(score, 0.35)
    if emergency:
        # A calm report of a gas leak is still urgent: the emergency, not the tone, is critical.
        score = max(score, 0.6)
        bits.append("emergency")
    score = round(_clamp(score), 4)
    return Factor(score=score, level=level_for_score(score), reason=f"tone: {', '.join(bits)}")


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
    media: Sequence[str],
    settings: TriageSettings,
    *,
    legal: bool = False,
    abuse: bool = False,
) -> tuple[Factor, list[str]]:
    """How much the issue matters: the topic's reputational weight, its volume, the thread, FOI.

    Returns the factor and extra reason lines (volume, thread, FOI, media) for the summary.
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
    if media:
        score = max(score, 0.8)
        extra.append(f"media enquiry ({_quote(media)})")
    # A legal threat or abuse matters whatever the topic: reputational risk, staff safety.
    if legal:
        score = max(score, 0.7)
    if abuse:
        score = max(score, 0.6)
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


def suggest(inp: TriageInput, settings: TriageSettings | None = None) -> Suggestion:
    """Appendix A: weigh reach, criticality and importance, then pick the route.

    Order matters. Anything that could harm the council's reputation escalates first (abuse,
    legal threat, media enquiry, a key person, a very large audience, an emergency or a
    controversy spiking now, high reach with a very negative tone). Then a person's own case
    with a reference goes to customer services; a busy thread on a service topic is a service
    conversation; other complaints about a case go to customer services; questions and general
    comments on a known topic are the web team's; the rest is monitored.
    """
    s = settings or default_settings()
    compiled = compile_rules(s)
    text = _normalise(inp.text)
    scan = compiled.scan(text)
    match = match_topic(text, s, scan=scan, compiled=compiled)
    rule = match.rule if match else None
    compound = _sentiment_cached(text)
    tone = tone_word(compound, s)
    cues = _cues(text, scan)
    foi = _detect_foi(text)

    # A spike counts only for a mention inside the window it was measured over: a backlog
    # ingested after an outage must not escalate yesterday's posts on today's numbers.
    age_hours = (inp.now - inp.created_at).total_seconds() / 3600
    spike, volume_reason = topic_spike(inp.topic_volume_recent, inp.topic_volume_baseline, s)
    if spike and age_hours > s.volume_window_hours:
        spike = False
        volume_reason += f" (this mention is {age_hours:.0f} h old)"
    if rule is None:
        spike = False

    reach = reach_factor(
        inp.author_followers,
        inp.platform,
        inp.author_verified,
        inp.key_person_category,
        s,
        is_key_person=inp.author_is_key_person,
    )
    crit = criticality_factor(compound, cues, s, emergency=bool(rule and rule.emergency))
    imp, extra = importance_factor(
        match,
        inp.topic_volume_recent,
        inp.topic_volume_baseline,
        inp.thread_replies,
        spike,
        volume_reason,
        foi,
        cues.media,
        s,
        legal=bool(cues.legal),
        abuse=bool(cues.abuse),
    )

    audience = (inp.author_followers or 0) * s.audience_weight(inp.platform)
    category = (inp.key_person_category or "").strip().lower()
    triggers: list[str] = []
    if cues.abuse:
        triggers.append("abusive or threatening language")
    if cues.legal:
        triggers.append(f"legal threat ({_quote(cues.legal)})")
    if cues.media:
        triggers.append(f"media enquiry ({_quote(cues.media)})")
    if inp.author_is_key_person and category in s.escalate_key_person_categories:
        triggers.append(f"key person: {category}")
    if audience >= s.escalate_followers:
        triggers.append(f"highly influential: {compact_number(int(audience))} audience")
    if spike and rule is not None and rule.emergency:
        triggers.append("emergency keyword with a volume spike")
    elif spike and tone in ("negative", "very negative"):
        triggers.append(f"controversial: {rule.topic if rule else 'topic'} volume spike with {tone} tone")
    if tone == "very negative" and LEVELS.index(reach.level) >= LEVELS.index("high") and not any(
        t.startswith("highly influential") for t in triggers
    ):
        triggers.append("high reach with a very negative tone")

    department = rule.department if rule else None
    topic = rule.topic if rule else None
    busy_thread = inp.thread_replies >= s.conversation_min_replies
    if triggers:
        route, why = Route.ESCALATE, "; ".join(triggers)
    elif cues.case_reference:
        route, why = Route.CUSTOMER_SERVICES, f"their own case (reference {cues.case_reference}): due within 24 h"
    elif busy_thread and rule is not None:
        route, why = (
            Route.SERVICE_CONVERSATION,
            f"ongoing conversation ({inp.thread_replies} replies) about {rule.topic}: "
            f"support {rule.department} officers to join in",
        )
    elif cues.complaint and (cues.own_case or rule is not None):
        route, why = (
            Route.CUSTOMER_SERVICES,
            f"service request or complaint ({_quote(cues.complaint)}): to the lead officer, due within 24 h",
        )
    elif cues.question:
        route, why = Route.WEB_TEAM, "a question: answer and signpost to the website"
    elif rule is not None and rule.emergency:
        route, why = (
            Route.WEB_TEAM,
            f"emergency keyword ({rule.topic}): check it, signpost emergency contacts, watch for a spike",
        )
    elif rule is not None and tone in ("negative", "very negative"):
        route, why = Route.WEB_TEAM, f"general comment on {rule.topic}: reply and signpost"
    elif foi:
        route, why = Route.WEB_TEAM, "FOI request: log it and ask for a real name and email"
    else:
        route, why = Route.MONITOR, "no particular consequence: keep monitoring in case it escalates"

    reasons = [reach.reason, crit.reason, imp.reason, *extra]
    if cues.case_reference and route is not Route.CUSTOMER_SERVICES:
        reasons.append(f"case reference {cues.case_reference}")
    return Suggestion(
        route=route,
        department=department,
        topic=topic,
        reach=reach,
        criticality=crit,
        importance=imp,
        sentiment=round(compound, 4),
        priority=priority(reach, crit, imp),
        reasons=reasons,
        summary="; ".join(reasons),
        foi=foi,
        emergency=bool(rule and rule.emergency),
        route_reason=why,
        escalation_triggers=triggers,
        keywords=list(match.keywords) if match else [],
        spike=spike,
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
    replies_now: int,
    replies_at_start: int,
    new_high_reach_author: bool,
    spike: bool,
    settings: TriageSettings | None = None,
) -> list[str]:
    """Why a watched thread should re-surface, in plain words; empty means leave it be."""
    s = settings or default_settings()
    reasons: list[str] = []
    gained = replies_now - replies_at_start
    if gained >= s.watch_reply_growth:
        reasons.append(f"thread gained {gained} repl{'y' if gained == 1 else 'ies'}")
    if new_high_reach_author:
        reasons.append("a high-reach author joined the thread")
    if spike:
        reasons.append("the topic's volume spiked against its recent baseline")
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
