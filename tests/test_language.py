"""Language detection (offline, py3langid) and what the rules do with a language no officer reads.

The sentences are this file's own, not from the evaluation set.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from brent_tui.domain.language import detect_language, language_name, needs_reader, reader_needed
from brent_tui.domain.models import Platform, Route
from brent_tui.domain.triage import Suggestion, TriageInput, TriageSettings, explain, suggest
from tests.conftest import DATA_NOW

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "code"), [
    ("The bins on our road have not been emptied for three weeks now", "en"),
    ("Śmieci na naszej ulicy nie były odbierane od trzech tygodni", "pl"),
    ("Gunoiul de pe strada noastră nu a fost ridicat de trei săptămâni", "ro"),
    ("لم يتم جمع القمامة في شارعنا منذ ثلاثة أسابيع", "ar"),
    ("Qashinka waddadayada lama qaadin muddo saddex toddobaad ah", "so"),
    ("O lixo da nossa rua não é recolhido há três semanas", "pt"),
    ("ہماری گلی کا کچرا تین ہفتوں سے نہیں اٹھایا گیا", "ur"),
    ("எங்கள் தெருவில் மூன்று வாரங்களாக குப்பை எடுக்கப்படவில்லை", "ta"),
    ("हमारी गली का कचरा तीन हफ्तों से नहीं उठाया गया है", "hi"),
    ("La basura de nuestra calle no se ha recogido desde hace tres semanas", "es"),
    ("Níor bailíodh an bruscar ar ár sráid le trí seachtaine anuas", "ga"),
    ("Les poubelles de notre rue n'ont pas été ramassées depuis trois semaines", "fr"),
    ("અમારી શેરીનો કચરો ત્રણ અઠવાડિયાથી ઉપાડવામાં આવ્યો નથી", "gu"),
])
def test_detects_the_languages_spoken_in_brent(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["Same", "👍👍", "ok??", "@Brent_Council lol", "", "12345"])
def test_too_short_to_tell_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_names_and_readers() -> None:
    assert language_name("gu") == "Gujarati" and language_name("en-GB") == "English"
    assert language_name(None) == "unknown" and language_name("xx") == "xx"
    assert needs_reader("gu", ["en"]) and not needs_reader("pl", ["en", "pl"])
    assert not needs_reader(None, ["en"]) and not needs_reader("en-GB", ["en"])
    assert reader_needed("suggested 1 · Monitor: …\nneeds a reader of Gujarati") == "Gujarati"
    assert reader_needed("suggested 1 · Monitor: …") is None and reader_needed(None) is None


def run(text: str, settings: TriageSettings | None = None, **kw: object) -> Suggestion:
    kw.setdefault("platform", Platform.X)
    kw.setdefault("author_handle", "@resident")
    kw.setdefault("author_followers", 40)
    return suggest(TriageInput(text=text, created_at=NOW, now=NOW, **kw), settings)  # type: ignore[arg-type]


GUJARATI = "અમારી શેરીનો કચરો ત્રણ અઠવાડિયાથી ઉપાડવામાં આવ્યો નથી"


def test_a_language_nobody_reads_is_flagged_not_silently_monitored() -> None:
    s = run(GUJARATI)
    assert s.language == "gu" and s.needs_reader == "Gujarati"
    assert "needs a reader of Gujarati" in s.route_reason
    assert "needs a reader of Gujarati" in explain(s).splitlines()
    read = run(GUJARATI, TriageSettings(languages_read=["en", "gu"]))
    assert read.language == "gu" and read.needs_reader is None
    assert "needs a reader" not in explain(read)


def test_an_unread_language_is_routed_by_the_cues_that_need_no_reading() -> None:
    assert run(GUJARATI, author_followers=80_000).route is Route.WEB_TEAM  # reach
    assert run(GUJARATI, is_reply=True, thread_mentions=2).route is Route.SERVICE_CONVERSATION  # thread
    own = run("Mój numer sprawy to 12345678, kosz nadal nie został odebrany z ulicy")
    assert own.needs_reader == "Polish" and own.route is Route.CUSTOMER_SERVICES  # a reference number


def test_english_gets_no_flag() -> None:
    s = run("The bins on our road have not been emptied for three weeks now")
    assert s.language == "en" and s.needs_reader is None


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_the_scorer_stores_the_detected_language_beside_the_networks(store) -> None:
    from brent_tui.config import Config
    from brent_tui.services.scoring import score_pending
    from tests.conftest import BASE_TIME, make_mention

    await store.ingest([make_mention(0, text=GUJARATI, language="en"),
                        make_mention(1, text="Thanks for fixing the streetlight on our road so quickly")])
    await score_pending(store, Config(), now=BASE_TIME)
    gu, en = await store.get_mention(1), await store.get_mention(2)
    assert gu.language == "en" and gu.detected_language == "gu"  # the network's kept, the detected beside it
    assert "needs a reader of Gujarati" in gu.reasons
    assert en.detected_language == "en"
