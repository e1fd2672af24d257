"""London time, working days and bank holidays: the one calendar that FOI, SLA, tone and schedule share.

Pure: no wall-clock reads (an instant or a day is always passed in; `brent_tui.clock` is the one wall
clock). Everything is stored in UTC and shown in Europe/London. Only the standard library is imported
here; the ``holidays`` package is imported lazily, the first time a year's holidays are needed, so
that ``brent-tui foi due`` starts fast.

A working day (FOIA s.10(6), EIR reg 2(1)) is any day except Saturday, Sunday, Christmas Day, Good
Friday and a bank holiday in *any* part of the UK. Subject access deadlines, staffed hours and SLA
office time use England & Wales holidays only (see docs/domain.md section 5).

Daylight-saving choices for London wall-clock → UTC (tested in tests/test_schedule.py):

* **Repeated hour** (last Sunday of October, 01:00–01:59 happens twice): we take the FIRST
  occurrence (fold=0, still BST, UTC+1). A post "at 01:30" then goes out at 00:30 UTC —
  the earlier of the two, so it is never late.
* **Missing hour** (last Sunday of March, 01:00–01:59 does not exist): by default we REFUSE
  with `ScheduleError` and a message that names the valid alternatives; an officer should
  choose, not the software. Callers that must not fail (suggestions, office opening times) pass
  `nonexistent="shift"`, which moves the time forward by the gap (01:30 → 02:30 BST), the
  same wall-clock shift the clocks themselves make.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
DEFAULT_FORMAT = "%a %d %b %Y %H:%M"
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

Nonexistent = Literal["raise", "shift"]

#: The three divisions of the GOV.UK bank-holidays JSON, in its own spelling.
DIVISIONS: tuple[str, ...] = ("england-and-wales", "scotland", "northern-ireland")
DIVISION_NAMES: dict[str, str] = {
    "england-and-wales": "England & Wales",
    "scotland": "Scotland",
    "northern-ireland": "Northern Ireland",
}
#: Days that are non-working by the words of s.10(6) itself, whatever any bank-holiday list says.
STATUTE = "statute"
_PACKAGE_SUBDIVS: dict[str, tuple[str, ...]] = {
    "england-and-wales": ("ENG", "WLS"),
    "scotland": ("SCT",),
    "northern-ireland": ("NIR",),
}
#: Names the ``holidays`` package uses, mapped to the GOV.UK wording staff know (names, not dates).
_PACKAGE_TITLES: dict[str, str] = {
    "May Day": "Early May bank holiday",
    "Spring Bank Holiday": "Spring bank holiday",
    "Late Summer Bank Holiday": "Summer bank holiday",
    "Summer Bank Holiday": "Summer bank holiday",
    "New Year Holiday": "2nd January",
    "Saint Andrew's Day": "St Andrew's Day",
    "Saint Patrick's Day": "St Patrick's Day",
    "Battle of the Boyne": "Battle of the Boyne (Orangemen's Day)",
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Working-day counts never need more than this many calendar days; a guard against a broken calendar.
MAX_SPAN_DAYS = 3660


class ScheduleError(ValueError):
    """A London time that cannot be used as given (the message says why)."""


# --------------------------------------------------------------------------- London time


def as_utc(value: datetime) -> datetime:
    """Refuse naive datetimes; convert aware ones to UTC."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: a timezone is required")
    try:
        return value.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59-12:00 is in year 10000 in UTC
        raise ValueError(f"date out of range: {value.isoformat()}") from None


def utc_to_london(dt: datetime) -> datetime:
    """Aware datetime → Europe/London aware datetime (naive values are refused).

    At the very ends of the calendar (1 Jan of year 1 is in year 0 in London's local mean time)
    the UTC instant itself is given back rather than an OverflowError.
    """
    utc = as_utc(dt)
    try:
        return utc.astimezone(LONDON)
    except OverflowError:
        return utc


def london_date(dt: datetime) -> date:
    """The London calendar day an instant falls on: "today", the date of receipt, a per-day cap."""
    return utc_to_london(dt).date()


def format_london(dt: datetime, fmt: str = DEFAULT_FORMAT) -> str:
    """Show a UTC instant as London wall-clock, e.g. "Sun 25 Oct 2026 09:00" (years always four digits)."""
    local = utc_to_london(dt)
    return local.strftime(fmt.replace("%Y", f"{local.year:04d}"))


def format_list_time(dt: datetime, now: datetime) -> str:
    """When something happened, as every list shows it (Feed, Search), at most 12 characters.

    "Tue 14:05" within the last six days, "25 Nov 09:12" earlier this year, and "25 Nov 2025" in
    any other year: a post dated 9999 or year 1 shows its year instead of passing for this December.
    """
    local = utc_to_london(dt)
    today = london_date(now)
    if timedelta(0) <= today - local.date() < timedelta(days=6):
        return local.strftime("%a %H:%M")
    if local.year != today.year:
        return f"{local.day:>2} {local:%b} {local.year:04d}"
    return f"{local.day:>2} {local:%b %H:%M}"


def london_to_utc(d: date, t: time, *, nonexistent: Nonexistent = "raise") -> datetime:
    """London wall-clock date and time → aware UTC.

    Repeated October hour: first occurrence (fold=0, BST). Missing March hour: raise
    `ScheduleError` (default) or, with `nonexistent="shift"`, move forward by the gap.
    """
    local = datetime.combine(d, t.replace(tzinfo=None, fold=0), tzinfo=LONDON)
    utc = local.astimezone(UTC)
    back = utc.astimezone(LONDON)
    if back.replace(tzinfo=None) == local.replace(tzinfo=None):
        return utc
    # Wall-clock time did not survive the round trip: it falls in the spring-forward gap.
    if nonexistent == "shift":
        # PEP 495: fold=0 reads a gap time with the pre-transition offset (GMT), so 01:30
        # becomes 01:30 UTC = 02:30 BST — forward by exactly the gap.
        return utc
    before, after = _gap_bounds(d)
    raise ScheduleError(
        f"{t:%H:%M} on {d:%a %d %b %Y} does not exist in London: the clocks go forward from "
        f"{before:%H:%M} GMT to {after:%H:%M} BST. Choose a time before {before:%H:%M} or from "
        f"{after:%H:%M}."
    )


def _gap_bounds(d: date) -> tuple[time, time]:
    """Wall-clock start and end of the spring-forward gap on `d` (01:00 and 02:00 in the UK)."""
    start = datetime.combine(d, time(0), tzinfo=LONDON).astimezone(UTC)
    previous = start.astimezone(LONDON)
    for minute in range(1, 26 * 60):
        current = (start + timedelta(minutes=minute)).astimezone(LONDON)
        if current.utcoffset() != previous.utcoffset():
            return (previous + timedelta(minutes=1)).time().replace(tzinfo=None), current.time()
        previous = current
    return time(1), time(2)


def london_midnight(day: date) -> datetime:
    """The UTC instant a London calendar day starts (23:00Z or 00:00Z depending on BST)."""
    return london_to_utc(day, time(0))


# --------------------------------------------------------------------------- bank holidays


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (Meeus/Jones/Butcher): Good Friday is a non-working day by statute."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _normalise_package_title(name: str) -> str:
    name = name.strip()
    suffix = ""
    if name.endswith(" (observed)"):
        name, suffix = name[: -len(" (observed)")], " (substitute day)"
    return _PACKAGE_TITLES.get(name, name) + suffix


@lru_cache(maxsize=1)
def _uk_holidays_class() -> Any:
    """The ``holidays`` package's UnitedKingdom class, loaded as cheaply as possible.

    ``holidays.country_holidays("GB")`` imports the package's ``countries`` module, which imports all
    ~280 countries (~80 ms) — too slow for ``brent-tui foi due``. When that module is not loaded yet we
    load only ``countries/united_kingdom.py`` under a private name (~3 ms). The result is checked
    against ``country_holidays`` in tests/test_foi_clock.py; any failure falls back to the normal way.
    """
    import sys

    import holidays  # lazy: ~45 ms, only when a year is first needed

    if "holidays.countries" not in sys.modules:
        try:
            import importlib.util
            from pathlib import Path

            path = Path(holidays.__file__).parent / "countries" / "united_kingdom.py"
            spec = importlib.util.spec_from_file_location("_brent_tui_holidays_uk", path)
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                return module.UnitedKingdom
        except Exception:  # any surprise: take the supported path below
            pass
    return holidays.country_holidays("GB").__class__


@lru_cache(maxsize=512)
def _package_holidays(division: str, year: int) -> tuple[tuple[date, str], ...]:
    """One division's bank holidays for one year from the ``holidays`` package (imported lazily)."""
    uk = _uk_holidays_class()
    found: dict[date, list[str]] = {}
    for subdiv in _PACKAGE_SUBDIVS[division]:
        for day, names in uk(subdiv=subdiv, years=year).items():
            for name in str(names).split("; "):
                title = _normalise_package_title(name)
                titles = found.setdefault(day, [])
                if title not in titles:
                    titles.append(title)
    return tuple((day, title) for day in sorted(found) for title in found[day])


class HolidayCalendar:
    """UK non-working days for s.10(6): every division combined, plus Christmas Day and Good Friday.

    Holidays come from the ``holidays`` package unless GOV.UK data (``overrides``) covers the year for
    that division, in which case GOV.UK wins. Years are built lazily and cached, so a day proclaimed
    later (loaded into a new calendar) moves the due dates of cases already running.

    ``overrides`` is either a list of ``(date, division, title)`` (see :func:`parse_govuk_bank_holidays`)
    or a mapping ``{year: {dates}}`` that covers every division for those years.
    """

    def __init__(
        self,
        overrides: Iterable[tuple[date, str, str]] | Mapping[int, Iterable[date]] | None = None,
        *,
        use_package: bool = True,
    ) -> None:
        self._use_package = use_package
        self._override: dict[tuple[int, str], list[tuple[date, str]]] = {}
        if isinstance(overrides, Mapping):
            for year, days in overrides.items():
                for division in DIVISIONS:
                    self._override.setdefault((int(year), division), [])
                for day in days:
                    if day.year != int(year):
                        raise ValueError(f"override date {day} is filed under year {year}")
                    for division in DIVISIONS:
                        self._override[(day.year, division)].append((day, "Bank holiday"))
        elif overrides is not None:
            for day, division, title in overrides:
                if division not in DIVISIONS:
                    raise ValueError(
                        f"unknown bank-holiday division {division!r}; expected one of {DIVISIONS}"
                    )
                self._override.setdefault((day.year, division), []).append((day, title))
        self._years: dict[int, dict[date, list[tuple[str, str]]]] = {}

    @classmethod
    def default(cls) -> HolidayCalendar:
        """The shared package-only calendar (cached: building a year costs a few milliseconds)."""
        return _default_calendar()

    @classmethod
    def from_govuk(cls, data: dict[str, Any]) -> HolidayCalendar:
        """A calendar whose years covered by a GOV.UK bank-holidays JSON document use that document."""
        return cls(parse_govuk_bank_holidays(data))

    def covered_years(self, division: str | None = None) -> set[int]:
        """Years for which GOV.UK data overrides the package (for one division, or for all three)."""
        if division is not None:
            return {y for (y, div) in self._override if div == division}
        years = [{y for (y, div) in self._override if div == d} for d in DIVISIONS]
        return set.intersection(*years)

    def _year(self, year: int) -> dict[date, list[tuple[str, str]]]:
        cached = self._years.get(year)
        if cached is not None:
            return cached
        entries: dict[date, list[tuple[str, str]]] = {}
        for division in DIVISIONS:
            source = self._override.get((year, division))
            if source is None:
                source = list(_package_holidays(division, year)) if self._use_package else []
            for day, title in source:
                entries.setdefault(day, []).append((title, division))
        entries.setdefault(date(year, 12, 25), []).append(("Christmas Day", STATUTE))
        entries.setdefault(easter_sunday(year) - timedelta(days=2), []).append(("Good Friday", STATUTE))
        self._years[year] = entries
        return entries

    def holidays_on(self, d: date) -> list[tuple[str, str]]:
        """``(title, division)`` pairs for a day; division ``"statute"`` for Christmas Day / Good Friday."""
        return list(self._year(d.year).get(d, ()))

    def holidays_in(self, year: int) -> list[tuple[date, str]]:
        """Every listed holiday of a year (weekend ones too) with its label, for display and checks."""
        return [(d, self._label(d)) for d in sorted(self._year(year))]

    def _label(self, d: date) -> str:
        entries = self._year(d.year).get(d, [])
        statutory = [title for title, div in entries if div == STATUTE]
        if statutory:
            return statutory[0]
        by_title: dict[str, list[str]] = {}
        for title, division in entries:
            divs = by_title.setdefault(title, [])
            if division not in divs:
                divs.append(division)
        parts = []
        for title, divs in by_title.items():
            if set(divs) >= set(DIVISIONS):
                parts.append(title)
            else:
                names = ", ".join(DIVISION_NAMES[x] for x in DIVISIONS if x in divs)
                parts.append(f"{title} ({names})")
        return "; ".join(parts)

    def why_not_working(self, d: date) -> str | None:
        """Why ``d`` is not a working day under s.10(6), or None when it is one."""
        if d.weekday() >= 5:
            return _WEEKDAYS[d.weekday()]
        if d in self._year(d.year):
            return self._label(d)
        return None

    def is_working_day(self, d: date) -> bool:
        """s.10(6) working day: not a weekend, Christmas Day, Good Friday or a bank holiday anywhere in the UK."""
        return self.why_not_working(d) is None

    def why_not_working_ew(self, d: date) -> str | None:
        """Like :meth:`why_not_working` but only England & Wales holidays count (subject access, Brent)."""
        if d.weekday() >= 5:
            return _WEEKDAYS[d.weekday()]
        entries = self._year(d.year).get(d, [])
        titles = [t for t, div in entries if div in (STATUTE, "england-and-wales")]
        if not titles:
            return None
        return titles[0] if any(div == STATUTE for _, div in entries) else f"{titles[0]} (England & Wales)"

    def is_working_day_ew(self, d: date) -> bool:
        """England & Wales working day: used to move a subject access deadline off a holiday."""
        return self.why_not_working_ew(d) is None


@lru_cache(maxsize=1)
def _default_calendar() -> HolidayCalendar:
    return HolidayCalendar()


def parse_govuk_bank_holidays(data: dict[str, Any]) -> list[tuple[date, str, str]]:
    """Parse https://www.gov.uk/bank-holidays.json into ``(date, division, title)`` rows.

    All three divisions must be present: silently losing Scotland or Northern Ireland would make
    working days out of bank holidays. A substitute day keeps its title with " (substitute day)".
    """
    if not isinstance(data, dict):
        raise ValueError("GOV.UK bank holidays: expected a JSON object at the top level")
    rows: list[tuple[date, str, str]] = []
    for division in DIVISIONS:
        block = data.get(division)
        if block is None:
            raise ValueError(f"GOV.UK bank holidays: division {division!r} is missing")
        if not isinstance(block, dict) or not isinstance(block.get("events"), list):
            raise ValueError(f"GOV.UK bank holidays: {division!r} has no list of 'events'")
        named = block.get("division", division)
        if named != division:
            raise ValueError(f"GOV.UK bank holidays: block {division!r} says it is division {named!r}")
        for i, event in enumerate(block["events"]):
            where = f"GOV.UK bank holidays: {division} event {i}"
            if not isinstance(event, dict):
                raise ValueError(f"{where} is not an object")
            title, raw, notes = event.get("title"), event.get("date"), event.get("notes", "")
            if not isinstance(title, str) or not title.strip():
                raise ValueError(f"{where} has no title")
            if not isinstance(raw, str) or len(raw) != 10:
                raise ValueError(f"{where} has no date in YYYY-MM-DD form: {raw!r}")
            try:
                day = date.fromisoformat(raw)
            except ValueError:
                raise ValueError(f"{where} has an invalid date: {raw!r}") from None
            title = title.strip()
            if isinstance(notes, str) and notes.strip().lower().startswith("substitute"):
                title += " (substitute day)"
            rows.append((day, division, title))
    if not rows:
        raise ValueError("GOV.UK bank holidays: no events at all")
    return rows


# --------------------------------------------------------------------------- working days


def add_working_days(d: date, n: int, cal: HolidayCalendar | None = None) -> date:
    """The ``n``-th working day after ``d`` (``d`` itself is day 0); before ``d`` when ``n`` < 0."""
    cal = cal or HolidayCalendar.default()
    step = timedelta(days=1 if n >= 0 else -1)
    left, day = abs(n), d
    for _ in range(MAX_SPAN_DAYS * max(1, left)):
        if left == 0:
            return day
        day += step
        if cal.is_working_day(day):
            left -= 1
    raise ValueError("no working days found: the holiday calendar looks broken")


def working_days_between(start: date, end: date, cal: HolidayCalendar | None = None) -> int:
    """Working days in (start, end] — positive when ``end`` is later, negative when earlier, 0 if same.

    "Due tomorrow" is 1, "due today" is 0, "due yesterday" is -1 (weekends between count nothing).
    """
    cal = cal or HolidayCalendar.default()
    if end == start:
        return 0
    lo, hi, sign = (start, end, 1) if end > start else (end, start, -1)
    count, day = 0, lo
    while day < hi:
        day += timedelta(days=1)
        if cal.is_working_day(day):
            count += 1
    return sign * count


def england_wales_holiday(d: date) -> str | None:
    """The England & Wales bank holiday (or Christmas Day, Good Friday) on a weekday, else None.

    Staffed hours and SLA office time close on these days as on a weekend.
    """
    if d.weekday() >= 5:
        return None
    return HolidayCalendar.default().why_not_working_ew(d)


def is_england_wales_working_day(d: date) -> bool:
    """Monday to Friday and not an England & Wales holiday: an office day for SLA clocks."""
    return HolidayCalendar.default().is_working_day_ew(d)
