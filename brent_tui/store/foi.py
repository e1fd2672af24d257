"""FOI cases, their clock events, bank holidays loaded from GOV.UK, and the figures.

Only facts are stored (the date of receipt, dated events, the response); due dates are computed by
:mod:`brent_tui.domain.foi` every time they are shown, with :meth:`FoiStore.holiday_calendar`, so a holiday
loaded later moves the deadlines of cases already running. Every event is checked by the clock before
it is saved: an impossible order is refused with the clock's own sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from brent_tui import clock
from brent_tui.domain import foi
from brent_tui.domain.london import DIVISIONS, HolidayCalendar, parse_govuk_bank_holidays
from brent_tui.domain.models import FoiCase, FoiEvent, FoiStatus
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.store import chain
from brent_tui.store.base import ConflictError, NotFound, StoreBase, StoreError, row_to, sql_value, ts

OUTCOMES = ("granted", "part", "refused", "not_held")
RESPONSE_CHANNELS = ("email", "website")
REGIMES = ("foi", "eir", "review", "sar")
_EDITABLE = frozenset({
    "regime", "applicant_name", "applicant_handle", "profile_url", "contact", "channel", "request_text",
    "received_on", "assignee", "department", "validity_doubtful", "validity_note", "status",
})


class FoiCaseDraft(BaseModel):
    """What an officer types (or a mention prefills) to open a case."""

    model_config = ConfigDict(extra="forbid")

    channel: str
    request_text: str
    received_on: date
    regime: str = "foi"
    mention_id: int | None = None
    applicant_name: str | None = None
    applicant_handle: str | None = None
    profile_url: str | None = None
    contact: str | None = None
    assignee: str | None = None
    department: str | None = None


class FoiFilter(BaseModel):
    """Which cases to list. SQL filters here; due-date filters are applied after the clock runs."""

    model_config = ConfigDict(extra="forbid")

    open_only: bool = True
    statuses: list[FoiStatus] = Field(default_factory=list)
    regime: str | None = None
    assignee: str | None = None
    text: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    limit: int = 2000


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


class FoiStore(StoreBase):
    """FOI cases, their clock events, bank holidays loaded from GOV.UK, and the figures."""

    # ------------------------------------------------------------------ reading

    async def foi_case(self, case_id: int) -> FoiCase:
        row = await self._fetchone("SELECT * FROM foi_cases WHERE id = ?", (case_id,))
        if row is None:
            raise NotFound(f"FOI case {case_id} does not exist (it may have been removed)")
        return row_to(FoiCase, row)

    async def foi_cases(self, flt: FoiFilter | None = None) -> list[FoiCase]:
        """Cases by date of receipt, newest first (open ones are few; closed ones page by ``limit``)."""
        flt = flt or FoiFilter()
        where: list[str] = []
        params: list[Any] = []
        if flt.open_only:
            closed = sorted(foi.CLOSED_STATUSES)
            where.append(f"status NOT IN ({', '.join('?' for _ in closed)})")
            params += closed
        if flt.statuses:
            where.append(f"status IN ({', '.join('?' for _ in flt.statuses)})")
            params += [s.value for s in flt.statuses]
        if flt.regime:
            where.append("regime = ?")
            params.append(flt.regime)
        if flt.assignee:
            where.append("assignee = ?")
            params.append(flt.assignee)
        if flt.text:
            where.append("(request_text LIKE ? ESCAPE '\\' OR applicant_name LIKE ? ESCAPE '\\' "
                         "OR reference LIKE ? ESCAPE '\\' OR applicant_handle LIKE ? ESCAPE '\\')")
            like = "%" + flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [like] * 4
        if flt.received_from:
            where.append("received_on >= ?")
            params.append(flt.received_from.isoformat())
        if flt.received_to:
            where.append("received_on <= ?")
            params.append(flt.received_to.isoformat())
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = await self._fetchall(
            f"SELECT * FROM foi_cases {clause} ORDER BY received_on DESC, id DESC LIMIT ?", [*params, flt.limit]
        )
        return [row_to(FoiCase, r) for r in rows]

    async def foi_events(self, case_ids: Iterable[int]) -> dict[int, list[FoiEvent]]:
        """Events of many cases at once, oldest first."""
        ids = list(dict.fromkeys(case_ids))
        out: dict[int, list[FoiEvent]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = await self._fetchall(
                f"SELECT * FROM foi_events WHERE case_id IN ({', '.join('?' for _ in chunk)}) "
                "ORDER BY on_date, id",
                chunk,
            )
            for r in rows:
                event = row_to(FoiEvent, r)
                out[event.case_id].append(event)
        return out

    async def foi_case_events(self, case_id: int) -> list[FoiEvent]:
        return (await self.foi_events([case_id]))[case_id]

    async def foi_case_for_mention(self, mention_id: int) -> FoiCase | None:
        row = await self._fetchone("SELECT * FROM foi_cases WHERE mention_id = ? ORDER BY id LIMIT 1",
                                   (mention_id,))
        return None if row is None else row_to(FoiCase, row)

    async def _foi_last_changed_by(self, case_id: int) -> str:
        row = await self._fetchone(
            "SELECT who, at FROM audit_log WHERE entity = 'foi_case' AND entity_id = ? ORDER BY id DESC LIMIT 1",
            (str(case_id),),
        )
        return f"{row['who']} at {row['at']}" if row else "another session"

    async def _foi_check_version(self, case_id: int, version: int | None) -> FoiCase:
        case = await self.foi_case(case_id)
        if version is not None and case.version != version:
            who = await self._foi_last_changed_by(case_id)
            raise ConflictError(
                f"FOI case {case.reference or case_id} was changed by {who} since you opened it; "
                "nothing was saved — look at it again and redo your change",
                current=case,
            )
        return case

    # ------------------------------------------------------------------ writing

    async def create_foi_case(self, actor: Actor, draft: FoiCaseDraft) -> FoiCase:
        """Open a case: reference FOI-/EIR-/IR-/SAR-YYYY-NNNNN, validity judged, the mention marked FOI."""
        require(actor, Action.FOI)
        if draft.regime not in REGIMES:
            raise StoreError(f"unknown regime {draft.regime!r}: choose one of {', '.join(REGIMES)}")
        text = (draft.request_text or "").strip()
        if not text:
            raise StoreError("the request text is empty: paste what the applicant asked for")
        channel = (draft.channel or "").strip()
        if not channel:
            raise StoreError("say how the request arrived (the channel: x, mastodon, email, ...)")
        today = clock.today()
        if draft.received_on > today:
            raise StoreError(f"the date of receipt {draft.received_on.isoformat()} is in the future")
        validity = foi.judge_validity(draft.applicant_name, draft.applicant_handle, text, draft.contact)
        now = clock.now()
        prefix = {"foi": "FOI", "eir": "EIR", "review": "IR", "sar": "SAR"}[draft.regime]
        values: dict[str, Any] = {
            "mention_id": draft.mention_id, "regime": draft.regime,
            "applicant_name": _clean(draft.applicant_name), "applicant_handle": _clean(draft.applicant_handle),
            "profile_url": _clean(draft.profile_url), "contact": _clean(draft.contact), "channel": channel,
            "request_text": text, "received_on": draft.received_on, "status": FoiStatus.RECEIVED,
            "validity_doubtful": validity.doubtful, "validity_note": validity.note,
            "assignee": _clean(draft.assignee), "department": _clean(draft.department), "exemptions": [],
            "created_by": actor.login, "created_at": now, "updated_at": now, "version": 0,
        }
        async with self.transaction() as db:
            if draft.mention_id is not None:
                exists = await self._fetchval("SELECT 1 FROM mentions WHERE id = ?", (draft.mention_id,))
                if not exists:
                    raise NotFound(f"mention {draft.mention_id} does not exist")
            case_id = await self._insert(db, "foi_cases", values)
            year = draft.received_on.year
            pattern = f"{prefix}-{year}-%"
            top = await self._fetchval(
                "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM foi_cases WHERE reference LIKE ?",
                (len(prefix) + 7, pattern),
            )
            reference = f"{prefix}-{year}-{int(top or 0) + 1:05d}"
            await db.execute("UPDATE foi_cases SET reference = ? WHERE id = ?", (reference, case_id))
            if draft.mention_id is not None:
                await db.execute("UPDATE mentions SET status = 'foi', version = version + 1 WHERE id = ?",
                                 (draft.mention_id,))
            await self._audit(db, actor.login, "create", "foi_case", case_id, reference=reference,
                              received_on=draft.received_on.isoformat(), regime=draft.regime,
                              mention_id=draft.mention_id, validity_doubtful=validity.doubtful)
        return await self.foi_case(case_id)

    async def update_foi_case(self, actor: Actor, case_id: int, version: int | None, **changes: Any) -> FoiCase:
        """Edit a case's facts; refused when someone changed it since ``version`` was read."""
        require(actor, Action.FOI)
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise StoreError(f"cannot edit {', '.join(sorted(unknown))} of an FOI case here")
        async with self.transaction() as db:
            case = await self._foi_check_version(case_id, version)
            updated = case.model_copy(update=changes)
            if "regime" in changes and changes["regime"] not in REGIMES:
                raise StoreError(f"unknown regime {changes['regime']!r}")
            if {"applicant_name", "applicant_handle", "contact", "request_text"} & set(changes) and not (
                {"validity_doubtful", "validity_note"} & set(changes)
            ):
                v = foi.judge_validity(updated.applicant_name, updated.applicant_handle, updated.request_text,
                                       updated.contact)
                changes["validity_doubtful"], changes["validity_note"] = v.doubtful, v.note
            if {"received_on", "regime"} & set(changes):
                events = (await self.foi_events([case_id]))[case_id]
                self._foi_check_clock(updated, events)
            changes["updated_at"] = clock.now()
            changes["version"] = case.version + 1
            await self._update(db, "foi_cases", case_id, changes)
            await self._audit(db, actor.login, "update", "foi_case", case_id,
                              **{k: sql_value(v) for k, v in changes.items() if k not in ("updated_at",)})
        return await self.foi_case(case_id)

    @staticmethod
    def _foi_check_clock(case: FoiCase, events: list[FoiEvent], today: date | None = None) -> None:
        try:
            foi.check_case_events(case, events, today)
        except foi.ClockError as exc:
            raise StoreError(str(exc)) from None

    async def add_foi_event(
        self,
        actor: Actor,
        case_id: int,
        kind: str,
        on_date: date,
        note: str | None = None,
        *,
        version: int | None = None,
    ) -> FoiEvent:
        """Record what happened on a day; the clock checks the new order first (ClockError → refused)."""
        require(actor, Action.FOI)
        if kind not in foi.EVENT_KINDS:
            raise StoreError(f"unknown event {kind!r}: choose one of {', '.join(foi.EVENT_KINDS)}")
        if kind == "responded":
            raise StoreError("record a response with the response form (r): it needs the outcome and channel")
        now = clock.now()
        async with self.transaction() as db:
            case = await self._foi_check_version(case_id, version)
            events = (await self.foi_events([case_id]))[case_id]
            event = FoiEvent(case_id=case_id, kind=kind, on_date=on_date, note=_clean(note), by=actor.login, at=now)
            self._foi_check_clock(case, [*events, event], foi.receipt_date(now))
            event_id = await self._insert(db, "foi_events", event.model_dump(exclude={"id"}))
            status = foi.EVENT_STATUS.get(kind)
            changes: dict[str, Any] = {"updated_at": now, "version": case.version + 1}
            if status is not None:
                changes["status"] = status
            await self._update(db, "foi_cases", case_id, changes)
            await self._audit(db, actor.login, "add_event", "foi_case", case_id, event_id=event_id, kind=kind,
                              on_date=on_date.isoformat(), note=event.note, status=status)
        return event.model_copy(update={"id": event_id})

    async def delete_foi_event(self, actor: Actor, event_id: int) -> None:
        """Remove an event recorded by mistake (audited); the remaining events must still make sense."""
        require(actor, Action.FOI)
        async with self.transaction() as db:
            row = await self._fetchone("SELECT * FROM foi_events WHERE id = ?", (event_id,))
            if row is None:
                raise NotFound(f"event {event_id} does not exist")
            event = row_to(FoiEvent, row)
            case = await self.foi_case(event.case_id)
            rest = [e for e in (await self.foi_events([case.id or 0]))[case.id or 0] if e.id != event_id]
            self._foi_check_clock(case, rest)
            status = next((foi.EVENT_STATUS[e.kind] for e in reversed(rest) if foi.EVENT_STATUS.get(e.kind)),
                          "received")
            await db.execute("DELETE FROM foi_events WHERE id = ?", (event_id,))
            await self._update(db, "foi_cases", case.id or 0,
                               {"status": status, "updated_at": clock.now(), "version": case.version + 1})
            # The audit row keeps the removed event's place in the chain, so `audit --verify` can
            # tell this removal from a row deleted behind brent-tui's back.
            await self._audit(db, actor.login, "delete_event", "foi_case", case.id, event_id=event_id,
                              kind=event.kind, on_date=event.on_date.isoformat(),
                              **{chain.REMOVED_KEY: chain.removal("foi_events", row)})

    async def record_foi_response(
        self,
        actor: Actor,
        case_id: int,
        *,
        version: int | None,
        responded_on: date,
        channel: str,
        outcome: str,
        exemptions: Iterable[str] = (),
        url: str | None = None,
        note: str | None = None,
    ) -> FoiCase:
        """The response: emailed, or published on the website with the link replied to the post."""
        require(actor, Action.FOI)
        if channel not in RESPONSE_CHANNELS:
            raise StoreError(f"response channel must be one of {', '.join(RESPONSE_CHANNELS)}")
        if outcome not in OUTCOMES:
            raise StoreError(f"outcome must be one of {', '.join(OUTCOMES)}")
        url = _clean(url)
        if channel == "website" and not (url and url.startswith(("https://", "http://"))):
            raise StoreError("a response published on the website needs its link (https://...)")
        cited = [x.strip() for x in exemptions if x and x.strip()]
        if outcome in ("part", "refused") and not cited:
            raise StoreError("a refusal (in full or in part) must cite its exemptions or exceptions (s.17)")
        now = clock.now()
        async with self.transaction() as db:
            case = await self._foi_check_version(case_id, version)
            events = (await self.foi_events([case_id]))[case_id]
            text = note or f"{outcome.replace('_', ' ')} by {channel}" + (f": {url}" if url else "")
            event = FoiEvent(case_id=case_id, kind="responded", on_date=responded_on, note=_clean(text),
                             by=actor.login, at=now)
            self._foi_check_clock(case, [*events, event], foi.receipt_date(now))
            event_id = await self._insert(db, "foi_events", event.model_dump(exclude={"id"}))
            first = case.responded_on is None or case.status != FoiStatus.INTERNAL_REVIEW
            changes: dict[str, Any] = {
                "status": FoiStatus.RESPONDED, "outcome": outcome, "exemptions": cited, "response_channel": channel,
                "response_url": url, "updated_at": now, "version": case.version + 1,
            }
            if first:
                changes["responded_on"] = responded_on
            await self._update(db, "foi_cases", case_id, changes)
            await self._audit(db, actor.login, "respond", "foi_case", case_id, event_id=event_id, outcome=outcome,
                              channel=channel, url=url, exemptions=cited, responded_on=responded_on.isoformat())
        return await self.foi_case(case_id)

    # ------------------------------------------------------------------ bank holidays

    async def load_bank_holidays(self, actor: Actor, data: dict[str, Any], source: str) -> tuple[int, list[int]]:
        """Load a GOV.UK bank-holidays document; it replaces what was loaded for the years it covers."""
        require(actor, Action.FOI)
        try:
            rows = parse_govuk_bank_holidays(data)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        years = sorted({d.year for d, _, _ in rows})
        now = ts(clock.now())
        async with self.transaction() as db:
            for division in DIVISIONS:
                div_years = sorted({d.year for d, dv, _ in rows if dv == division})
                await db.executemany(
                    "DELETE FROM bank_holidays WHERE division = ? AND substr(day, 1, 4) = ?",
                    [(division, f"{y:04d}") for y in div_years],
                )
            merged: dict[tuple[date, str], str] = {}
            for day, division, title in rows:
                key = (day, division)
                merged[key] = f"{merged[key]}; {title}" if key in merged and title not in merged[key] else title
            await db.executemany(
                "INSERT INTO bank_holidays (day, division, title, source, loaded_at) VALUES (?, ?, ?, ?, ?)",
                [(d.isoformat(), dv, t, source, now) for (d, dv), t in sorted(merged.items())],
            )
            await self._audit(db, actor.login, "load", "bank_holidays", None, source=source, days=len(merged),
                              years=years)
        return len(merged), years

    async def bank_holiday_rows(self) -> list[tuple[date, str, str]]:
        rows = await self._fetchall("SELECT day, division, title FROM bank_holidays ORDER BY day, division")
        return [(date.fromisoformat(r["day"]), r["division"], r["title"]) for r in rows]

    async def bank_holidays_info(self) -> tuple[int, str | None, str | None]:
        """How many days are loaded, from where, and when (for the screen and `doctor`)."""
        row = await self._fetchone(
            "SELECT count(*) AS n, max(source) AS source, max(loaded_at) AS at FROM bank_holidays"
        )
        assert row is not None  # an aggregate always returns a row
        return int(row["n"] or 0), row["source"], row["at"]

    async def holiday_calendar(self) -> HolidayCalendar:
        """The calendar used everywhere: the `holidays` package, with GOV.UK data winning for its years."""
        rows = await self.bank_holiday_rows()
        return HolidayCalendar(rows) if rows else HolidayCalendar.default()


def exemptions_text(values: list[str]) -> str:
    return "; ".join(values)


def parse_exemptions(text: str) -> list[str]:
    """``s.40(2); s.43`` or ``s.40(2), s.43`` → a list."""
    parts = [p.strip() for chunk in text.split(";") for p in chunk.split(",")]
    return [p for p in parts if p]


__all__ = ["OUTCOMES", "REGIMES", "RESPONSE_CHANNELS", "FoiCaseDraft", "FoiFilter", "FoiStore", "exemptions_text", "parse_exemptions"]
