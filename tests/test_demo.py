"""The demo database: realistic shapes, every workflow stage present, and deterministic."""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui.cli.demo import add_demo_parser, run_demo
from brent_tui.jobs.demo import DemoSummary, build_demo, demo_config_text
from brent_tui.store import StoreError

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[sqlite3.Connection, DemoSummary]:
    """One default build shared by the read-only checks (keeps the suite fast)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    summary = asyncio.run(build_demo(path, mentions=3000, seed=7, now=NOW))
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    yield db, summary
    db.close()


def q(db: sqlite3.Connection, sql: str, *params: object) -> list[sqlite3.Row]:
    return db.execute(sql, params).fetchall()


def test_mentions_cover_30_days_and_every_network(demo) -> None:
    db, summary = demo
    assert summary.mentions == 3000
    (count, first, last), = q(db, "SELECT count(*), min(created_at), max(created_at) FROM mentions")
    assert count >= 3000
    assert _ts(NOW - timedelta(days=30)) <= first < _ts(NOW - timedelta(days=29))
    assert _ts(NOW - timedelta(hours=2)) < last <= _ts(NOW)
    platforms = {r[0]: r[1] for r in q(db, "SELECT platform, count(*) FROM mentions GROUP BY platform")}
    assert set(platforms) == {"x", "facebook", "mastodon", "bluesky", "rss"}
    assert all(n >= 100 for n in platforms.values())


def test_ids_and_urls_are_shaped_per_network(demo) -> None:
    db, _ = demo
    for row in q(db, "SELECT * FROM mentions WHERE id % 37 = 0"):
        pid, url = row["platform_id"], row["url"]
        raw = json.loads(row["raw"])
        match row["platform"]:
            case "x":
                assert pid.isdigit() and url == f"https://x.com/{row['author_handle'][1:]}/status/{pid}"
                assert raw["id"] == pid
            case "mastodon":
                assert "@" in row["author_handle"] and row["uri"].endswith(f"/statuses/{pid}")
            case "bluesky":
                assert pid.startswith("at://did:plc:") and "/app.bsky.feed.post/" in pid and pid == row["uri"]
                assert url.startswith(f"https://bsky.app/profile/{row['author_handle']}/post/")
            case "facebook":
                assert row["author_handle"].startswith("fb:") and row["author_name"]
                assert row["thread_id"].startswith("108153545891742_")
            case "rss":
                assert pid == url and url.startswith("https://") and row["likes"] is None


def test_replies_form_threads_within_a_platform(demo) -> None:
    db, _ = demo
    replies = q(db, "SELECT platform, reply_to_id, created_at FROM mentions WHERE reply_to_id IS NOT NULL")
    assert len(replies) > 200
    orphans = q(db, "SELECT count(*) FROM mentions r WHERE r.reply_to_id IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM mentions p WHERE p.platform = r.platform AND p.platform_id = r.reply_to_id "
                    "AND p.created_at <= r.created_at)")
    assert orphans[0][0] == 0


def test_one_flooding_burst_of_300_inside_two_hours(demo) -> None:
    db, summary = demo
    assert summary.flood_mentions == 300 and summary.flood_start is not None
    assert timedelta(days=2, hours=12) < NOW - summary.flood_start < timedelta(days=3, hours=12)
    start, end = _ts(summary.flood_start), _ts(summary.flood_start + timedelta(hours=2))
    window = q(db, "SELECT count(*) FROM mentions WHERE created_at >= ? AND created_at < ?", start, end)[0][0]
    assert window >= 300
    floody = q(db, "SELECT count(*) FROM mentions WHERE created_at >= ? AND created_at < ? AND "
                   "(text LIKE '%flood%' OR text LIKE '%River Brent%' OR text LIKE '%sandbag%' "
                   "OR text LIKE '%water%' OR text LIKE '%Welsh Harp%' OR text LIKE '%Stonebridge%' "
                   "OR text LIKE '%rest centre%' OR text LIKE '%Sewage%')", start, end)[0][0]
    assert floody >= 280


def test_voices_topics_and_hostile_texts(demo) -> None:
    db, summary = demo
    text = "\n".join(r[0] for r in q(db, "SELECT text FROM mentions"))
    for needle in ("@Brent_Council", "#Brent", "council tax", "pothole", "Wembley", "Under the Freedom of Information",
                   "brent.gov.uk", "Harlesden", "library", "planning", "solicitor"):
        assert needle.lower() in text.lower(), needle
    assert "\x1b[2J" in text and "\u202e" in text and "[bold red]" in text
    assert len(summary.event_days) >= 4
    big = q(db, "SELECT count(*) FROM authors WHERE followers >= 5000 AND verified = 1")[0][0]
    small = q(db, "SELECT min(followers), max(followers) FROM authors WHERE followers IS NOT NULL")[0]
    assert big >= 3 and small[0] >= 20 and small[1] <= 100_000


def test_accounts_follow_the_strategy(demo) -> None:
    db, _ = demo
    accounts = q(db, "SELECT * FROM council_accounts")
    by_platform: dict[str, int] = {}
    for a in accounts:
        by_platform[a["platform"]] = by_platform.get(a["platform"], 0) + 1
    assert by_platform["x"] == 5
    for p in ("facebook", "youtube", "instagram", "flickr", "linkedin", "mastodon", "bluesky"):
        assert by_platform[p] == 1
    assert sum(1 for a in accounts if a["last_post_at"] < _ts(NOW - timedelta(days=60))) == 1
    assert sum(1 for a in accounts if json.loads(a["officers"]) == []) == 1
    main = next(a for a in accounts if a["handle"] == "@Brent_Council")
    assert "emergencies" in json.loads(main["purposes"])
    samples = q(db, "SELECT followers FROM follower_samples WHERE account_id = ? ORDER BY at", main["id"])
    assert len(samples) == 90 and samples[-1][0] == main["followers"]
    growth = (samples[-1][0] - samples[0][0]) / 89
    assert 8 < growth < 20
    assert q(db, "SELECT count(*) FROM key_people WHERE category = 'councillor'")[0][0] >= 3


def test_foi_cases_at_every_stage(demo) -> None:
    db, summary = demo
    statuses = {r[0] for r in q(db, "SELECT status FROM foi_cases")}
    assert statuses >= {"received", "awaiting_clarification", "fee_notice", "in_progress", "pit_extension",
                        "responded", "withdrawn", "internal_review", "with_ico"}
    doubtful = q(db, "SELECT * FROM foi_cases WHERE validity_doubtful = 1")
    assert len(doubtful) == 1 and doubtful[0]["mention_id"] and doubtful[0]["applicant_name"] is None
    assert summary.mention_statuses[doubtful[0]["mention_id"]] == "foi"
    overdue = q(db, "SELECT count(*) FROM foi_cases WHERE status = 'in_progress' AND received_on < ?",
                (NOW - timedelta(days=29)).date().isoformat())[0][0]
    assert overdue >= 1
    kinds = {r[0] for r in q(db, "SELECT kind FROM foi_events")}
    assert kinds <= {"clarification_requested", "clarification_received", "fee_notice", "fee_paid", "pit_extended",
                     "responded", "review_requested"}
    assert {"pit_extended", "review_requested", "fee_notice"} <= kinds


def test_account_requests_at_every_stage(demo) -> None:
    db, _ = demo
    statuses = {r[0] for r in q(db, "SELECT status FROM account_requests")}
    assert statuses >= {"submitted", "more_info", "approved", "rejected"}
    half = q(db, "SELECT r.id FROM account_requests r JOIN account_reviews v ON v.request_id = r.id "
                 "WHERE r.status = 'submitted' AND v.decision = 'approve' AND v.role = 'web_team'")
    assert half
    question = q(db, "SELECT v.comment FROM account_requests r JOIN account_reviews v ON v.request_id = r.id "
                     "WHERE r.status = 'more_info' AND v.decision = 'more_info'")
    assert question and "?" in question[0][0]


def test_posts_at_every_status(demo) -> None:
    db, _ = demo
    statuses = {r[0] for r in q(db, "SELECT status FROM posts")}
    assert statuses >= {"draft", "awaiting_approval", "scheduled", "published", "failed", "rejected"}
    (lo, hi), = q(db, "SELECT min(scheduled_at), max(scheduled_at) FROM posts")
    assert lo < _ts(NOW - timedelta(days=6)) and hi > _ts(NOW + timedelta(days=20))
    errors = [r[0] for r in q(db, "SELECT last_error FROM post_targets WHERE status = 'failed'")]
    assert any("token expired or revoked" in e for e in errors)
    assert q(db, "SELECT count(*) FROM post_targets WHERE status = 'published' AND platform_url IS NULL")[0][0] == 0


def test_triage_work_in_flight(demo) -> None:
    db, summary = demo
    rows = q(db, "SELECT d.route, d.decided_at, a.due_at, a.status, a.mention_id FROM decisions d "
                 "JOIN assignments a ON a.decision_id = d.id")
    assert rows and {r["route"] for r in rows} == {2, 4}
    for r in rows:
        hours = {2: 24, 4: 48}[r["route"]]
        decided = datetime.fromisoformat(r["decided_at"].replace("Z", "+00:00"))
        assert r["due_at"] == _ts(decided + timedelta(hours=hours))
        assert summary.mention_statuses[r["mention_id"]] == ("done" if r["status"] == "done" else "assigned")
    assert any(r["status"] == "open" and r["due_at"] < _ts(NOW) for r in rows)
    assert any(r["status"] == "open" and r["due_at"] > _ts(NOW) for r in rows)
    assert any(r["status"] == "done" for r in rows)
    stored = {r[0]: r[1] for r in q(db, "SELECT id, status FROM mentions WHERE status != 'new'")}
    assert stored == {k: v.value for k, v in summary.mention_statuses.items()}
    assert len(stored) < 60  # most of the queue is left for the demo user to triage


def _dump(path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(path)
    try:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'mentions_fts%' "
            "AND name NOT IN ('changes', 'audit_log')")]
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        db.close()


async def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    await build_demo(a, mentions=400, seed=11, now=NOW)
    await build_demo(b, mentions=400, seed=11, now=NOW)
    await build_demo(c, mentions=400, seed=12, now=NOW)
    first, second, other = _dump(a), _dump(b), _dump(c)
    assert first == second
    assert first["mentions"] and first["mentions"] != other["mentions"]


async def test_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    await build_demo(path, mentions=50, now=NOW)
    with pytest.raises(StoreError, match="--force"):
        await build_demo(path, mentions=50, now=NOW)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    with pytest.raises(StoreError):
        await build_demo(notes, mentions=10, now=NOW)
    assert notes.read_text() == "not a database"


@pytest.mark.parametrize("n", [0, 7])
async def test_tiny_demos_work(tmp_path: Path, n: int) -> None:
    summary = await build_demo(tmp_path / "tiny.sqlite", mentions=n, now=NOW)
    assert summary.mentions == n and summary.accounts == 12 and summary.foi_cases >= 9


def test_demo_config_adds_the_current_user_and_validates() -> None:
    text = demo_config_text("zz_tester")
    data = tomllib.loads(text)
    assert data["people"]["zz_tester"] == {"name": "You (demo)", "role": "web_team", "department": "Web"}
    assert "triage" not in data and "tone" not in data and "connectors" not in data
    assert {d["name"] for d in data["departments"]} >= {"Environment", "Finance", "Parking", "Highways", "Housing",
                                                         "Libraries", "Education", "Planning", "Regulatory Services",
                                                         "Emergency Planning", "HR", "Policy", "Communications", "Web"}
    assert demo_config_text("asingh").count("[people.asingh]") == 1
    try:
        from brent_tui.config import Config, cross_check
    except ImportError:
        pytest.skip("brent_tui.config does not import yet")
    config = Config.model_validate(data)
    assert cross_check(config) == []
    assert len(config.accounts) == 12


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="brent-tui")
    add_demo_parser(parser.add_subparsers(dest="command"))
    return parser


@pytest.mark.parametrize("bad", ["-5", "lots", "1.5"])
def test_cli_rejects_bad_counts_in_one_line(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        _parser().parse_args(["demo", "--mentions", bad])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--mentions" in err


def test_cli_builds_database_and_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite"
    args = _parser().parse_args(["demo", "--db", str(db), "--mentions", "1_000", "--seed", "3"])
    assert run_demo(args) == 0
    out = capsys.readouterr().out
    assert "1,000" in out and str(db) in out
    config = tmp_path / "cli.sqlite.config.toml"
    assert "[people." in config.read_text()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1000
