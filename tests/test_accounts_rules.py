"""Account governance rules: thin answers, owners, campaign dates, dormant threshold, review states."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from brent_tui.domain.accounts import (
    QUESTIONS,
    AccountRuleError,
    Party,
    RegistryFilter,
    RequestDraft,
    Reviewers,
    account_from_request,
    answer_notice,
    assess,
    check_answer,
    check_answer_to_question,
    check_owners,
    check_withdraw,
    decide,
    growth_per_day,
    is_dormant,
    parse_owners,
    request_age,
    request_problems,
    review_notice,
    review_state,
    submitted_notice,
)
from brent_tui.domain.models import (
    AccountRequest,
    AccountReview,
    CouncilAccount,
    FollowerSample,
    Platform,
    RequestStatus,
    ReviewDecision,
    Role,
)
from brent_tui.domain.roles import Actor, PermissionDeniedError

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)
WEB = Actor(login="webby", role=Role.WEB_TEAM)
HEAD = Actor(login="head", role=Role.HEAD_OF_SERVICE, department="Environment")
OTHER_HEAD = Actor(login="otherhead", role=Role.HEAD_OF_SERVICE, department="Housing")
OFFICER = Actor(login="officer", role=Role.SERVICE_OFFICER, department="Environment")
REVIEWERS = Reviewers(web_team=["webby"], head="head", department="Environment")
GOOD = {
    "audience": "Residents who recycle, especially in flats in Harlesden and Kilburn.",
    "objectives": "Cut contamination in recycling bins by a fifth and fewer missed collection calls.",
    "why_own_account": "Weekly bin tips would swamp the main council account; our audience wants only this.",
    "content_commitment": "Yes: two officers share a rota and a three-month plan of weekly posts and replies.",
}


def draft(**extra) -> RequestDraft:
    values = dict(department="Environment", platform=Platform.X, handle="@BrentRecyclesMore",
                  owners=["officer", "head"], posting_frequency="3 posts a week", house_rules_ack=True, **GOOD)
    values.update(extra)
    return RequestDraft(**values)


def request(status: RequestStatus = RequestStatus.SUBMITTED, **extra) -> AccountRequest:
    return AccountRequest(id=1, requester="officer", department="Environment", platform=Platform.X,
                          handle="@BrentRecyclesMore", owners=["officer", "head"], posting_frequency="weekly",
                          status=status, created_at=NOW, updated_at=NOW, **GOOD, **extra)


def review(who: str, role: Role | None, decision: ReviewDecision, comment: str | None = None) -> AccountReview:
    return AccountReview(request_id=1, reviewer=who, role=role, decision=decision, comment=comment, at=NOW)


# --------------------------------------------------------------------------- answers


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_answer_refused(text: str | None) -> None:
    assert "no answer given" in (check_answer("audience", text) or "")


@pytest.mark.parametrize("text", ["n/a", "N/A", "tbc", "TBC.", "yes", "Yes!", "-", "see above", "not sure"])
def test_placeholder_refused_with_reason(text: str) -> None:
    problem = check_answer("content_commitment", text)
    assert problem and "placeholder" in problem


def test_too_few_words_refused_and_says_how_many() -> None:
    problem = check_answer("audience", "Residents of Brent.")
    assert problem and "3 words" in problem and "at least 6" in problem


def test_repeating_the_question_refused() -> None:
    for field, question in QUESTIONS.items():
        problem = check_answer(field, question)
        assert problem and "repeats the question" in problem


def test_repeated_words_refused() -> None:
    assert "same few words" in (check_answer("objectives", "bins bins bins bins bins bins bins") or "")


def test_good_answers_pass() -> None:
    for field, text in GOOD.items():
        assert check_answer(field, text) is None


def test_six_words_is_enough() -> None:
    assert check_answer("audience", "Parents of children starting school soon") is None
    assert check_answer("audience", "Parents of children starting school") is not None


def test_very_long_answer_refused() -> None:
    assert "under 4,000" in (check_answer("audience", "word " * 1000) or "")


# --------------------------------------------------------------------------- owners, campaign, whole request


def test_owners_need_two_known_logins() -> None:
    known = ["officer", "head", "webby"]
    assert "at least 2 owners" in (check_owners(["officer"], known) or "")
    assert "at least 2 owners" in (check_owners(["officer", "officer"], known) or "")
    assert "stranger: not in the brent-tui config" in (check_owners(["officer", "stranger"], known) or "")
    assert check_owners(["officer", "head"], known) is None


def test_parse_owners() -> None:
    assert parse_owners(" officer, head;head  webby ") == ["officer", "head", "webby"]


def test_campaign_needs_future_end_date() -> None:
    known = ["officer", "head"]
    problems = request_problems(draft(campaign=True), known_logins=known, today=TODAY)
    assert any("campaign ends" in p for p in problems)
    past = request_problems(draft(campaign=True, campaign_ends_on=TODAY), known_logins=known, today=TODAY)
    assert any("not in the future" in p for p in past)
    assert request_problems(draft(campaign=True, campaign_ends_on=TODAY + timedelta(days=60)),
                            known_logins=known, today=TODAY) == []


def test_whole_request_lists_every_problem_in_form_order() -> None:
    bad = draft(handle="", audience="tbc", owners=["officer"], posting_frequency="", house_rules_ack=False)
    problems = request_problems(bad, known_logins=["officer"], today=TODAY, departments=["Environment"])
    assert len(problems) == 5
    assert problems[0].startswith("Give the proposed handle")
    assert "placeholder" in problems[1] and "owners" in problems[2] and "how often" in problems[3]
    assert "house rules" in problems[4]


def test_unknown_department_refused() -> None:
    problems = request_problems(draft(department="Nowhere"), known_logins=["officer", "head"], today=TODAY,
                                departments=["Environment", "Housing"])
    assert problems == ["'Nowhere' is not a department in the config; choose one of: Environment, Housing."]


def test_space_in_x_handle_refused() -> None:
    problems = request_problems(draft(handle="Brent Recycles"), known_logins=["officer", "head"], today=TODAY)
    assert problems == ["A handle on x cannot contain spaces."]


# --------------------------------------------------------------------------- dormant and owners


@pytest.mark.parametrize(("days_ago", "dormant"), [(29, False), (30, True), (31, True)])
def test_dormant_around_the_threshold(days_ago: int, dormant: bool) -> None:
    last = NOW - timedelta(days=days_ago)
    assert is_dormant(last, now=NOW, dormant_days=30) is dormant


def test_dormant_a_second_either_side_of_exactly_n_days() -> None:
    assert not is_dormant(NOW - timedelta(days=30) + timedelta(seconds=1), now=NOW, dormant_days=30)
    assert is_dormant(NOW - timedelta(days=30), now=NOW, dormant_days=30)


def test_threshold_is_configurable() -> None:
    last = NOW - timedelta(days=10)
    assert is_dormant(last, now=NOW, dormant_days=7)
    assert not is_dormant(last, now=NOW, dormant_days=14)


@pytest.mark.parametrize(("created_days_ago", "dormant"), [(29, False), (30, True), (31, True)])
def test_never_posted_is_dormant_once_older_than_threshold(created_days_ago: int, dormant: bool) -> None:
    created = TODAY - timedelta(days=created_days_ago)
    assert is_dormant(None, now=NOW, dormant_days=30, created_on=created) is dormant
    assert is_dormant(None, now=NOW, dormant_days=30)  # nobody recorded when it opened


def test_assess_uses_latest_of_registry_and_published_posts_and_flags_no_owner() -> None:
    account = CouncilAccount(id=1, platform=Platform.X, handle="@A", service="Web", officers=[],
                             last_post_at=NOW - timedelta(days=40))
    entry = assess(account, last_published=NOW - timedelta(days=2), samples=[], now=NOW, dormant_days=30)
    assert entry.last_post_at == NOW - timedelta(days=2) and not entry.dormant
    assert entry.no_owner and entry.flags == ["no owner"]
    stale = assess(account.model_copy(update={"officers": ["x"]}), last_published=None, samples=[], now=NOW,
                   dormant_days=30)
    assert stale.flags == ["dormant"]


def test_retired_accounts_are_not_flagged_dormant() -> None:
    account = CouncilAccount(platform=Platform.X, handle="@A", service="Web", officers=["x"], active=False)
    assert not assess(account, last_published=None, samples=[], now=NOW, dormant_days=30).dormant


def test_growth_per_day() -> None:
    samples = [FollowerSample(account_id=1, at=NOW - timedelta(days=10), followers=1000),
               FollowerSample(account_id=1, at=NOW, followers=1120)]
    assert growth_per_day(samples) == pytest.approx(12.0)
    assert growth_per_day(samples[:1]) is None
    assert growth_per_day([samples[1], samples[1]]) is None


def test_registry_filter() -> None:
    a = assess(CouncilAccount(platform=Platform.X, handle="@A", service="Housing", officers=[]),
               last_published=NOW, samples=[], now=NOW, dormant_days=30)
    assert RegistryFilter(platform=Platform.X, service="housing", no_owner_only=True).matches(a)
    assert not RegistryFilter(platform=Platform.FACEBOOK).matches(a)
    assert not RegistryFilter(dormant_only=True).matches(a)


# --------------------------------------------------------------------------- review state machine


def test_both_must_approve_in_either_order() -> None:
    r = request()
    party, status = decide(r, [], actor=WEB, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE, comment=None)
    assert (party, status) == (Party.WEB_TEAM, RequestStatus.SUBMITTED)
    reviews = [review("webby", Role.WEB_TEAM, ReviewDecision.APPROVE)]
    assert review_state(r, reviews).waiting_on == [Party.HEAD]
    assert decide(r, reviews, actor=HEAD, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE,
                  comment=None) == (Party.HEAD, RequestStatus.APPROVED)
    head_first = [review("head", Role.HEAD_OF_SERVICE, ReviewDecision.APPROVE)]
    assert review_state(r, head_first).waiting_on == [Party.WEB_TEAM]
    assert decide(r, head_first, actor=WEB, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE,
                  comment=None)[1] is RequestStatus.APPROVED


def test_same_party_cannot_approve_twice() -> None:
    reviews = [review("webby", Role.WEB_TEAM, ReviewDecision.APPROVE)]
    with pytest.raises(AccountRuleError, match="already approved"):
        decide(request(), reviews, actor=Actor(login="webby2", role=Role.WEB_TEAM), reviewers=REVIEWERS,
               decision=ReviewDecision.APPROVE, comment=None)


def test_service_officer_and_other_head_refused() -> None:
    with pytest.raises(PermissionDeniedError, match="service officer.*cannot decide account requests"):
        decide(request(), [], actor=OFFICER, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE, comment=None)
    with pytest.raises(PermissionDeniedError, match="not the head of service for Environment: only head"):
        decide(request(), [], actor=OTHER_HEAD, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE,
               comment=None)


def test_no_head_configured_is_explained() -> None:
    with pytest.raises(PermissionDeniedError, match="no head of service in the config"):
        decide(request(), [], actor=HEAD, reviewers=Reviewers(web_team=["webby"], head=None,
                                                              department="Environment"),
               decision=ReviewDecision.APPROVE, comment=None)


def test_more_info_round_trip_keeps_the_other_approval() -> None:
    r = request()
    reviews = [review("webby", Role.WEB_TEAM, ReviewDecision.APPROVE)]
    party, status = decide(r, reviews, actor=HEAD, reviewers=REVIEWERS, decision=ReviewDecision.MORE_INFO,
                           comment="What will you post in August?")
    assert status is RequestStatus.MORE_INFO
    reviews.append(review("head", Role.HEAD_OF_SERVICE, ReviewDecision.MORE_INFO, "What will you post in August?"))
    waiting = request(RequestStatus.MORE_INFO)
    state = review_state(waiting, reviews)
    assert state.waiting_on == [Party.REQUESTER] and state.question and state.question.reviewer == "head"
    assert state.turn_label(waiting, REVIEWERS) == "requester (officer)"
    with pytest.raises(AccountRuleError, match="waiting for the requester"):
        decide(waiting, reviews, actor=HEAD, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE, comment=None)
    with pytest.raises(AccountRuleError, match="not answered"):
        decide(waiting, reviews, actor=WEB, reviewers=REVIEWERS, decision=ReviewDecision.MORE_INFO,
               comment="And another question?")
    check_answer_to_question(waiting, OFFICER, "Summer events in the parks and bulky waste days.")
    with pytest.raises(PermissionDeniedError, match="only the requester"):
        check_answer_to_question(waiting, WEB, "I will answer for them")
    with pytest.raises(AccountRuleError, match="write your answer"):
        check_answer_to_question(waiting, OFFICER, "ok")
    reviews.append(review("officer", None, ReviewDecision.ANSWER, "Summer events in the parks."))
    back = request(RequestStatus.SUBMITTED)
    state = review_state(back, reviews)
    assert state.waiting_on == [Party.HEAD] and state.approved_by == {Party.WEB_TEAM: "webby"}
    assert state.turn_label(back, REVIEWERS) == "head of service (head)"
    assert decide(back, reviews, actor=HEAD, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE,
                  comment=None)[1] is RequestStatus.APPROVED


def test_question_and_reject_need_text() -> None:
    for decision in (ReviewDecision.MORE_INFO, ReviewDecision.REJECT):
        with pytest.raises(AccountRuleError):
            decide(request(), [], actor=WEB, reviewers=REVIEWERS, decision=decision, comment="no")
    assert decide(request(), [], actor=WEB, reviewers=REVIEWERS, decision=ReviewDecision.REJECT,
                  comment="The main account already covers this well.")[1] is RequestStatus.REJECTED


def test_closed_requests_take_no_decisions_or_withdrawal() -> None:
    for status in (RequestStatus.APPROVED, RequestStatus.REJECTED, RequestStatus.WITHDRAWN):
        with pytest.raises(AccountRuleError, match="already"):
            decide(request(status), [], actor=WEB, reviewers=REVIEWERS, decision=ReviewDecision.APPROVE,
                   comment=None)
        with pytest.raises(AccountRuleError, match="already"):
            check_withdraw(request(status), OFFICER)
        assert review_state(request(status), []).waiting_on == []
    with pytest.raises(PermissionDeniedError):
        check_withdraw(request(), WEB)


def test_reviewer_cannot_answer() -> None:
    with pytest.raises(AccountRuleError, match="from the requester"):
        decide(request(), [], actor=WEB, reviewers=REVIEWERS, decision=ReviewDecision.ANSWER, comment="x y z")


def test_turn_label_without_head() -> None:
    no_head = Reviewers(web_team=["webby"], head=None, department="Parks")
    assert review_state(request(), []).turn_label(request(), no_head) == \
        "web team + head of service (none set for Parks)"


@pytest.mark.parametrize(("delta", "label"), [(timedelta(minutes=5), "5 min"), (timedelta(hours=3), "3 h"),
                                              (timedelta(days=2, hours=5), "2 d"), (timedelta(days=35), "5 w")])
def test_request_age(delta: timedelta, label: str) -> None:
    assert request_age(NOW - delta, NOW) == label


def test_account_from_request() -> None:
    account = account_from_request(request(campaign_ends_on=date(2027, 3, 1)), today=TODAY)
    assert account.officers == ["officer", "head"] and account.house_rules_ack and account.service == "Environment"
    assert account.campaign_ends_on == date(2027, 3, 1) and account.created_on == TODAY


# --------------------------------------------------------------------------- who is told


def test_request_notices_reach_the_next_party_and_never_the_actor() -> None:
    new = submitted_notice(1, request(), OFFICER, REVIEWERS)
    assert new is not None and new.recipients == ("webby", "head") and new.kind == "account_request"
    assert new.text.startswith("New account request #1 from officer (Environment): @BrentRecyclesMore on x.")
    first = review_notice(request(), WEB, REVIEWERS, party=Party.WEB_TEAM, decision=ReviewDecision.APPROVE,
                          status=RequestStatus.SUBMITTED, comment="fine by us")
    assert first is not None and first.recipients == ("officer", "head")  # the head's turn
    assert first.text == "webby (web team) approved your account request #1 (@BrentRecyclesMore): fine by us"
    both = review_notice(request(), HEAD, REVIEWERS, party=Party.HEAD, decision=ReviewDecision.APPROVE,
                         status=RequestStatus.APPROVED, comment=None)
    assert both is not None and both.recipients == ("officer",) and "in the registry" in both.text
    assert answer_notice(request(), OFFICER, "webby", "two of us").recipients == ("webby",)  # type: ignore[union-attr]
    assert answer_notice(request(), OFFICER, None, "two of us") is None
    assert submitted_notice(1, request(), WEB, Reviewers(web_team=["webby"], department="Environment")) is None



def test_filler_audience_and_frequency_are_refused_with_the_reason() -> None:
    from brent_tui.domain.accounts import check_frequency

    aim = check_answer("audience", "to get more followers for the council")
    assert aim is not None and "is an aim, not an audience" in aim
    vanity = check_answer("audience", "more likes and more reach for our service pages")
    assert vanity is not None and "counts followers or reach, not people" in vanity
    assert check_answer("audience", "To reach foster carers and people thinking of fostering in Brent") is None
    assert check_answer("audience", "Foster carers in Brent; our page already has 2,000 followers") is None
    for vague in ("sometimes", "When needed", "regularly", "as and when"):
        problem = check_frequency(vague)
        assert problem is not None and "is not a plan" in problem, vague
    for plan in ("3 posts a week", "3-5 posts a week, more in summer", "Weekly", "every weekday", "twice a month"):
        assert check_frequency(plan) is None, plan
