"""Review of the engagement stages (7eb55e2). `domain.post_metrics` promises "a stage the poller missed
(it was down) is skipped, never read late as if on time", but each stage's window runs until the next
stage's age: a post first seen 23 hours after it went out is read and labelled "at 1 hour", and one
first seen at 6 days "at 24 hours" — so posts are not compared at the same age after all.

Fixed: a non-final stage is read only until twice its age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from brent_tui.domain.post_metrics import due_stage

PUBLISHED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def test_a_post_first_read_20_hours_after_it_went_out_is_not_read_as_at_1_hour() -> None:
    assert due_stage(PUBLISHED, (), PUBLISHED + timedelta(hours=20)) is None


def test_a_post_first_read_6_days_after_it_went_out_is_not_read_as_at_24_hours() -> None:
    assert due_stage(PUBLISHED, ("1h",), PUBLISHED + timedelta(days=6)) is None
