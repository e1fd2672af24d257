"""Tone check for posts: the strategy's "Professionalism and tone of voice" as rules.

Pure: no IO, no clock reads (`when` is passed in). Each `Finding` is one sentence a council
officer understands, quoting the offending fragment. BLOCK findings stop a post being
scheduled or published until it is changed; WARN findings ask for a second look.

The strategy says DO NOT: take any political standpoint; reveal confidential or sensitive
information; post too often; and DO: consider how messages out of hours will be dealt with.
Councils also observe the pre-election period (publicity restrictions before elections).

Severity choices (why):

* political — a standpoint phrase ("vote for", "our opponents") BLOCKS; a party name only
  WARNS, because factual posts sometimes must name a party (e.g. a council meeting notice).
  Ordinary council words are not parties: "green waste", "labour market", "labour ward",
  "conservation area" and lower-case "conservative estimate" do not flag.
* pre_election — inside a configured period every post WARNS (publicity restrictions apply:
  factual service information only); a post that also names a party, a political phrase or
  features councillors/candidates BLOCKS.
* confidential — protective markings ("OFFICIAL-SENSITIVE", "not for publication",
  "internal only", "CONFIDENTIAL", "Restricted:") BLOCK. The everyday adjective ("a free,
  confidential advice service") and "restricted parking" are not markings and do not flag.
  "Embargoed" WARNS (check the embargo has lifted).
* personal_data — non-council email addresses, mobile numbers (07…, +44 7…) and National
  Insurance numbers BLOCK; landlines (020…, 01…, 03…) and a full street address with a
  postcode WARN, since the council publishes its own (allow-lists in settings).
* shouting, out_of_hours, frequency_cap, min_gap — WARN (emergencies may justify them).
* too_long, empty — BLOCK (the network would refuse the post).

Staffed hours: start inclusive, end exclusive (Mon–Fri 08:00–18:00 means 08:00 is staffed,
18:00 is not). England & Wales bank holidays (from `brent_tui.domain.london`, the calendar FOI
and SLA use too) and `closed_dates` are treated like weekend days: staffed only
if a weekend rota is configured.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from brent_tui.domain import post_length
from brent_tui.domain.london import WEEKDAY_NAMES, england_wales_holiday, london_date, utc_to_london
from brent_tui.domain.models import PlannedPost, Platform, as_utc
from brent_tui.domain.text import normalise_handle

# --------------------------------------------------------------------------- findings


class Severity(StrEnum):
    WARN = "warn"
    BLOCK = "block"


class Finding(BaseModel):
    """One thing wrong with a post, explained for the officer who wrote it."""

    rule: str  # political, pre_election, confidential, personal_data, shouting, out_of_hours,
    # frequency_cap, min_gap, too_long, empty
    severity: Severity
    message: str
    fragment: str | None = None
    span: tuple[int, int] | None = None  # where the fragment is in the text (for highlighting)


def blocking(findings: Iterable[Finding]) -> bool:
    """True if any finding stops the post."""
    return any(f.severity == Severity.BLOCK for f in findings)


# --------------------------------------------------------------------------- settings

DEFAULT_PARTY_NAMES: list[str] = [
    "Labour Party",
    "Labour",
    "Conservative Party",
    "Conservatives",
    "Conservative",
    "Tory",
    "Tories",
    "Liberal Democrats",
    "Liberal Democrat",
    "Lib Dems",
    "Lib Dem",
    "LibDems",
    "Green Party",
    "Reform UK",
    "Reform Party",
    "Plaid Cymru",
    "SNP",
    "UKIP",
    "Workers Party",
    "Women's Equality Party",
]

DEFAULT_POLITICAL_PHRASES: list[str] = [
    "vote for",
    "vote against",
    "don't vote",
    "do not vote for",
    "our opponents",
    "re-elect",
    "our candidate",
    "party political",
]

#: Ordinary phrases that contain a party word but are not about a party.
DEFAULT_NOT_POLITICAL: list[str] = [
    "labour market",
    "labour markets",
    "labour ward",
    "labour force",
    "labour costs",
    "labour shortage",
    "labour shortages",
    "labour-intensive",
    "labour intensive",
    "child labour",
    "forced labour",
    "manual labour",
    "conservative estimate",
    "conservative estimates",
]

#: Words that put a person or a politician in a post: restricted in the pre-election period.
DEFAULT_PRE_ELECTION_WORDS: list[str] = [
    "Cllr",
    "Councillor",
    "Councillors",
    "Leader of the Council",
    "Cabinet Member",
    "candidate",
    "candidates",
    "MP",
]


class PreElectionPeriod(BaseModel):
    """Dates (London, inclusive) when publicity restrictions apply."""

    model_config = ConfigDict(extra="forbid")

    name: str
    starts_on: date
    ends_on: date

    @model_validator(mode="after")
    def _order(self) -> PreElectionPeriod:
        if self.ends_on < self.starts_on:
            raise ValueError(f"pre-election period {self.name!r} ends before it starts")
        return self


_DAY_NAMES = {n.lower(): i for i, n in enumerate(WEEKDAY_NAMES)}


class StaffedHours(BaseModel):
    """When someone is at a desk to answer replies (London wall-clock)."""

    model_config = ConfigDict(extra="forbid")

    weekdays: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4])  # 0 = Mon; "mon" accepted
    start: time = time(8, 0)
    end: time = time(18, 0)
    weekend_start: time | None = None  # optional weekend / bank-holiday rota
    weekend_end: time | None = None
    bank_holidays_closed: bool = True  # England & Wales bank holidays count as weekend days
    closed_dates: list[date] = Field(default_factory=list)  # e.g. the Christmas closure

    @field_validator("weekdays", mode="before")
    @classmethod
    def _days(cls, value: object) -> object:
        if isinstance(value, list):
            out = []
            for v in value:
                if isinstance(v, str) and v[:3].lower() in _DAY_NAMES:
                    out.append(_DAY_NAMES[v[:3].lower()])
                else:
                    out.append(v)
            return out
        return value

    @field_validator("weekdays")
    @classmethod
    def _range(cls, value: list[int]) -> list[int]:
        for v in value:
            if not 0 <= v <= 6:
                raise ValueError(f"weekday {v} is not 0 (Mon) to 6 (Sun)")
        return sorted(set(value))

    @model_validator(mode="after")
    def _rota(self) -> StaffedHours:
        if (self.weekend_start is None) != (self.weekend_end is None):
            raise ValueError("weekend_start and weekend_end go together")
        return self

    def describe(self) -> str:
        days = self.weekdays
        if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 1:
            span = f"{WEEKDAY_NAMES[days[0]]}–{WEEKDAY_NAMES[days[-1]]}"
        else:
            span = ", ".join(WEEKDAY_NAMES[d] for d in days) or "no weekdays"
        text = f"{span} {self.start:%H:%M}–{self.end:%H:%M}"
        if self.weekend_start and self.weekend_end:
            text += f", weekend rota {self.weekend_start:%H:%M}–{self.weekend_end:%H:%M}"
        return text


class CapOverride(BaseModel):
    """Per-account frequency caps; unset fields use the defaults."""

    model_config = ConfigDict(extra="forbid")

    max_per_day: int | None = Field(default=None, ge=1)
    min_gap_minutes: int | None = Field(default=None, ge=0)


class ToneSettings(BaseModel):
    """The `[tone]` section of the app config."""

    model_config = ConfigDict(extra="forbid")

    pre_election_periods: list[PreElectionPeriod] = Field(default_factory=list)
    staffed_hours: StaffedHours = Field(default_factory=StaffedHours)
    party_names: list[str] = Field(default_factory=lambda: list(DEFAULT_PARTY_NAMES))
    extra_party_names: list[str] = Field(default_factory=list)
    political_phrases: list[str] = Field(default_factory=lambda: list(DEFAULT_POLITICAL_PHRASES))
    extra_political_phrases: list[str] = Field(default_factory=list)
    not_political: list[str] = Field(default_factory=lambda: list(DEFAULT_NOT_POLITICAL))
    pre_election_words: list[str] = Field(default_factory=lambda: list(DEFAULT_PRE_ELECTION_WORDS))
    allowed_email_domains: list[str] = Field(default_factory=lambda: ["brent.gov.uk"])
    allowed_phone_numbers: list[str] = Field(default_factory=lambda: ["020 8937 1234"])
    allowed_postcodes: list[str] = Field(default_factory=lambda: ["HA9 0FJ"])
    max_per_day: int = Field(default=6, ge=1)
    min_gap_minutes: int = Field(default=60, ge=0)
    account_caps: dict[str, CapOverride] = Field(default_factory=dict)  # keyed by handle
    mastodon_limit: int = Field(default=500, ge=1)

    def caps_for(self, handle: str) -> tuple[int, int]:
        """(max posts per London day, minimum minutes between posts) for an account."""
        key = normalise_handle(handle)
        for name, override in self.account_caps.items():
            if normalise_handle(name) == key:
                return (
                    override.max_per_day if override.max_per_day is not None else self.max_per_day,
                    override.min_gap_minutes
                    if override.min_gap_minutes is not None
                    else self.min_gap_minutes,
                )
        return self.max_per_day, self.min_gap_minutes

    def pre_election_on(self, day: date) -> PreElectionPeriod | None:
        for p in self.pre_election_periods:
            if p.starts_on <= day <= p.ends_on:
                return p
        return None


# --------------------------------------------------------------------------- matching helpers


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a whole-word pattern tolerant of spacing and curly apostrophes."""
    parts = [regex.escape(w).replace("'", "['’]") for w in phrase.split()]
    return r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])"


@lru_cache(maxsize=64)
def _compile(phrases: tuple[str, ...], smart_case: bool) -> list[regex.Pattern[str]]:
    """One pattern per phrase, longest first. With smart_case a capitalised one-word name
    ("Labour", "Conservative") matches only capitalised, so "a conservative estimate" and
    "labour" the noun pass; multi-word names and acronyms match in any case."""
    out = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        single = len(phrase.split()) == 1
        case_sensitive = smart_case and single and phrase[:1].isupper() and not phrase.isupper()
        flags = 0 if case_sensitive else regex.IGNORECASE
        if smart_case and phrase.isupper() and len(phrase) <= 4:
            flags = 0  # acronyms (MP, SNP) only in capitals: "mp3", "snp" are not them
        out.append(regex.compile(_phrase_pattern(phrase), flags))
    return out


def _find(text: str, phrases: Iterable[str], *, smart_case: bool = True) -> list[tuple[int, int, str]]:
    """Non-overlapping matches (start, end, fragment), longest phrase winning."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str]] = []
    for pat in _compile(tuple(phrases), smart_case):
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), m.group()))
    return sorted(found)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for f in findings:
        key = (f.rule, (f.fragment or "").lower() if f.fragment else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


# --------------------------------------------------------------------------- rules


def _party_mentions(text: str, settings: ToneSettings) -> list[tuple[int, int, str]]:
    names = [*settings.party_names, *settings.extra_party_names]
    safe = _find(text, settings.not_political, smart_case=False)
    return [
        (s, e, frag)
        for s, e, frag in _find(text, names)
        if not any(ss <= s and e <= se for ss, se, _ in safe)
    ]


def check_political(text: str, settings: ToneSettings) -> list[Finding]:
    """Political standpoint phrases (block) and party names (warn)."""
    findings = []
    phrases = [*settings.political_phrases, *settings.extra_political_phrases]
    for s, e, frag in _find(text, phrases, smart_case=False):
        findings.append(
            Finding(
                rule="political",
                severity=Severity.BLOCK,
                message=(
                    f"“{frag}” reads as taking a political standpoint; council accounts must not "
                    "take sides — just deal with the issue."
                ),
                fragment=frag,
                span=(s, e),
            )
        )
    for s, e, frag in _party_mentions(text, settings):
        findings.append(
            Finding(
                rule="political",
                severity=Severity.WARN,
                message=(
                    f"This post names a political party (“{frag}”). Check it states facts only "
                    "and takes no political standpoint."
                ),
                fragment=frag,
                span=(s, e),
            )
        )
    return findings


def check_pre_election(text: str, when: datetime, settings: ToneSettings) -> list[Finding]:
    """Publicity restrictions on the London day the post goes out."""
    day = london_date(when)
    p = settings.pre_election_on(day)
    if p is None:
        return []
    dates = f"{p.starts_on:%d %b}–{p.ends_on:%d %b %Y}"
    risky = [
        *_find(text, [*settings.political_phrases, *settings.extra_political_phrases], smart_case=False),
        *_party_mentions(text, settings),
        *_find(text, settings.pre_election_words),
    ]
    if risky:
        s, e, frag = sorted(risky)[0]
        return [
            Finding(
                rule="pre_election",
                severity=Severity.BLOCK,
                message=(
                    f"{day:%a %d %b %Y} is in the pre-election period ({p.name}, {dates}). "
                    f"Publicity restrictions apply and this post mentions “{frag}”: do not feature "
                    "parties, councillors, candidates or political issues."
                ),
                fragment=frag,
                span=(s, e),
            )
        ]
    return [
        Finding(
            rule="pre_election",
            severity=Severity.WARN,
            message=(
                f"{day:%a %d %b %Y} is in the pre-election period ({p.name}, {dates}). Publicity "
                "restrictions apply: post factual service information only, and check with the "
                "communications team if unsure."
            ),
        )
    ]


_CONFIDENTIAL_ANYCASE = [
    "not for publication",
    "internal only",
    "for internal use only",
    "internal use only",
    "official-sensitive",
    "official sensitive",
    "official: sensitive",
    "private and confidential",
    "strictly confidential",
    "commercial in confidence",
    "not for circulation",
    "do not forward",
    "do not share",
    "exempt information",
]
#: "CONFIDENTIAL"/"RESTRICTED" in capitals anywhere, or any case as a label ("Restricted:",
#: "[confidential]", at the start of a line followed by - or :).
_MARKING = regex.compile(
    r"(?<![\w])(?:CONFIDENTIAL|RESTRICTED|SECRET)(?![\w])"
    r"|(?:^|(?<=\n)|[\[(])\s*(?i:confidential|restricted)\s*[:\-–\])]"
)
_EMBARGO = regex.compile(r"(?i)(?<![\w])embargo(?:ed)?(?![\w])")


def check_confidential(text: str) -> list[Finding]:
    """Protective markings and embargoes copied into a post."""
    findings = []
    hits = _find(text, _CONFIDENTIAL_ANYCASE, smart_case=False)
    hits += [(m.start(), m.end(), m.group().strip()) for m in _MARKING.finditer(text)]
    for s, e, frag in sorted(hits):
        findings.append(
            Finding(
                rule="confidential",
                severity=Severity.BLOCK,
                message=(
                    f"“{frag}” is a confidentiality marking: this text may not be for the public. "
                    "Do not post confidential or sensitive information."
                ),
                fragment=frag,
                span=(s, e),
            )
        )
    for m in _EMBARGO.finditer(text):
        findings.append(
            Finding(
                rule="confidential",
                severity=Severity.WARN,
                message=f"The text mentions an embargo (“{m.group()}”): check it has lifted before this goes out.",
                fragment=m.group(),
                span=(m.start(), m.end()),
            )
        )
    return findings


_EMAIL = regex.compile(r"(?<![@\w.+\-])[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
_PHONE = regex.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s\-)]{7,14}\d(?![\d])")
_NINO = regex.compile(
    r"(?<![A-Z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![A-Za-z0-9])"
)
_POSTCODE = regex.compile(
    r"(?<![A-Za-z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"
)
#: "12 Acacia Avenue", "Flat 3, 12a High Road": a number, Capitalised words, a street type.
_STREET = regex.compile(
    r"(?:\b(?i:flat)\s+\d+\w?,?\s+)?(?<![\w])\d{1,4}[a-zA-Z]?,?\s+(?:\p{Lu}[\w'’\-]*\s+){1,4}?"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Way|Gardens|Drive|Crescent|Place|Terrace|Court|"
    r"Grove|Hill|Park|Rise|Walk|Square|Mews|Row|Parade|Green|Broadway|Gate|View)\b"
)


def _digits(s: str) -> str:
    d = "".join(ch for ch in s if ch.isdigit())
    if d.startswith("440"):
        d = "0" + d[3:]
    elif d.startswith("44"):
        d = "0" + d[2:]
    return d


def check_personal_data(text: str, settings: ToneSettings) -> list[Finding]:
    """Emails, phone numbers, NI numbers and home addresses of people other than the council."""
    findings: list[Finding] = []
    allowed_domains = [d.lower().lstrip("@.") for d in settings.allowed_email_domains]
    for m in _EMAIL.finditer(text):
        domain = m.group(1).lower().rstrip(".")
        if any(domain == d or domain.endswith("." + d) for d in allowed_domains):
            continue
        frag = m.group().rstrip(".")
        findings.append(
            Finding(
                rule="personal_data",
                severity=Severity.BLOCK,
                message=f"“{frag}” looks like a personal email address; never post personal data.",
                fragment=frag,
                span=(m.start(), m.start() + len(frag)),
            )
        )
    allowed_phones = {_digits(p) for p in settings.allowed_phone_numbers}
    for m in _PHONE.finditer(text):
        frag = m.group().strip(" -)")
        digits = _digits(frag)
        if not 10 <= len(digits) <= 11 or not digits.startswith("0") or digits in allowed_phones:
            continue
        if digits.startswith("07"):
            findings.append(
                Finding(
                    rule="personal_data",
                    severity=Severity.BLOCK,
                    message=f"“{frag}” looks like a mobile phone number; never post personal data.",
                    fragment=frag,
                    span=(m.start(), m.start() + len(frag)),
                )
            )
        elif digits[:2] in {"01", "02", "03"}:
            findings.append(
                Finding(
                    rule="personal_data",
                    severity=Severity.WARN,
                    message=(
                        f"“{frag}” is a phone number that is not on the council's list: post it only "
                        "if it is a published service number, never a resident's."
                    ),
                    fragment=frag,
                    span=(m.start(), m.start() + len(frag)),
                )
            )
    for m in _NINO.finditer(text):
        findings.append(
            Finding(
                rule="personal_data",
                severity=Severity.BLOCK,
                message=f"“{m.group()}” looks like a National Insurance number; never post personal data.",
                fragment=m.group(),
                span=(m.start(), m.end()),
            )
        )
    allowed_pc = {p.replace(" ", "").upper() for p in settings.allowed_postcodes}
    for m in _POSTCODE.finditer(text):
        if m.group().replace(" ", "").upper() in allowed_pc:
            continue
        before = text[max(0, m.start() - 80) : m.start()]
        street = None
        for sm in _STREET.finditer(before):
            street = sm
        if street is None:
            continue  # a postcode alone covers ~15 homes: not a full address
        start = max(0, m.start() - 80) + street.start()
        frag = text[start : m.end()]
        findings.append(
            Finding(
                rule="personal_data",
                severity=Severity.WARN,
                message=(
                    f"“{frag}” looks like a full postal address. Post it only if it is a council or "
                    "public venue, never a resident's home."
                ),
                fragment=frag,
                span=(start, m.end()),
            )
        )
    return findings


_CAPS_RUN = regex.compile(r"(?<![\p{L}])\p{Lu}{2,}(?:[\s,.:;!?'’\-]+\p{Lu}{2,}){2,}(?![\p{L}])")
_BANGS = regex.compile(r"!{2,}")


def check_shouting(text: str) -> list[Finding]:
    """Mostly capitals, a run of capitalised words, or many exclamation marks."""
    findings = []
    letters = [ch for ch in text if ch.isalpha()]
    upper = [ch for ch in letters if ch.isupper()]
    run = _CAPS_RUN.search(text)
    if len(letters) >= 12 and len(upper) / len(letters) >= 0.7:
        findings.append(
            Finding(
                rule="shouting",
                severity=Severity.WARN,
                message="Most of this post is in capitals, which reads as shouting; use sentence case.",
                fragment=text.strip()[:40],
            )
        )
    elif run and sum(ch.isalpha() for ch in run.group()) >= 10:
        findings.append(
            Finding(
                rule="shouting",
                severity=Severity.WARN,
                message=f"“{run.group()}” is in capitals, which reads as shouting; use sentence case.",
                fragment=run.group(),
                span=(run.start(), run.end()),
            )
        )
    bangs = _BANGS.search(text)
    if bangs or text.count("!") >= 3:
        frag = bangs.group() if bangs else "!"
        findings.append(
            Finding(
                rule="shouting",
                severity=Severity.WARN,
                message=(
                    f"{text.count('!')} exclamation marks (“{frag}”) make the council sound "
                    "alarmed or over-excited; one at most."
                ),
                fragment=frag,
                span=(bangs.start(), bangs.end()) if bangs else None,
            )
        )
    return findings


def staffed(when: datetime, hours: StaffedHours) -> tuple[bool, str]:
    """Whether someone is at a desk at `when`, and a phrase describing the day."""
    local = utc_to_london(when)
    day, clock = local.date(), local.time().replace(tzinfo=None)
    closure: str | None = None
    if day in hours.closed_dates:
        closure = "an office closure day"
    elif hours.bank_holidays_closed:
        holiday = england_wales_holiday(day)
        if holiday:
            closure = f"a bank holiday: {holiday}"
    if closure is None and day.weekday() in hours.weekdays:
        return hours.start <= clock < hours.end, ""
    label = closure or ("a weekend day" if day.weekday() >= 5 else "not a staffed day")
    if hours.weekend_start and hours.weekend_end:
        return hours.weekend_start <= clock < hours.weekend_end, label
    return False, label


def check_out_of_hours(when: datetime, settings: ToneSettings, *, rostered: bool) -> list[Finding]:
    """A post that invites replies when nobody is there to answer them."""
    if rostered:
        return []
    ok, label = staffed(when, settings.staffed_hours)
    if ok:
        return []
    local = utc_to_london(when)
    day_note = f", {label}," if label else ""
    return [
        Finding(
            rule="out_of_hours",
            severity=Severity.WARN,
            message=(
                f"This post goes out at {local:%H:%M} on {local:%a %d %b}{day_note} outside staffed "
                f"hours ({settings.staffed_hours.describe()}), and nobody is rostered to answer "
                "replies. Move it, or roster someone."
            ),
            fragment=f"{local:%a %H:%M}",
        )
    ]


def check_text(text: str, *, when: datetime, settings: ToneSettings, rostered: bool = False) -> list[Finding]:
    """Every text and timing rule (not length or frequency: see `check_post`)."""
    when = as_utc(when)
    findings = [
        *check_political(text, settings),
        *check_pre_election(text, when, settings),
        *check_confidential(text),
        *check_personal_data(text, settings),
        *check_shouting(text),
        *check_out_of_hours(when, settings, rostered=rostered),
    ]
    return _order(_dedupe(findings))


def _order(findings: list[Finding]) -> list[Finding]:
    """Blocks first, then in text order."""
    return sorted(findings, key=lambda f: (f.severity != Severity.BLOCK, f.span[0] if f.span else -1))


def check_length(text: str, platforms: Iterable[Platform], settings: ToneSettings) -> list[Finding]:
    findings = []
    if not text.strip():
        return [Finding(rule="empty", severity=Severity.BLOCK, message="The post has no text.")]
    for platform in platforms:
        c = post_length.count(text, platform, mastodon_limit=settings.mastodon_limit)
        if c.ok:
            continue
        name = {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube", "rss": "RSS"}.get(
            platform.value, platform.value.capitalize()
        )
        over = []
        if c.over_by:
            over.append(f"{c.over_by:,} {c.unit} over")
        if c.bytes_over_by:
            over.append(f"{c.bytes_over_by:,} bytes over")
        findings.append(
            Finding(
                rule="too_long",
                severity=Severity.BLOCK,
                message=f"Too long for {name}: {c.describe()} ({', '.join(over)}). Shorten it.",
                fragment=f"{c.describe()} on {name}",
            )
        )
    return findings


def check_frequency(
    *,
    when: datetime,
    account_handles: Iterable[str],
    existing: Iterable[PlannedPost],
    settings: ToneSettings,
    post_id: int | str | None = None,
) -> list[Finding]:
    """Per-account daily cap and minimum gap against posts already planned.

    `post_id` excludes the post being edited from `existing`.
    """
    when = as_utc(when)
    day = london_date(when)
    existing = [p for p in existing if post_id is None or str(p.post_id) != str(post_id)]
    findings = []
    for handle in account_handles:
        key = normalise_handle(handle)
        mine = [p for p in existing if normalise_handle(p.account_handle) == key]
        max_per_day, min_gap = settings.caps_for(handle)
        same_day = [p for p in mine if london_date(p.at) == day]
        if len(same_day) + 1 > max_per_day:
            findings.append(
                Finding(
                    rule="frequency_cap",
                    severity=Severity.WARN,
                    message=(
                        f"{handle} already has {len(same_day)} posts planned on {day:%a %d %b}; this one "
                        f"would make {len(same_day) + 1}, over the limit of {max_per_day} a day. "
                        "Posting too often annoys followers."
                    ),
                    fragment=handle,
                )
            )
        near = [p for p in mine if abs(p.at - when) < timedelta(minutes=min_gap)]
        if near:
            closest = min(near, key=lambda p: abs(p.at - when))
            minutes = int(abs(closest.at - when).total_seconds() // 60)
            at = utc_to_london(closest.at)
            findings.append(
                Finding(
                    rule="min_gap",
                    severity=Severity.WARN,
                    message=(
                        f"{handle} has another post at {at:%H:%M} (“{closest.title or closest.post_id}”), "
                        f"{minutes} minutes away; leave at least {min_gap} minutes between posts."
                    ),
                    fragment=f"{handle} {at:%H:%M}",
                )
            )
    return findings


def check_post(
    text: str,
    *,
    when: datetime,
    platforms: list[Platform],
    account_handles: list[str],
    existing: list[PlannedPost],
    settings: ToneSettings,
    rostered: bool = False,
    post_id: int | str | None = None,
) -> list[Finding]:
    """Everything the composer checks before a post can be scheduled."""
    findings = [
        *check_length(text, platforms, settings),
        *check_text(text, when=when, settings=settings, rostered=rostered),
        *check_frequency(
            when=when,
            account_handles=account_handles,
            existing=existing,
            settings=settings,
            post_id=post_id,
        ),
    ]
    return _order(findings)
