"""Figures for the Insights view and reports: growth, volumes, SLA and FOI performance.

Every mention figure is a GROUP BY over a `created_at` range, answered from the covering index
`mentions_insights` without reading the (large) mention rows; the pure folding, trending, SLA and
FOI rules live in brent_tui/domain/insights.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field

from brent_tui.domain.insights import (
    NO_DEPARTMENT,
    NO_TOPIC,
    TREND_BASELINE_DAYS,
    TREND_WINDOW,
    UNSCORED,
    AccountGrowth,
    AssignmentRow,
    AuthorRank,
    Figures,
    FoiCaseRow,
    Period,
    PostEngagement,
    Trend,
    Volume,
    count_hashtags,
    daily_last,
    foi_monthly,
    sla_figures,
    trending,
    volume_from_hours,
)
from brent_tui.domain.london import london_date, utc_to_london
from brent_tui.domain.models import KeyPerson, Platform
from brent_tui.domain.post_metrics import (
    COMPARED_AT,
    STAGE_WORDS,
    PostCounts,
    PostReading,
    compared_or_latest,
)
from brent_tui.domain.text import normalise_handle
from brent_tui.domain.triage import TriageSettings
from brent_tui.store.base import NotFound, band_sql, parse_ts, row_to, ts
from brent_tui.store.foi import FoiStore
from brent_tui.store.system import SystemStore


def _hour(moment: datetime) -> str:
    """The rollup's hour key of the hour that contains `moment` (period bounds fall on whole hours)."""
    return (ts(moment) or "")[:13]


AUTHOR_ORDER = {
    "reach": "coalesce(a.followers, 0) DESC, s.n DESC, a.id",
    "frequency": "s.n DESC, coalesce(a.followers, 0) DESC, a.id",
    "tone": "s.tone IS NULL, s.tone ASC, s.n DESC, a.id",  # most critical first
}


class EngagementHistory(BaseModel):
    """What best-time suggestions for one account are based on, and how to say so."""

    account_id: int
    source: str  # "measured" | "published" | "mentions" | "none"
    points: list[tuple[datetime, int]] = Field(default_factory=list)
    evidence: str


class InsightStore(FoiStore, SystemStore):  # FOI figures use FoiStore's holiday calendar; accounts from SystemStore
    """Figures for the Insights view and reports: growth, volumes, SLA and FOI performance."""

    # ------------------------------------------------------------------ audience

    async def follower_growth(self, period: Period) -> list[AccountGrowth]:
        """Each active account's follower samples in the period: first, last and one per London day."""
        accounts = await self._fetchall(
            "SELECT id, platform, handle, followers FROM council_accounts WHERE active = 1 ORDER BY platform, handle"
        )
        rows = await self._fetchall(
            "SELECT account_id, at, followers FROM follower_samples WHERE at >= ? AND at < ? ORDER BY account_id, at",
            (ts(period.start), ts(period.end)),
        )
        by_account: dict[int, list[tuple[datetime, int]]] = {}
        for r in rows:
            by_account.setdefault(r["account_id"], []).append((parse_ts(r["at"]), int(r["followers"])))
        out = []
        for a in accounts:
            samples = by_account.get(a["id"], [])
            first = samples[0] if samples else (None, None)
            last = samples[-1] if samples else (None, None)
            out.append(AccountGrowth(
                account_id=a["id"], platform=a["platform"], handle=a["handle"], followers_now=a["followers"],
                first_at=first[0], first=first[1], last_at=last[0], last=last[1], daily=daily_last(samples),
            ))
        return out

    # ------------------------------------------------------------------ mentions

    async def mention_volume(self, period: Period, thresholds: TriageSettings) -> Volume:
        """Mentions per London day, hour of day, network and sentiment band (unscored counted apart).

        Bands follow the configured `thresholds`, so they are counted from the covering index
        (the hourly rollup only knows scored from unscored).
        """
        rows = await self._fetchall(
            "SELECT hour, platform, sum(n) AS n FROM mention_rollup WHERE hour >= ? AND hour < ? "
            "GROUP BY hour, platform HAVING sum(n) > 0",
            (_hour(period.start), _hour(period.end)),
        )
        band, params = band_sql("sentiment", thresholds)
        bands = await self._fetchall(
            f"SELECT coalesce({band}, '{UNSCORED}') AS band, count(*) AS n FROM mentions "
            "WHERE created_at >= ? AND created_at < ? GROUP BY 1",
            (*params, ts(period.start), ts(period.end)),
        )
        return volume_from_hours(((r["hour"], r["platform"], r["n"]) for r in rows), period,
                                 {r["band"]: r["n"] for r in bands})

    async def topic_department_counts(self, start: datetime, end: datetime) -> tuple[dict[str, int], dict[str, int]]:
        """Mentions per topic and per department; mentions not yet scored count as 'unscored'."""
        rows = await self._fetchall(
            "SELECT scoring = 'unscored' AS unscored, topic, department, sum(n) AS n FROM mention_rollup "
            "WHERE hour >= ? AND hour < ? GROUP BY unscored, topic, department HAVING sum(n) > 0",
            (_hour(start), _hour(end)),
        )
        topics: Counter[str] = Counter()
        departments: Counter[str] = Counter()
        for r in rows:
            if r["unscored"]:
                topics[UNSCORED] += r["n"]
                departments[UNSCORED] += r["n"]
            else:
                topics[r["topic"] or NO_TOPIC] += r["n"]
                departments[r["department"] or NO_DEPARTMENT] += r["n"]  # '' in the rollup: none
        return dict(topics.most_common()), dict(departments.most_common())

    async def hashtag_counts(self, start: datetime, end: datetime) -> Counter[str]:
        """Mentions carrying each hashtag in [start, end). Only texts with a '#' leave SQLite."""
        rows = await self._fetchall(
            "SELECT text FROM mentions WHERE created_at >= ? AND created_at < ? AND text LIKE '%#%'",
            (ts(start), ts(end)),
        )
        return count_hashtags(r[0] for r in rows)

    async def _topic_only(self, start: datetime, end: datetime) -> dict[str, int]:
        rows = await self._fetchall(
            "SELECT topic, sum(n) AS n FROM mention_rollup WHERE hour >= ? AND hour < ? AND topic <> '' "
            "GROUP BY topic HAVING sum(n) > 0",
            (_hour(start), _hour(end)),
        )
        return {r["topic"]: r["n"] for r in rows}

    # ------------------------------------------------------------------ triage and SLA

    async def route_counts(self, period: Period) -> dict[int, int]:
        """Current triage decisions per route (an undo or a change replaces the older decision)."""
        rows = await self._fetchall(
            "SELECT route, count(*) AS n FROM decisions WHERE superseded_by IS NULL AND undo = 0 "
            "AND decided_at >= ? AND decided_at < ? GROUP BY route",
            (ts(period.start), ts(period.end)),
        )
        return {int(r["route"]): int(r["n"]) for r in rows}

    async def assignment_rows(self, period: Period) -> list[AssignmentRow]:
        """Assignments created in the period (work items, at most a few thousand a month)."""
        rows = await self._fetchall(
            "SELECT route, status, created_at, due_at, done_at FROM assignments "
            "WHERE created_at >= ? AND created_at < ?",
            (ts(period.start), ts(period.end)),
        )
        return [AssignmentRow(route=r["route"], status=r["status"], created_at=parse_ts(r["created_at"]),
                              due_at=parse_ts(r["due_at"]), done_at=parse_ts(r["done_at"])) for r in rows]

    # ------------------------------------------------------------------ FOI

    async def foi_case_rows(self, period: Period, regimes: tuple[str, ...] = ("foi", "eir")) -> list[FoiCaseRow]:
        """Requests received in the period with their clock events (the deadline is computed, not stored)."""
        marks = ", ".join("?" for _ in regimes)
        cases = await self._fetchall(
            f"SELECT id, regime, received_on, status, responded_on FROM foi_cases WHERE regime IN ({marks}) "
            "AND received_on >= ? AND received_on <= ? ORDER BY received_on, id",
            (*regimes, period.first.isoformat(), period.last.isoformat()),
        )
        events: dict[int, list[tuple[str, date]]] = {}
        if cases:
            rows = await self._fetchall(
                "SELECT case_id, kind, on_date FROM foi_events WHERE case_id IN "
                f"(SELECT id FROM foi_cases WHERE regime IN ({marks}) AND received_on >= ? AND received_on <= ?) "
                "ORDER BY case_id, on_date, id",
                (*regimes, period.first.isoformat(), period.last.isoformat()),
            )
            for r in rows:
                events.setdefault(r["case_id"], []).append((r["kind"], date.fromisoformat(r["on_date"])))
        return [
            FoiCaseRow(id=c["id"], regime=c["regime"], received_on=date.fromisoformat(c["received_on"]),
                       status=c["status"],
                       responded_on=date.fromisoformat(c["responded_on"]) if c["responded_on"] else None,
                       events=events.get(c["id"], []))
            for c in cases
        ]

    # ------------------------------------------------------------------ posts

    async def top_posts(self, period: Period, *, limit: int = 10) -> list[PostEngagement]:
        """Published posts of the period by engagement: as the network counted it at the latest age the
        poller read the post (`post_metrics`), else what the cache holds (see insights.ENGAGEMENT_NOTE)."""
        rows = await self._fetchall(
            """
            SELECT t.id AS target_id, t.post_id, a.platform, a.handle, a.followers, t.published_at, p.body,
                t.platform_url,
                (SELECT count(*) FROM mentions m WHERE m.platform = a.platform AND m.reply_to_id = t.platform_post_id)
                + (SELECT count(*) FROM mentions m WHERE m.platform = a.platform
                   AND m.thread_id = t.platform_post_id AND m.reply_to_id IS NOT t.platform_post_id
                   AND m.platform_id <> t.platform_post_id) AS replies,
                coalesce((SELECT sum(coalesce(m.likes, 0) + coalesce(m.reposts, 0) + coalesce(m.quotes, 0))
                          FROM mentions m WHERE m.platform = a.platform AND m.platform_id = t.platform_post_id), 0)
                    AS reactions
            FROM post_targets t JOIN posts p ON p.id = t.post_id JOIN council_accounts a ON a.id = t.account_id
            WHERE t.status = 'published' AND t.platform_post_id IS NOT NULL
              AND t.published_at >= ? AND t.published_at < ?
            """,
            (ts(period.start), ts(period.end)),
        )
        readings = await self.readings_of(r["target_id"] for r in rows)
        posts = []
        for r in rows:
            reading = compared_or_latest(readings.get(r["target_id"], {}))
            counts = reading.counts if reading else None
            posts.append(PostEngagement(
                post_id=r["post_id"], platform=r["platform"], handle=r["handle"],
                published_at=parse_ts(r["published_at"]), body=r["body"], url=r["platform_url"],
                replies=counts.replies or 0 if counts else int(r["replies"]),
                reactions=(counts.engagement - (counts.replies or 0)) if counts else int(r["reactions"]),
                measured=reading.stage if reading else None, impressions=counts.impressions if counts else None,
                followers=r["followers"],
            ))
        # posts compared at the same age first (COMPARED_AT), then the younger ones by what they have so far
        posts.sort(key=lambda p: (p.measured != COMPARED_AT, -p.engagement, -p.published_at.timestamp(), p.post_id))
        return posts[:limit]

    async def readings_of(self, target_ids: Iterable[int]) -> dict[int, dict[str, PostReading]]:
        """Each post's readings by stage, where the network still had the post."""
        ids = sorted(set(target_ids))
        out: dict[int, dict[str, PostReading]] = {}
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            for r in await self._fetchall(
                f"SELECT * FROM post_metrics WHERE target_id IN ({','.join('?' * len(chunk))})", chunk,
            ):
                reading = _reading(r)
                if reading.counts.known:
                    out.setdefault(reading.target_id, {})[reading.stage] = reading
        return out

    # ------------------------------------------------------------------ best times

    async def engagement_history(self, account_id: int, *, now: datetime, min_posts: int = 20,
                                 window_days: int = 365) -> EngagementHistory:
        """Engagement by time for one account, from the best source the cache has.

        1. Our own published posts on it, with the engagement the network gave them in their first
           day (`post_metrics` at COMPARED_AT: posts compared at the same age).
        2. Not enough of those: our posts scored by the replies and mentions the cache holds for them.
        3. Not enough of those: mentions of the account handle, scored by their own engagement
           (when residents talk to the account and get noticed).
        4. None: no points; `best_times` falls back to the council defaults.
        """
        since = ts(now - timedelta(days=window_days))
        account = await self.account(account_id)
        if account is None:
            raise NotFound(f"account {account_id} is not in the registry")
        rows = await self._fetchall(
            "SELECT t.id, t.published_at AS at, "
            "(SELECT count(*) + coalesce(sum(coalesce(m.likes,0) + coalesce(m.reposts,0)), 0) FROM mentions m "
            " WHERE m.platform = ? AND (m.reply_to_id = t.platform_post_id OR m.thread_id = t.platform_post_id)) "
            "AS eng FROM post_targets t WHERE t.account_id = ? AND t.status = 'published' "
            "AND t.published_at >= ? AND t.platform_post_id IS NOT NULL ORDER BY t.published_at",
            (account.platform.value, account_id, since),
        )
        readings = await self.readings_of(r["id"] for r in rows)
        measured = [(parse_ts(r["at"]), readings[r["id"]][COMPARED_AT]) for r in rows
                    if COMPARED_AT in readings.get(r["id"], {})]
        if len(measured) >= min_posts:
            return EngagementHistory(
                account_id=account_id, source="measured",
                points=[(at, reading.counts.engagement) for at, reading in measured],
                evidence=measured_evidence(account.handle, [at for at, _ in measured]),
            )
        points = [(parse_ts(r["at"]), int(r["eng"] or 0)) for r in rows]
        short = (f"only {len(measured)} of {account.handle}'s posts have their engagement {STAGE_WORDS[COMPARED_AT]} "
                 f"read from the network ({min_posts} needed)")
        if len(points) >= min_posts:
            total = sum(e for _, e in points)
            return EngagementHistory(
                account_id=account_id, source="published", points=points,
                evidence=f"{short}, so from {len(points)} posts published on it in the last year "
                         f"(replies, likes and reposts seen in the cache: {total})",
            )
        handle = normalise_handle(account.handle)
        rows = await self._fetchall(
            "SELECT created_at AS at, coalesce(likes,0) + coalesce(reposts,0) + coalesce(replies,0) "
            "+ coalesce(quotes,0) AS eng FROM mentions WHERE platform = ? AND lower(ltrim(account_handle, '@')) = ? "
            "AND created_at >= ? ORDER BY created_at LIMIT 20000",
            (account.platform.value, handle, since),
        )
        mention_points = [(parse_ts(r["at"]), int(r["eng"] or 0)) for r in rows]
        if len(mention_points) >= min_posts:
            return EngagementHistory(
                account_id=account_id, source="mentions", points=mention_points,
                evidence=f"{short} and {len(points)} published in the last year, so from "
                         f"{len(mention_points)} mentions of {account.handle} and their engagement",
            )
        return EngagementHistory(
            account_id=account_id, source="none", points=points or mention_points,
            evidence=f"too little to go on for {account.handle} ({len(measured)} posts with engagement read, "
                     f"{len(points)} published, {len(mention_points)} mentions): council default times",
        )

    # ------------------------------------------------------------------ people

    async def author_ranking(self, period: Period, *, by: str = "reach", limit: int = 50) -> list[AuthorRank]:
        """Authors who mentioned the council in the period, ranked by reach, frequency or tone."""
        order = AUTHOR_ORDER.get(by)
        if order is None:
            raise ValueError(f"unknown ranking {by!r}: use reach, frequency or tone")
        if by == "reach":
            return await self._authors_by_reach(period, limit)
        rows = await self._fetchall(
            f"""
            WITH s AS (
                SELECT author_id, count(*) AS n, avg(sentiment) AS tone
                FROM mentions INDEXED BY mentions_insights
                WHERE created_at >= ? AND created_at < ? GROUP BY author_id
            )
            SELECT a.id, a.platform, a.handle, a.display_name, a.followers, s.n, s.tone, k.category
            FROM s JOIN authors a ON a.id = s.author_id
            LEFT JOIN key_people k ON k.platform = a.platform AND lower(k.handle) = lower(a.handle)
            ORDER BY {order} LIMIT ?
            """,
            (ts(period.start), ts(period.end), limit),
        )
        return [AuthorRank(author_id=r["id"], platform=r["platform"], handle=r["handle"], name=r["display_name"],
                           followers=r["followers"], mentions=r["n"], avg_sentiment=r["tone"],
                           key_category=r["category"]) for r in rows]

    async def _authors_by_reach(self, period: Period, limit: int) -> list[AuthorRank]:
        """Most-followed authors first, each checked for a mention in the period through the
        `mentions_author` index, stopping at `limit`: no scan of the period's mentions."""
        params = (ts(period.start), ts(period.end))
        # SQLite walks the authors in follower order and stops at `limit` found (its subquery keeps its
        # order); PostgreSQL is told the order outright.
        source = ("authors a" if self.postgres else
                  "(SELECT * FROM authors ORDER BY coalesce(followers, 0) DESC, id LIMIT -1) a")
        order = "ORDER BY coalesce(a.followers, 0) DESC, a.id" if self.postgres else ""
        rows = await self._fetchall(
            f"""
            SELECT a.id, a.platform, a.handle, a.display_name, a.followers, k.category,
                (SELECT count(*) FROM mentions m WHERE m.author_id = a.id AND m.created_at >= ?1
                 AND m.created_at < ?2) AS n,
                (SELECT avg(sentiment) FROM mentions m WHERE m.author_id = a.id AND m.created_at >= ?1
                 AND m.created_at < ?2) AS tone
            FROM {source}
            LEFT JOIN key_people k ON k.platform = a.platform AND lower(k.handle) = lower(a.handle)
            WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.author_id = a.id AND m.created_at >= ?1
                          AND m.created_at < ?2)
            {order}
            LIMIT ?3
            """,
            (*params, limit),
        )
        return [AuthorRank(author_id=r["id"], platform=r["platform"], handle=r["handle"], name=r["display_name"],
                           followers=r["followers"], mentions=r["n"], avg_sentiment=r["tone"],
                           key_category=r["category"]) for r in rows]

    async def key_people_index(self) -> dict[tuple[str, str], KeyPerson]:
        """Key people by `(platform, handle.casefold())`: what the Feed and Triage use to mark and lift them."""
        rows = await self._fetchall("SELECT * FROM key_people")
        people = [row_to(KeyPerson, r) for r in rows]
        return {(p.platform.value, p.handle.casefold()): p for p in people}

    async def key_people_activity(self, period: Period) -> dict[int, int]:
        """Mentions by each key person in the period, by key_people.id (uses the author index)."""
        rows = await self._fetchall(
            "SELECT k.id, count(m.id) AS n FROM key_people k "
            "LEFT JOIN authors a ON a.platform = k.platform AND lower(a.handle) = lower(k.handle) "
            "LEFT JOIN mentions m ON m.author_id = a.id AND m.created_at >= ? AND m.created_at < ? "
            "GROUP BY k.id",
            (ts(period.start), ts(period.end)),
        )
        return {int(r["id"]): int(r["n"]) for r in rows}

    async def new_followers(self, period: Period) -> list[tuple[int, str, str, int | None]]:
        """Followers gained per account in the period, from the counts the connectors record.

        No connector fetches follower lists, so who the new followers are is not known here.
        """
        return [(g.account_id, g.platform, g.handle, g.gained) for g in await self.follower_growth(period)]

    # ------------------------------------------------------------------ everything

    async def trending_hashtags(self, end: datetime, *, limit: int = 10) -> list[Trend]:
        """Hashtags only (the slowest figure: it reads the texts of 8 days that carry a '#')."""
        recent_start = end - TREND_WINDOW
        base_start = recent_start - timedelta(days=TREND_BASELINE_DAYS)
        return trending(await self.hashtag_counts(recent_start, end),
                        await self.hashtag_counts(base_start, recent_start), limit=limit)

    async def figures(self, period: Period, *, now: datetime, thresholds: TriageSettings, hashtags: bool = True,
                      influencers: bool = True) -> Figures:
        """Every figure for a period (the Insights tab and `brent-tui report`); sentiment by `thresholds`.

        The tab asks without `hashtags` and `influencers` first (the quick, index-only figures) and
        fills the hashtags in afterwards, so it opens in well under a second on 1M mentions.
        """
        trend_end = min(now, period.end)
        recent_start = trend_end - TREND_WINDOW
        base_start = recent_start - timedelta(days=TREND_BASELINE_DAYS)
        topics_trend = trending(await self._topic_only(recent_start, trend_end),
                                await self._topic_only(base_start, recent_start))
        tags = await self.trending_hashtags(trend_end) if hashtags else []
        topics, departments = await self.topic_department_counts(period.start, period.end)
        calendar = await self.holiday_calendar()  # FoiStore: GOV.UK days where loaded
        return Figures(
            period=period,
            generated_at=now,
            trend_end=trend_end,
            growth=await self.follower_growth(period),
            volume=await self.mention_volume(period, thresholds),
            topics=topics,
            departments=departments,
            trending_hashtags=tags,
            trending_topics=topics_trend,
            routes=await self.route_counts(period),
            sla=sla_figures(await self.assignment_rows(period), now),
            foi=foi_monthly(await self.foi_case_rows(period), london_date(now), calendar, period),
            top_posts=await self.top_posts(period),
            influencers=await self.author_ranking(period, by="reach", limit=10) if influencers else [],
        )


__all__ = ["AUTHOR_ORDER", "InsightStore", "Platform"]


def measured_evidence(handle: str, published: Sequence[datetime]) -> str:
    """"42 posts on @x compared by their engagement at 24 hours, read from the network; published at
    11 different London hours, 07:00–21:59"."""
    hours = sorted({utc_to_london(at).hour for at in published})
    spread = f"{len(hours)} different London hour{'s' if len(hours) != 1 else ''}"
    if hours:
        spread += f", {hours[0]:02d}:00–{hours[-1]:02d}:59"
    return (f"{len(published)} posts on {handle} compared by their engagement {STAGE_WORDS[COMPARED_AT]}, read "
            f"from the network; published at {spread}")


def _reading(r: Any) -> PostReading:
    return PostReading(target_id=r["target_id"], stage=r["stage"], measured_at=parse_ts(r["measured_at"]),
                       counts=PostCounts(likes=r["likes"], reposts=r["reposts"], replies=r["replies"],
                                         quotes=r["quotes"], impressions=r["impressions"]))
