"""Reply templates: a link for every everyday topic, greeting, holding statement, tone-clean."""

from __future__ import annotations

from datetime import UTC, datetime

from brent_tui.domain.replies import COUNCIL_WEBSITE, TEMPLATES, draft_reply
from brent_tui.domain.tone import ToneSettings, check_text
from brent_tui.domain.triage import default_rules

WEEKDAY_NOON = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


def test_every_non_emergency_topic_has_a_template() -> None:
    topics = {r.topic for r in default_rules() if not r.emergency}
    assert topics <= set(TEMPLATES)


def test_department_website_wins_and_handle_is_addressed() -> None:
    d = draft_reply("bins", website="https://www.brent.gov.uk/my-bins", handle="@jo")
    assert d.text.startswith("@jo ") and d.text.endswith("https://www.brent.gov.uk/my-bins")
    assert d.template == "bins"
    general = draft_reply(None)
    assert general.template == "general" and general.link == COUNCIL_WEBSITE


def test_holding_statement_leads_in_an_incident() -> None:
    d = draft_reply("flooding", holding_statement="We are aware of flooding in Stonebridge.", handle="a")
    assert d.text.startswith("@a We are aware of flooding") and "999" in d.text and d.template == "incident"


def test_templates_pass_the_tone_check() -> None:
    settings = ToneSettings()
    for topic in TEMPLATES:
        text = draft_reply(topic, handle="resident").text
        assert [f.message for f in check_text(text, when=WEEKDAY_NOON, settings=settings)] == [], topic


def test_an_invalid_foi_request_is_told_how_to_make_a_valid_one() -> None:
    d = draft_reply("bins", handle="binfan77", invalid_foi=True, holding_statement="We are aware.")
    assert d.template == "invalid FOI request" and d.text.startswith("@binfan77 ")
    assert "real name" in d.text and "address for correspondence" in d.text and d.link in d.text
    assert [f.message for f in check_text(d.text, when=WEEKDAY_NOON, settings=ToneSettings())] == []
