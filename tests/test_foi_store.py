"""FOI cases in the store: create, events checked by the clock, responses, bank holidays, figures.

Expected dates are counted by hand ("(n)" = n-th working day, "x" = skipped), as in test_foi_clock.py.
"""

from __future__ import annotations

import copy
import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from brent_tui.domain import foi
from brent_tui.domain.models import FoiStatus, MentionIn, Platform, Role
from brent_tui.domain.roles import Actor, PermissionDeniedError
from brent_tui.services import foi as svc
from brent_tui.store import ConflictError, Store, StoreError
from brent_tui.store.foi import FoiCaseDraft, FoiFilter
from tests.test_foi_clock import GOVUK_2026

D = date
WEB = Actor(login="webby", name="Wendy Webb", role=Role.WEB_TEAM)
OFFICER = Actor(login="officer", role=Role.SERVICE_OFFICER)
GUEST = Actor(login="stranger")
# Cases received up to Wed 25 Nov 2026, counted as of that day: later receipt dates would be refused.
pytestmark = [pytest.mark.at("2026-11-25T12:00:00Z"), pytest.mark.contract]


def draft(received: date, **kw) -> FoiCaseDraft:
    base = {"channel": "email", "request_text": "Please provide the number of potholes repaired.",
            "received_on": received, "applicant_name": "Margaret Doyle", "contact": "m.doyle@example.org"}
    return FoiCaseDraft(**(base | kw))


async def test_create_case_reference_validity_and_audit(store: Store) -> None:
    case = await store.create_foi_case(WEB, draft(D(2026, 11, 25)))
    assert case.reference == "FOI-2026-00001" and case.status is FoiStatus.RECEIVED
    assert case.validity_doubtful is False and case.created_by == "webby"
    second = await store.create_foi_case(WEB, draft(D(2026, 11, 25), regime="eir", applicant_name="bin_fan99",
                                                    contact=None))
    assert second.reference == "EIR-2026-00001"
    assert second.validity_doubtful is True
    assert "real name and email address" in (second.validity_note or "")
    third = await store.create_foi_case(WEB, draft(D(2026, 11, 20)))
    assert third.reference == "FOI-2026-00002"
    audit = await store.audit_entries()
    assert [a.action for a in audit if a.entity == "foi_case"] == ["create", "create", "create"]


async def test_permissions_are_checked_in_the_store(store: Store) -> None:
    with pytest.raises(PermissionDeniedError):
        await store.create_foi_case(OFFICER, draft(D(2026, 11, 25)))
    case = await store.create_foi_case(WEB, draft(D(2026, 11, 25)))
    with pytest.raises(PermissionDeniedError, match="read-only"):
        await store.add_foi_event(GUEST, case.id, "note", D(2026, 11, 25), "hi")


async def test_create_from_a_mention_prefills_and_marks_it(store: Store) -> None:
    # 23:30 UTC on 1 Jul 2026 is 00:30 on 2 Jul in London: the date of receipt is 2 Jul.
    await store.ingest([MentionIn(
        platform=Platform.X, platform_id="99", author_handle="kilburnbins", author_name="Kilburn Bins",
        author_url="https://x.com/kilburnbins", url="https://x.com/kilburnbins/status/99",
        text="@BrentCouncil FOI request: how many missed bin collections in Kilburn in 2025?",
        created_at=datetime(2026, 7, 1, 23, 30, tzinfo=UTC),
    )])
    md = await svc.draft_from_mention(store, 1)
    assert md.draft.received_on == D(2026, 7, 2)
    assert md.draft.applicant_handle == "kilburnbins" and md.draft.channel == "x"
    assert md.draft.applicant_name is None  # "Kilburn Bins" is not a person's name
    assert md.validity.doubtful and md.validity.ask_for == ["real name", "email address"]
    case = await store.create_foi_case(WEB, md.draft)
    assert case.mention_id == 1 and case.validity_doubtful
    mention = await store.get_mention(1)
    assert mention.status.value == "foi"
    assert (await svc.draft_from_mention(store, 1)).existing.id == case.id
    # Due: 2 Jul (0); Boyne substitute Mon 13 Jul is a UK bank holiday (NI) -> Fri 31 Jul 2026.
    row = await svc.case_detail(store, case.id, today=D(2026, 7, 2))
    assert row.clock.due == D(2026, 7, 31)
    text = svc.details_request(case)
    assert "real name and email address" in text and case.reference in text and len(text) <= 280


async def test_events_move_the_due_date_and_impossible_orders_are_refused(store: Store) -> None:
    case = await store.create_foi_case(WEB, draft(D(2026, 3, 2)))
    today = D(2026, 3, 2)
    # Mon 2 Mar 2026 (0): St Patrick's Day Tue 17 Mar (NI) skipped -> Tue 31 Mar.
    assert (await svc.case_detail(store, case.id, today=today)).clock.due == D(2026, 3, 31)
    with pytest.raises(StoreError, match="fee paid is given without the fees notice"):
        await store.add_foi_event(WEB, case.id, "fee_paid", D(2026, 3, 13))
    with pytest.raises(StoreError, match="before the request was received"):
        await store.add_foi_event(WEB, case.id, "fee_notice", D(2026, 2, 27))
    with pytest.raises(StoreError, match="EIR requests only"):
        await store.add_foi_event(WEB, case.id, "eir_extended", D(2026, 3, 3))
    await store.add_foi_event(WEB, case.id, "fee_notice", D(2026, 3, 9), "31 hours")
    row = await svc.case_detail(store, case.id, today=D(2026, 3, 10))
    assert row.case.status is FoiStatus.FEE_NOTICE and row.clock.due is None and row.clock.label == "awaiting fee"
    with pytest.raises(StoreError, match="before the fees notice"):
        await store.add_foi_event(WEB, case.id, "fee_paid", D(2026, 3, 6))
    await store.add_foi_event(WEB, case.id, "fee_paid", D(2026, 3, 13))
    # 9-13 Mar do not count: 31 Mar + 5 working days: W1 Apr, T2, F3 x Good Friday, M6 x Easter Monday,
    # T7, W8, T9 -> Thu 9 Apr 2026.
    row = await svc.case_detail(store, case.id, today=D(2026, 3, 16))
    assert row.case.status is FoiStatus.IN_PROGRESS and row.clock.due == D(2026, 4, 9)
    assert row.case.version == 2
    with pytest.raises(ConflictError, match="changed by webby"):
        await store.add_foi_event(WEB, case.id, "note", D(2026, 3, 16), "stale", version=0)
    kinds = [e.kind for e in row.events]
    assert kinds == ["fee_notice", "fee_paid"]


async def test_future_event_and_review_before_response_are_refused(store: Store) -> None:
    case = await store.create_foi_case(WEB, draft(D(2026, 11, 2)))
    with pytest.raises(StoreError, match="in the future"):
        await store.add_foi_event(WEB, case.id, "note", D(2030, 1, 1))
    with pytest.raises(StoreError, match="only be requested after a response"):
        await store.add_foi_event(WEB, case.id, "review_requested", D(2026, 11, 20))


async def test_update_with_optimistic_version(store: Store) -> None:
    case = await store.create_foi_case(WEB, draft(D(2026, 11, 25)))
    updated = await store.update_foi_case(WEB, case.id, case.version, assignee="cs", contact=None)
    assert updated.assignee == "cs" and updated.version == 1 and updated.validity_doubtful
    with pytest.raises(ConflictError, match="FOI-2026-00001 was changed by webby"):
        await store.update_foi_case(WEB, case.id, case.version, assignee="comms")
    assert (await store.foi_case(case.id)).assignee == "cs"


async def test_holiday_loaded_later_moves_running_deadlines(store: Store) -> None:
    case = await store.create_foi_case(WEB, draft(D(2026, 11, 25)))
    # Wed 25 Nov (0) ... St Andrew's Mon 30 Nov x ... Thu 24 Dec (20).
    before = await svc.list_cases(store, today=D(2026, 11, 25))
    assert before[0].clock.due == D(2026, 12, 24)
    data = copy.deepcopy(GOVUK_2026)
    data["england-and-wales"]["events"].append({"title": "Extra bank holiday", "date": "2026-12-11", "notes": ""})
    days, years = await store.load_bank_holidays(WEB, data, "test")
    assert years == [2026] and days == 29
    # Fri 11 Dec x: 24 Dec is now (19); F25 x, S26, S27, M28 x Boxing Day substitute, Tue 29 Dec (20).
    after = await svc.list_cases(store, today=D(2026, 11, 25))
    assert after[0].clock.due == D(2026, 12, 29)
    assert (await svc.case_detail(store, case.id, today=D(2026, 11, 25))).clock.due == D(2026, 12, 29)
    # Loading again replaces (not duplicates) the year.
    assert (await store.load_bank_holidays(WEB, GOVUK_2026, "again"))[0] == 28
    assert (await svc.case_detail(store, case.id, today=D(2026, 11, 25))).clock.due == D(2026, 12, 24)
    assert (await store.bank_holidays_info())[:2] == (28, "again")
    with pytest.raises(StoreError, match="division 'scotland' is missing"):
        await store.load_bank_holidays(WEB, {"england-and-wales": data["england-and-wales"]}, "bad")


async def test_response_and_list_filters(store: Store) -> None:
    a = await store.create_foi_case(WEB, draft(D(2026, 11, 2), assignee="cs"))
    b = await store.create_foi_case(WEB, draft(D(2026, 10, 1)))
    c = await store.create_foi_case(WEB, draft(D(2026, 11, 20), regime="eir"))
    with pytest.raises(StoreError, match="needs its link"):
        await store.record_foi_response(WEB, a.id, version=a.version, responded_on=D(2026, 11, 24),
                                        channel="website", outcome="granted")
    with pytest.raises(StoreError, match="must cite"):
        await store.record_foi_response(WEB, a.id, version=a.version, responded_on=D(2026, 11, 24),
                                        channel="email", outcome="refused")
    done = await store.record_foi_response(
        WEB, a.id, version=a.version, responded_on=D(2026, 11, 24), channel="website", outcome="part",
        exemptions=["s.40(2)", "s.43"], url="https://www.brent.gov.uk/foi/123")
    assert done.status is FoiStatus.RESPONDED and done.outcome == "part" and done.exemptions == ["s.40(2)", "s.43"]
    today = D(2026, 11, 25)
    open_rows = await svc.list_cases(store, today=today)
    assert [r.case.id for r in open_rows] == [b.id, c.id]  # most urgent first
    # b: Thu 1 Oct 2026 (0) -> Thu 29 Oct (no holidays in October) -> overdue on 25 Nov.
    assert open_rows[0].clock.due == D(2026, 10, 29) and open_rows[0].clock.label == "delayed"
    assert [r.case.id for r in await svc.list_cases(store, today=today, overdue=True)] == [b.id]
    # c: Fri 20 Nov (0), M23 (1) ... F27 (5), M30 x St Andrew's, T1 Dec (6) ... F18 Dec (19), M21 (20).
    # Left on Wed 25 Nov: T26, F27, (M30 x), 1-4 Dec, 7-11, 14-18, M21 = 2 + 4 + 5 + 5 + 1 = 17.
    assert open_rows[1].clock.due == D(2026, 12, 21) and open_rows[1].clock.working_days_left == 17
    assert [r.case.id for r in await svc.list_cases(store, today=today, due_within=17)] == [b.id, c.id]
    assert [r.case.id for r in await svc.list_cases(store, today=today, due_within=16)] == [b.id]
    assert [r.case.id for r in await svc.list_cases(store, FoiFilter(regime="eir"), today=today)] == [c.id]
    everyone = await svc.list_cases(store, FoiFilter(open_only=False, assignee="cs"), today=today)
    assert [r.case.id for r in everyone] == [a.id] and everyone[0].clock.label == "responded in time"


async def _figures_fixture(store: Store) -> dict[str, int]:
    ids = {}
    for name, received in [("A", D(2026, 3, 2)), ("B", D(2026, 3, 2)), ("C", D(2026, 3, 10)),
                           ("D", D(2026, 3, 16)), ("E", D(2026, 3, 20)), ("F", D(2026, 4, 5))]:
        ids[name] = (await store.create_foi_case(WEB, draft(received))).id
    await store.create_foi_case(WEB, draft(D(2026, 3, 3), regime="sar"))  # not an FOI/EIR request
    # A: due Tue 31 Mar, answered Fri 20 Mar (in time), then an internal review.
    case = await store.foi_case(ids["A"])
    await store.record_foi_response(WEB, ids["A"], version=case.version, responded_on=D(2026, 3, 20),
                                    channel="email", outcome="granted")
    await store.add_foi_event(WEB, ids["A"], "review_requested", D(2026, 3, 25))
    # B: due Tue 31 Mar, answered Wed 1 Apr (late).
    await store.record_foi_response(WEB, ids["B"], version=None, responded_on=D(2026, 4, 1), channel="email",
                                    outcome="not_held")
    # C: Tue 10 Mar + PIT: 40 working days -> well after 15 Apr; refused in time.
    await store.add_foi_event(WEB, ids["C"], "pit_extended", D(2026, 3, 20))
    await store.record_foi_response(WEB, ids["C"], version=None, responded_on=D(2026, 4, 15), channel="email",
                                    outcome="refused", exemptions=["s.43(2)"])
    # D: Mon 16 Mar: T17 x, W18 (1) ... F3 Apr x, M6 x ... Thu 16 Apr (20): open and late on 1 May.
    # E: withdrawn. F: Sun 5 Apr: M6 x, T7 (1) ... F1 May (19), M4 x, Tue 5 May (20): open, not yet due.
    await store.add_foi_event(WEB, ids["E"], "withdrawn", D(2026, 3, 25))
    return ids


async def test_figures_per_month_and_quarter_exact(store: Store) -> None:
    ids = await _figures_fixture(store)
    today = D(2026, 5, 1)
    d_row = await svc.case_detail(store, ids["D"], today=today)
    assert d_row.clock.due == D(2026, 4, 16) and d_row.clock.label == "delayed"
    f_row = await svc.case_detail(store, ids["F"], today=today)
    assert f_row.clock.due == D(2026, 5, 5) and f_row.clock.working_days_left == 1
    months = await svc.figures(store, today=today, period="month")
    assert [m.period for m in months] == ["2026-03", "2026-04"]
    march, april = months
    assert (march.received, march.answered, march.in_time, march.late, march.withdrawn) == (5, 3, 2, 2, 1)
    assert (march.extended, march.refused, march.granted, march.not_held, march.reviews) == (1, 1, 1, 1, 1)
    assert march.timeliness == 50.0 and march.mark == "< 90 %: ICO monitors"
    assert (april.received, april.open_in_time, april.timeliness, april.mark) == (1, 1, None, "nothing due yet")
    quarters = await svc.figures(store, today=today, period="quarter")
    assert [(q.period, q.received) for q in quarters] == [("2026 Q1", 5), ("2026 Q2", 1)]


async def test_disclosure_log_csv_has_no_personal_data_and_is_formula_safe(store: Store, tmp_path: Path) -> None:
    case = await store.create_foi_case(WEB, draft(D(2026, 11, 2), request_text="=HYPERLINK(\"x\") potholes"))
    await store.record_foi_response(WEB, case.id, version=None, responded_on=D(2026, 11, 20), channel="website",
                                    outcome="granted", url="https://www.brent.gov.uk/foi/1")
    await store.create_foi_case(WEB, draft(D(2026, 11, 3)))  # open: not in the log
    target = tmp_path / "log.csv"
    assert await svc.export_disclosure_log(store, target, today=D(2026, 11, 25)) == 1
    rows = list(csv.reader(io.StringIO(target.read_text())))
    assert rows[0] == list(svc.DISCLOSURE_COLUMNS)
    assert rows[1][:6] == ["FOI-2026-00001", "foi", "2026-11-02", "2026-11-20", "yes", "granted"]
    assert rows[1][-1].startswith("'=HYPERLINK")
    assert "Doyle" not in target.read_text() and "example.org" not in target.read_text()
    with pytest.raises(Exception, match="already exists"):
        await svc.export_disclosure_log(store, target, today=D(2026, 11, 25))


def test_validity_rule() -> None:
    assert foi.looks_like_real_name("Margaret Doyle")
    assert foi.looks_like_real_name("Dr A. Okafor")
    assert foi.looks_like_real_name("Siân Ní Bhriain")
    assert foi.looks_like_real_name("Mary-Jane O'Neil")
    for bad in ("bin_watcher99", "Sam", "Kilburn Residents Association", "Brent & Kilburn Times", "@margaret",
                "Margaret Doyle 2", "A. B.", "Smith J", "", None, "Brent Council"):
        assert not foi.looks_like_real_name(bad), bad
    assert not foi.looks_like_real_name("Margaret Doyle", handle="margaretdoyle")
    ok = foi.judge_validity("Margaret Doyle", "mdoyle", "FOI please: email me at m.d@example.org")
    assert not ok.doubtful and ok.email == "m.d@example.org" and ok.note.startswith("valid request")
    post = foi.judge_validity("Margaret Doyle", "mdoyle", "Write to me at 12 Acacia Road, London NW10 7RR")
    assert not post.doubtful and post.postal_address
    handle_only = foi.judge_validity("Margaret Doyle", "mdoyle", "FOI: how many potholes?")
    assert handle_only.doubtful and handle_only.ask_for == ["email address"]
    assert "Ghafoor" in handle_only.note and "clock runs from the post" in handle_only.note
    neither = foi.judge_validity("binfan", "binfan", "FOI: how many potholes?")
    assert neither.ask_for == ["real name", "email address"]
    assert "send them" in foi.ask_for_details_text(neither, "FOI-2026-00001", D(2026, 11, 25))
    assert "send it" in foi.ask_for_details_text(handle_only, None, D(2026, 11, 25))
    assert not foi.has_postal_address("NW10 is a postcode district")
