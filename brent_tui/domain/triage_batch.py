"""Triage a batch of mentions read from a file, the way the app triages them as they arrive (pure).

`brent-tui triage suggest` and the benchmark use this to check a rule change against a month of
mentions before switching it on. What the app reads from the database is read from the batch
itself: the thread (the other mentions of the same thread in the batch, and whether the post a reply
answers was escalated) and the topic volume (the batch's mentions on the same topic in the window
before each one, as if each were scored the moment it arrived). Key people come from the caller (the
database, when one is given).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from brent_tui.domain import triage
from brent_tui.domain.learned import LearnedModel, with_learning
from brent_tui.domain.models import KeyPerson, Mention, MentionIn, Route
from brent_tui.domain.text import normalise_handle


def thread_sizes(mentions: Sequence[MentionIn]) -> list[int]:
    """Per mention, the other mentions of its thread in the batch (replies to it, without a thread id).

    The same count the store makes of the database (`Store.thread_counts`).
    """
    threads: dict[tuple[str, str], int] = {}
    replies_to: dict[tuple[str, str], int] = {}
    for m in mentions:
        if m.thread_id:
            key = (m.platform.value, m.thread_id)
            threads[key] = threads.get(key, 0) + 1
        if m.reply_to_id:
            key = (m.platform.value, m.reply_to_id)
            replies_to[key] = replies_to.get(key, 0) + 1
    return [
        threads[(m.platform.value, m.thread_id)] - 1 if m.thread_id
        else replies_to.get((m.platform.value, m.platform_id), 0)
        for m in mentions
    ]


def topic_volumes(mentions: Sequence[MentionIn], settings: triage.TriageSettings) -> list[tuple[int, float]]:
    """Per mention, (its topic's count in the window up to it, the usual count per window before that)."""
    window = timedelta(hours=settings.volume_window_hours)
    base = timedelta(hours=settings.volume_baseline_hours)
    per_window = base / window
    topics = [triage.detect_topic(m.text, settings) for m in mentions]
    times: dict[str, list[float]] = {}
    for m, rule in zip(mentions, topics, strict=True):
        if rule is not None:
            times.setdefault(rule.topic, []).append(m.created_at.timestamp())
    for stamps in times.values():
        stamps.sort()
    out: list[tuple[int, float]] = []
    w, b = window.total_seconds(), base.total_seconds()
    for m, rule in zip(mentions, topics, strict=True):
        if rule is None:
            out.append((0, 0.0))
            continue
        stamps, t = times[rule.topic], m.created_at.timestamp()
        upto = bisect_right(stamps, t)
        recent = upto - bisect_left(stamps, t - w, 0, upto)
        usual = bisect_left(stamps, t - w, 0, upto) - bisect_left(stamps, t - w - b, 0, upto)
        out.append((recent, usual / per_window))
    return out


def triage_input(
    m: MentionIn | Mention,
    *,
    thread_held: int,
    person: KeyPerson | None,
    volume: tuple[int, float],
    now: datetime,
) -> triage.TriageInput:
    """The rules' view of one mention, stored or not: the app's scorer and `triage suggest` both use it."""
    recent, usual = volume
    return triage.TriageInput(
        text=m.text,
        platform=m.platform,
        author_handle=m.author_handle,
        author_name=m.author_name,
        author_followers=m.author_followers,
        author_verified=m.author_verified,
        author_is_key_person=person is not None,
        key_person_category=person.category if person else None,
        thread_replies=max(thread_held, m.replies or 0),
        likes=m.likes or 0,
        reposts=m.reposts or 0,
        thread_mentions=thread_held,
        is_reply=bool(m.reply_to_id),
        topic_volume_recent=recent,
        topic_volume_baseline=usual,
        created_at=m.created_at,
        now=now,
    )


class EscalatedPost(NamedTuple):
    """A post suggested escalate, as a reply under it needs it: who wrote it, and when."""

    author_handle: str
    created_at: datetime


#: The reporter's own follow-up is part of their escalated case within this time; later it is a new matter
#: ("I've moved out, please close my account" a month after a flood).
FOLLOW_UP_WITHIN = timedelta(days=2)


def escalated_above(m: MentionIn | Mention,
                    escalated: Mapping[tuple[str, str], EscalatedPost]) -> list[EscalatedPost]:
    """The escalated posts `m` replies to or in whose thread it is (`escalated` by (network, id)); none
    when it is not a reply or answers no escalation."""
    if not m.reply_to_id:
        return []
    return [escalated[key] for up in (m.reply_to_id, m.thread_id) if up
            and (key := (m.platform.value, up)) in escalated]


def follows_up_own(m: MentionIn | Mention, above: Sequence[EscalatedPost]) -> bool:
    """Whether `m` is its author's own follow-up, soon after, of an escalated post it replies under."""
    return any(normalise_handle(p.author_handle) == normalise_handle(m.author_handle)
               and timedelta(0) <= m.created_at - p.created_at <= FOLLOW_UP_WITHIN for p in above)


def with_thread(mentions: Sequence[MentionIn | Mention], inputs: Sequence[triage.TriageInput],
                settings: triage.TriageSettings, model: LearnedModel | None,
                escalated: Mapping[tuple[str, str], EscalatedPost] | None = None) -> list[triage.Suggestion]:
    """Each mention's suggestion (the rules, then what the model learned), read a second time when it
    replies under a post escalated before it — held already (`escalated`) or in this batch."""
    first = [with_learning(triage.suggest(inp, settings), model, m.text) for m, inp in zip(mentions, inputs,
                                                                                         strict=True)]
    in_batch = {(m.platform.value, m.platform_id): EscalatedPost(m.author_handle, m.created_at)
                for m, s in zip(mentions, first, strict=True) if s.route is Route.ESCALATE}
    raised = {**(escalated or {}), **in_batch}
    out = []
    for m, inp, s in zip(mentions, inputs, first, strict=True):
        above = escalated_above(m, raised)
        if above:
            s = with_learning(triage.suggest(inp.model_copy(update={
                "answers_escalation": True, "follows_own_escalation": follows_up_own(m, above)}), settings),
                model, m.text)
        out.append(s)
    return out


def key_people_index(people: Iterable[KeyPerson]) -> dict[tuple[str, str], KeyPerson]:
    """Key people by network and handle as the networks compare them (see `normalise_handle`)."""
    return {(p.platform.value, normalise_handle(p.handle)): p for p in people}


def key_person(people: Mapping[tuple[str, str], KeyPerson], m: MentionIn | Mention) -> KeyPerson | None:
    return people.get((m.platform.value, normalise_handle(m.author_handle)))


def build_inputs(
    mentions: Sequence[MentionIn],
    settings: triage.TriageSettings,
    key_people: Mapping[tuple[str, str], KeyPerson] | None = None,
) -> list[triage.TriageInput]:
    """The rules' view of each mention, with the thread and volume read from the batch (each scored as
    it arrived: `now` is its own time)."""
    people = key_people or {}
    return [
        triage_input(m, thread_held=held, person=key_person(people, m), volume=volume, now=m.created_at)
        for m, held, volume in zip(mentions, thread_sizes(mentions), topic_volumes(mentions, settings), strict=True)
    ]


def suggest_batch(
    mentions: Sequence[MentionIn],
    settings: triage.TriageSettings | None = None,
    key_people: Mapping[tuple[str, str], KeyPerson] | None = None,
    model: LearnedModel | None = None,
) -> list[triage.Suggestion]:
    """Each mention's suggestion as the app's scorer makes it: the rules, the model, the thread."""
    s = settings or triage.default_settings()
    return with_thread(mentions, build_inputs(mentions, s, key_people), s, model)


def record(mention: MentionIn, s: triage.Suggestion) -> dict[str, Any]:
    """One output line of `brent-tui triage suggest`."""
    return {
        "id": mention.platform_id,
        "route": int(s.route),
        "department": s.department,
        "foi": s.foi,
        "foi_valid": s.foi_valid if s.foi else None,
        "priority": s.priority,
        "language": s.language,
        "reasons": [s.route_reason, *s.reasons],
    }
