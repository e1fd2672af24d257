"""Versioned, forward-only schema migrations keyed on `PRAGMA user_version`.

Each entry of `MIGRATIONS` takes a database at version N-1 to version N inside one
transaction. Never edit a released migration: append a new one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import aiosqlite

from brent_tui.store import chain

# Tables whose every change is recorded in `changes`, the log that live sync reads with a
# rowid cursor. Mentions are left out on insert (the feed watches max(id) instead) so that
# ingesting a million rows does not double the writes.
LIVE_TABLES: tuple[str, ...] = (
    "decisions",
    "assignments",
    "watches",
    "incidents",
    "council_accounts",
    "account_requests",
    "account_reviews",
    "posts",
    "post_targets",
    "post_approvals",
    "suspension",
    "foi_cases",
    "foi_events",
    "notifications",
    "key_people",
    "streams",
    "leases",
)

V1_TABLES = """
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE authors (
    id           INTEGER PRIMARY KEY,
    platform     TEXT NOT NULL,
    handle       TEXT NOT NULL,
    display_name TEXT,
    followers    INTEGER,
    verified     INTEGER NOT NULL DEFAULT 0,
    url          TEXT,
    updated_at   TEXT NOT NULL,
    UNIQUE (platform, handle)
);

CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    platform_id     TEXT NOT NULL,
    uri             TEXT,
    url             TEXT,
    author_id       INTEGER NOT NULL REFERENCES authors(id),
    author_handle   TEXT NOT NULL,
    author_name     TEXT,
    text            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    fetched_at      TEXT NOT NULL,
    reply_to_id     TEXT,
    thread_id       TEXT,
    language        TEXT,
    likes           INTEGER,
    reposts         INTEGER,
    replies         INTEGER,
    quotes          INTEGER,
    account_handle  TEXT,
    source          TEXT,
    raw             TEXT,
    status          TEXT NOT NULL DEFAULT 'new',
    sentiment       REAL,
    suggested_route INTEGER,
    department      TEXT,
    priority        REAL,
    topic           TEXT,
    foi_flag        INTEGER NOT NULL DEFAULT 0,
    reasons         TEXT,
    scored_at       TEXT,
    version         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (platform, platform_id)
);
CREATE UNIQUE INDEX mentions_uri ON mentions(uri) WHERE uri IS NOT NULL;
CREATE INDEX mentions_created ON mentions(created_at, id);
-- Decided mentions only: new rows (the bulk, at ingest time) never touch this index.
CREATE INDEX mentions_handled ON mentions(status, created_at) WHERE status <> 'new';
CREATE INDEX mentions_queue ON mentions(status, priority) WHERE status = 'new';
CREATE INDEX mentions_unscored ON mentions(id) WHERE scored_at IS NULL;
CREATE INDEX mentions_thread ON mentions(platform, thread_id) WHERE thread_id IS NOT NULL;
CREATE INDEX mentions_reply ON mentions(platform, reply_to_id) WHERE reply_to_id IS NOT NULL;
CREATE INDEX mentions_author ON mentions(author_id, created_at);
CREATE INDEX mentions_topic ON mentions(topic, created_at) WHERE topic IS NOT NULL;

CREATE VIRTUAL TABLE mentions_fts USING fts5(
    text, author_handle, author_name,
    content='mentions', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO mentions_fts(rowid, text, author_handle, author_name)
    VALUES (new.id, new.text, new.author_handle, new.author_name);
END;
CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO mentions_fts(mentions_fts, rowid, text, author_handle, author_name)
    VALUES ('delete', old.id, old.text, old.author_handle, old.author_name);
END;
CREATE TRIGGER mentions_fts_update AFTER UPDATE OF text, author_handle, author_name ON mentions BEGIN
    INSERT INTO mentions_fts(mentions_fts, rowid, text, author_handle, author_name)
    VALUES ('delete', old.id, old.text, old.author_handle, old.author_name);
    INSERT INTO mentions_fts(rowid, text, author_handle, author_name)
    VALUES (new.id, new.text, new.author_handle, new.author_name);
END;

CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    mention_id    INTEGER NOT NULL REFERENCES mentions(id),
    route         INTEGER NOT NULL CHECK (route BETWEEN 1 AND 5),
    department    TEXT,
    assignee      TEXT,
    reason        TEXT,
    decided_by    TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    supersedes    INTEGER REFERENCES decisions(id),
    superseded_by INTEGER REFERENCES decisions(id),
    undo          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX decisions_mention ON decisions(mention_id, id);
CREATE INDEX decisions_by ON decisions(decided_by, decided_at);
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only');
END;
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
WHEN OLD.superseded_by IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.mention_id IS NOT OLD.mention_id
     OR NEW.route IS NOT OLD.route OR NEW.decided_by IS NOT OLD.decided_by
     OR NEW.decided_at IS NOT OLD.decided_at OR NEW.department IS NOT OLD.department
     OR NEW.assignee IS NOT OLD.assignee OR NEW.reason IS NOT OLD.reason
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: only superseded_by may be set, once');
END;

CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    mention_id  INTEGER NOT NULL REFERENCES mentions(id),
    decision_id INTEGER NOT NULL REFERENCES decisions(id),
    route       INTEGER NOT NULL,
    department  TEXT,
    assignee    TEXT,
    due_at      TEXT,
    status      TEXT NOT NULL DEFAULT 'open',
    created_at  TEXT NOT NULL,
    done_at     TEXT,
    done_by     TEXT,
    note        TEXT,
    version     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX assignments_open ON assignments(status, due_at);
CREATE INDEX assignments_assignee ON assignments(assignee, status);
CREATE INDEX assignments_mention ON assignments(mention_id);

CREATE TABLE watches (
    id               INTEGER PRIMARY KEY,
    mention_id       INTEGER NOT NULL REFERENCES mentions(id),
    thread_id        TEXT,
    topic            TEXT,
    reason           TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    replies_at_start INTEGER NOT NULL DEFAULT 0,
    active           INTEGER NOT NULL DEFAULT 1,
    surfaced_at      TEXT,
    surfaced_reason  TEXT
);
CREATE INDEX watches_active ON watches(active, mention_id);

CREATE TABLE leases (
    mention_id INTEGER PRIMARY KEY REFERENCES mentions(id),
    holder     TEXT NOT NULL,
    until      TEXT NOT NULL
);

CREATE TABLE incidents (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    keywords          TEXT NOT NULL,
    starts_at         TEXT NOT NULL,
    ends_at           TEXT,
    holding_statement TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    active            INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE streams (
    id       INTEGER PRIMARY KEY,
    owner    TEXT NOT NULL,
    name     TEXT NOT NULL,
    key      TEXT,
    filter   TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (owner, name)
);

CREATE TABLE council_accounts (
    id                INTEGER PRIMARY KEY,
    platform          TEXT NOT NULL,
    handle            TEXT NOT NULL,
    display_name      TEXT,
    service           TEXT NOT NULL,
    purposes          TEXT NOT NULL DEFAULT '[]',
    officers          TEXT NOT NULL DEFAULT '[]',
    created_on        TEXT,
    followers         INTEGER,
    last_post_at      TEXT,
    requires_approval INTEGER NOT NULL DEFAULT 0,
    house_rules_ack   INTEGER NOT NULL DEFAULT 0,
    campaign_ends_on  TEXT,
    active            INTEGER NOT NULL DEFAULT 1,
    url               TEXT,
    UNIQUE (platform, handle)
);

CREATE TABLE follower_samples (
    account_id INTEGER NOT NULL REFERENCES council_accounts(id),
    at         TEXT NOT NULL,
    followers  INTEGER NOT NULL,
    PRIMARY KEY (account_id, at)
);

CREATE TABLE account_requests (
    id                 INTEGER PRIMARY KEY,
    requester          TEXT NOT NULL,
    department         TEXT NOT NULL,
    platform           TEXT NOT NULL,
    handle             TEXT NOT NULL,
    audience           TEXT NOT NULL,
    objectives         TEXT NOT NULL,
    why_own_account    TEXT NOT NULL,
    content_commitment TEXT NOT NULL,
    owners             TEXT NOT NULL,
    posting_frequency  TEXT NOT NULL,
    campaign_ends_on   TEXT,
    status             TEXT NOT NULL DEFAULT 'submitted',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE account_reviews (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES account_requests(id),
    reviewer   TEXT NOT NULL,
    role       TEXT,
    decision   TEXT NOT NULL,
    comment    TEXT,
    at         TEXT NOT NULL
);
CREATE INDEX account_reviews_request ON account_reviews(request_id, id);

CREATE TABLE posts (
    id                  INTEGER PRIMARY KEY,
    body                TEXT NOT NULL,
    link                TEXT,
    campaign            TEXT,
    hashtags            TEXT NOT NULL DEFAULT '[]',
    scheduled_at        TEXT,
    status              TEXT NOT NULL DEFAULT 'draft',
    author              TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    reply_to_mention_id INTEGER REFERENCES mentions(id),
    approval_comment    TEXT,
    findings            TEXT NOT NULL DEFAULT '[]',
    version             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX posts_scheduled ON posts(scheduled_at);
CREATE INDEX posts_status ON posts(status, scheduled_at);

CREATE TABLE post_targets (
    id               INTEGER PRIMARY KEY,
    post_id          INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    account_id       INTEGER NOT NULL REFERENCES council_accounts(id),
    status           TEXT NOT NULL DEFAULT 'pending',
    attempts         INTEGER NOT NULL DEFAULT 0,
    attempt_key      TEXT,
    platform_post_id TEXT,
    platform_url     TEXT,
    last_error       TEXT,
    next_attempt_at  TEXT,
    published_at     TEXT,
    UNIQUE (post_id, account_id)
);
CREATE INDEX post_targets_due ON post_targets(status, next_attempt_at);

CREATE TABLE post_approvals (
    id       INTEGER PRIMARY KEY,
    post_id  INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    decision TEXT NOT NULL,
    comment  TEXT,
    at       TEXT NOT NULL
);

CREATE TABLE suspension (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    active INTEGER NOT NULL DEFAULT 0,
    reason TEXT,
    by     TEXT,
    at     TEXT
);
INSERT INTO suspension (id, active) VALUES (1, 0);

CREATE TABLE foi_cases (
    id                INTEGER PRIMARY KEY,
    reference         TEXT UNIQUE,
    mention_id        INTEGER REFERENCES mentions(id),
    regime            TEXT NOT NULL DEFAULT 'foi',
    applicant_name    TEXT,
    applicant_handle  TEXT,
    profile_url       TEXT,
    contact           TEXT,
    channel           TEXT NOT NULL,
    request_text      TEXT NOT NULL,
    received_on       TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'received',
    validity_doubtful INTEGER NOT NULL DEFAULT 0,
    validity_note     TEXT,
    assignee          TEXT,
    department        TEXT,
    outcome           TEXT,
    exemptions        TEXT NOT NULL DEFAULT '[]',
    response_channel  TEXT,
    response_url      TEXT,
    responded_on      TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX foi_cases_status ON foi_cases(status, received_on);

CREATE TABLE foi_events (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES foi_cases(id),
    kind    TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note    TEXT,
    by      TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX foi_events_case ON foi_events(case_id, on_date);

CREATE TABLE bank_holidays (
    day      TEXT NOT NULL,
    division TEXT NOT NULL,
    title    TEXT NOT NULL,
    source   TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    PRIMARY KEY (day, division)
);

CREATE TABLE connector_state (
    name                 TEXT PRIMARY KEY,
    platform             TEXT,
    cursor               TEXT,
    last_success_at      TEXT,
    last_error           TEXT,
    last_error_at        TEXT,
    next_attempt_at      TEXT,
    failures             INTEGER NOT NULL DEFAULT 0,
    rate_limit_remaining INTEGER,
    rate_limit_reset_at  TEXT,
    token_expires_at     TEXT,
    budget_used          INTEGER,
    budget_month         TEXT,
    extra                TEXT NOT NULL DEFAULT '{}',
    updated_at           TEXT NOT NULL
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_who ON audit_log(who, at);
CREATE INDEX audit_at ON audit_log(at);

CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    recipient       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    entity          TEXT,
    entity_id       TEXT,
    created_at      TEXT NOT NULL,
    read_at         TEXT,
    acknowledged_at TEXT
);
CREATE INDEX notifications_recipient ON notifications(recipient, read_at);

CREATE TABLE key_people (
    id       INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    handle   TEXT NOT NULL,
    name     TEXT,
    category TEXT NOT NULL,
    note     TEXT,
    UNIQUE (platform, handle)
);

CREATE TABLE changes (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    entity    TEXT NOT NULL,
    entity_id TEXT,
    op        TEXT NOT NULL
);
"""


def _change_triggers(table: str) -> str:
    """Triggers that append to `changes` on every insert/update/delete of `table`."""
    parts = []
    for op, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        key = {"leases": "mention_id", "replying": "mention_id", "relations": "account_id"}.get(table, "id")
        parts.append(
            f"CREATE TRIGGER {table}_changes_{op.lower()} AFTER {op} ON {table} BEGIN\n"
            f"    INSERT INTO changes(entity, entity_id, op) VALUES ('{table}', {ref}.{key}, '{op.lower()}');\n"
            "END;"
        )
    return "\n".join(parts)


V1_CHANGE_TRIGGERS = "\n".join(_change_triggers(t) for t in LIVE_TABLES) + """
CREATE TRIGGER mentions_changes_status AFTER UPDATE OF status ON mentions BEGIN
    INSERT INTO changes(entity, entity_id, op) VALUES ('mentions', new.id, 'update');
END;
"""

V2_NOTES = """
ALTER TABLE notifications ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
CREATE INDEX changes_entity ON changes(entity, id);
"""

# Insights: a covering index so per-period GROUP BYs (volume by hour/network/sentiment, topics,
# departments, authors) read only the index, never the large mention rows (1M mentions: < 1 s).
V3_INSIGHTS = """
CREATE INDEX mentions_insights ON mentions(created_at, platform, sentiment, topic, department, author_id);
"""

# Publishing: a target handed to the network's own scheduler (Mastodon `scheduled_at`,
# Facebook `scheduled_publish_time`) remembers for when; a post moved, edited, held or deleted
# after that must be cancelled on the network, so the cancellation is queued durably.
V4_PUBLISHING = """
ALTER TABLE post_targets ADD COLUMN server_scheduled_at TEXT;
CREATE TABLE post_cancellations (
    id               INTEGER PRIMARY KEY,
    post_id          INTEGER,
    account_id       INTEGER NOT NULL REFERENCES council_accounts(id),
    platform_post_id TEXT NOT NULL,
    reason           TEXT,
    created_at       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    done_at          TEXT
);
CREATE INDEX post_cancellations_open ON post_cancellations(done_at, id);
"""

# Insights: mentions counted per UTC hour, network, sentiment band, topic and department, kept by
# triggers, so a period's volume/topic/sentiment figures read a few thousand rows, not a million.
V5_ROLLUP = """
CREATE TABLE mention_rollup (
    hour       TEXT NOT NULL,
    platform   TEXT NOT NULL,
    band       TEXT NOT NULL,
    topic      TEXT NOT NULL,
    department TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (hour, platform, band, topic, department)
) WITHOUT ROWID;
INSERT INTO mention_rollup (hour, platform, band, topic, department, n)
SELECT substr(m.created_at, 1, 13), m.platform, CASE WHEN m.sentiment IS NULL THEN 'unscored' WHEN m.sentiment <= -0.05 THEN 'negative' WHEN m.sentiment >= 0.05 THEN 'positive' ELSE 'neutral' END, coalesce(m.topic, ''), coalesce(m.department, ''), count(*) FROM mentions m GROUP BY 1, 2, 3, 4, 5;
CREATE TRIGGER mention_rollup_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO mention_rollup (hour, platform, band, topic, department, n)
    VALUES (substr(new.created_at, 1, 13), new.platform, CASE WHEN new.sentiment IS NULL THEN 'unscored' WHEN new.sentiment <= -0.05 THEN 'negative' WHEN new.sentiment >= 0.05 THEN 'positive' ELSE 'neutral' END, coalesce(new.topic, ''), coalesce(new.department, ''), 1)
    ON CONFLICT (hour, platform, band, topic, department) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER mention_rollup_delete AFTER DELETE ON mentions BEGIN
    UPDATE mention_rollup SET n = n - 1
    WHERE (hour, platform, band, topic, department) = (substr(old.created_at, 1, 13), old.platform, CASE WHEN old.sentiment IS NULL THEN 'unscored' WHEN old.sentiment <= -0.05 THEN 'negative' WHEN old.sentiment >= 0.05 THEN 'positive' ELSE 'neutral' END, coalesce(old.topic, ''), coalesce(old.department, ''));
END;
CREATE TRIGGER mention_rollup_update AFTER UPDATE OF created_at, platform, sentiment, topic, department ON mentions
BEGIN
    UPDATE mention_rollup SET n = n - 1
    WHERE (hour, platform, band, topic, department) = (substr(old.created_at, 1, 13), old.platform, CASE WHEN old.sentiment IS NULL THEN 'unscored' WHEN old.sentiment <= -0.05 THEN 'negative' WHEN old.sentiment >= 0.05 THEN 'positive' ELSE 'neutral' END, coalesce(old.topic, ''), coalesce(old.department, ''));
    INSERT INTO mention_rollup (hour, platform, band, topic, department, n)
    VALUES (substr(new.created_at, 1, 13), new.platform, CASE WHEN new.sentiment IS NULL THEN 'unscored' WHEN new.sentiment <= -0.05 THEN 'negative' WHEN new.sentiment >= 0.05 THEN 'positive' ELSE 'neutral' END, coalesce(new.topic, ''), coalesce(new.department, ''), 1)
    ON CONFLICT (hour, platform, band, topic, department) DO UPDATE SET n = n + 1;
END;
"""

# Triage: the queue reads "untriaged, highest priority first, then oldest" straight from this
# index (no sort of every untriaged row on 1M mentions); leases are looked up by holder.
V6_TRIAGE_QUEUE = """
CREATE INDEX mentions_triage_queue ON mentions(priority DESC, created_at, id) WHERE status = 'new';
CREATE INDEX leases_holder ON leases(holder);
CREATE INDEX watches_surfaced ON watches(active, surfaced_at);
"""

# Ingest speed: rows enter `mentions` only through `MentionStore.ingest`, which adds each batch
# to the full-text index and the hourly rollup with one statement apiece. Per-row insert triggers
# cost more than the inserts themselves (about 17k mentions/s against 30k/s on a 1M database).
# Update and delete triggers stay: they are rare and row by row anyway.
V7_BATCH_INDEXING = """
DROP TRIGGER mentions_fts_insert;
DROP TRIGGER mention_rollup_insert;
"""

# The audit trail (issue 15): decisions, audit rows and FOI events form one hash chain (see
# `chain.py`); `chain.seal_existing` chains the rows already there, in the same transaction. A
# sealed decision's chain columns are as fixed as its content, and sealing is not a change the
# screens need to hear about, so the two live tables' update triggers name their columns.
V8_AUDIT_CHAIN = "\n".join(
    f"""ALTER TABLE {table} ADD COLUMN chain_seq INTEGER;
ALTER TABLE {table} ADD COLUMN prev_hash TEXT;
ALTER TABLE {table} ADD COLUMN row_hash TEXT;
CREATE UNIQUE INDEX {table}_chain ON {table}(chain_seq);"""
    for table in ("decisions", "audit_log", "foi_events")
) + """
DROP TRIGGER decisions_append_only_update;
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
WHEN NEW.id IS NOT OLD.id OR NEW.mention_id IS NOT OLD.mention_id
     OR NEW.route IS NOT OLD.route OR NEW.decided_by IS NOT OLD.decided_by
     OR NEW.decided_at IS NOT OLD.decided_at OR NEW.department IS NOT OLD.department
     OR NEW.assignee IS NOT OLD.assignee OR NEW.reason IS NOT OLD.reason
     OR NEW.supersedes IS NOT OLD.supersedes OR NEW.undo IS NOT OLD.undo
     OR (OLD.superseded_by IS NOT NULL AND NEW.superseded_by IS NOT OLD.superseded_by)
     OR (OLD.row_hash IS NOT NULL AND (NEW.chain_seq IS NOT OLD.chain_seq
         OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.row_hash IS NOT OLD.row_hash))
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: only superseded_by may be set, once');
END;
DROP TRIGGER decisions_changes_update;
CREATE TRIGGER decisions_changes_update AFTER UPDATE OF id, mention_id, route, department, assignee, reason,
    decided_by, decided_at, supersedes, superseded_by, undo ON decisions BEGIN
    INSERT INTO changes(entity, entity_id, op) VALUES ('decisions', new.id, 'update');
END;
DROP TRIGGER foi_events_changes_update;
CREATE TRIGGER foi_events_changes_update AFTER UPDATE OF id, case_id, kind, on_date, note, "by", at ON foi_events
BEGIN
    INSERT INTO changes(entity, entity_id, op) VALUES ('foi_events', new.id, 'update');
END;
"""

# Sentiment bands come from the configured thresholds (`[triage]`), which a trigger cannot read and
# a change of config would leave stale: the rollup keeps only 'scored' / 'unscored', and the
# per-band counts are read from the covering index with the thresholds as parameters.
_ROLLUP_KEY = "substr({r}.created_at, 1, 13), {r}.platform, " \
    "CASE WHEN {r}.sentiment IS NULL THEN 'unscored' ELSE 'scored' END, " \
    "coalesce({r}.topic, ''), coalesce({r}.department, '')"
V9_ROLLUP_WITHOUT_BANDS = f"""
DROP TRIGGER mention_rollup_delete;
DROP TRIGGER mention_rollup_update;
DELETE FROM mention_rollup;
ALTER TABLE mention_rollup RENAME COLUMN band TO scoring;
INSERT INTO mention_rollup (hour, platform, scoring, topic, department, n)
SELECT {_ROLLUP_KEY.format(r="m")}, count(*) FROM mentions m GROUP BY 1, 2, 3, 4, 5;
CREATE TRIGGER mention_rollup_delete AFTER DELETE ON mentions BEGIN
    UPDATE mention_rollup SET n = n - 1
    WHERE (hour, platform, scoring, topic, department) = ({_ROLLUP_KEY.format(r="old")});
END;
CREATE TRIGGER mention_rollup_update AFTER UPDATE OF created_at, platform, sentiment, topic, department ON mentions
BEGIN
    UPDATE mention_rollup SET n = n - 1
    WHERE (hour, platform, scoring, topic, department) = ({_ROLLUP_KEY.format(r="old")});
    INSERT INTO mention_rollup (hour, platform, scoring, topic, department, n)
    VALUES ({_ROLLUP_KEY.format(r="new")}, 1)
    ON CONFLICT (hour, platform, scoring, topic, department) DO UPDATE SET n = n + 1;
END;
"""

# Search finds what officers type (issue 17): the index stems words (porter), so `flood` also
# finds flooding and flooded. `rebuild` reads the content table once in a single pass, far
# quicker on a million rows than re-inserting them. The update/delete triggers name the table
# and carry on working. Mentions also keep whether an FOI request looks valid (NULL: not FOI).
V10_STEMMED_SEARCH_AND_FOI_VALIDITY = """
DROP TABLE mentions_fts;
CREATE VIRTUAL TABLE mentions_fts USING fts5(
    text, author_handle, author_name,
    content='mentions', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild');
ALTER TABLE mentions ADD COLUMN foi_valid INTEGER;
"""

# The language the detector found (`domain.language`), kept beside the one the network supplied:
# Bluesky and Mastodon send the poster's client default, not the post's language.
V11_DETECTED_LANGUAGE = """
ALTER TABLE mentions ADD COLUMN detected_language TEXT;
"""

# Poison pills (issues 18 and 19): an item no mention can be made of (a count SQLite cannot hold, a
# date in year 1 or 9999) is kept here, whole, with the reason, instead of sinking its batch.
V12_SET_ASIDE = """
CREATE TABLE set_aside (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    source      TEXT,
    platform    TEXT,
    platform_id TEXT,
    reason      TEXT NOT NULL,
    payload     TEXT NOT NULL
);
CREATE INDEX set_aside_source ON set_aside(source, id);
-- Dates an older version wrote with the year unpadded ("1-01-01T…") pad to four digits, so they
-- read back and sort before 2000 rather than stopping scoring for every later mention.
UPDATE mentions SET created_at = substr('000', 1, 5 - instr(created_at, '-')) || created_at
WHERE instr(created_at, '-') BETWEEN 2 AND 4;
"""

# An edited post (same platform id, new text) updates the stored mention, and the text it replaced
# is kept here, oldest first (`MentionStore.ingest`); decisions stay attached to the mention. The
# full-text index follows the new text through `mentions_fts_update`.
V13_MENTION_EDITS = """
CREATE TABLE mention_edits (
    id          INTEGER PRIMARY KEY,
    mention_id  INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    replaced_at TEXT NOT NULL
);
CREATE INDEX mention_edits_mention ON mention_edits(mention_id, id);
"""

# The Feed's FOI stream shows the requests the rules flagged (its count: those nobody has handled yet),
# not only the mentions already made into cases, whose unhandled count was always 0.
V14_FOI_STREAM = """
CREATE INDEX mentions_foi ON mentions(created_at, id) WHERE foi_flag = 1;
UPDATE streams SET filter = json_set(json_remove(filter, '$.statuses'), '$.foi_requests', json('true'))
WHERE name = 'FOI' AND json_extract(filter, '$.statuses') = json('["foi"]');
"""

# Replies sent from the workstation, in place under the mention: claimed (`sending`, with the key sent
# as the idempotency key) before the network call, so a crash between sending and recording is found.
V15_REPLIES = """
CREATE TABLE replies (
    id               INTEGER PRIMARY KEY,
    mention_id       INTEGER NOT NULL REFERENCES mentions(id),
    account_id       INTEGER NOT NULL REFERENCES council_accounts(id),
    body             TEXT NOT NULL,
    author           TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('awaiting_approval', 'rejected', 'sending', 'sent', 'failed',
                                                 'unconfirmed')),
    attempt_key      TEXT NOT NULL UNIQUE,
    platform_post_id TEXT,
    url              TEXT,
    error            TEXT,
    reviewer         TEXT,  -- the comms officer who approved or rejected it, where it needed one
    created_at       TEXT NOT NULL,
    sending_at       TEXT,  -- when it was handed to the network (after approval, where it needed one)
    sent_at          TEXT
);
CREATE INDEX replies_awaiting ON replies(id) WHERE status = 'awaiting_approval';
CREATE INDEX replies_mention ON replies(mention_id, id);
-- Who has a reply draft open on which mention ("asingh is replying"), while they do: every session sees it.
CREATE TABLE replying (
    mention_id INTEGER PRIMARY KEY REFERENCES mentions(id),
    login      TEXT NOT NULL,
    until      TEXT NOT NULL
);
""" + _change_triggers("replying")

# The engagement of the council's own posts, read from the networks at 1 hour, 24 hours and 7 days
# (`domain.post_metrics`): Insights' top posts and the best times to post come from it.
V16_POST_METRICS = """
CREATE TABLE post_metrics (
    target_id   INTEGER NOT NULL REFERENCES post_targets(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    measured_at TEXT NOT NULL,
    likes       INTEGER,
    reposts     INTEGER,
    replies     INTEGER,
    quotes      INTEGER,
    impressions INTEGER,
    PRIMARY KEY (target_id, stage)
) WITHOUT ROWID;
CREATE INDEX post_targets_published ON post_targets(account_id, published_at) WHERE status = 'published';
"""

# Who follows each council account and whom it follows (Mastodon, Bluesky: `domain.follows`), as the
# poller last read them; following back records `we_follow` at once, audited.
V17_RELATIONS = """
CREATE TABLE relations (
    account_id INTEGER NOT NULL REFERENCES council_accounts(id),
    handle     TEXT NOT NULL,
    name       TEXT,
    followers  INTEGER,
    follows_us INTEGER NOT NULL DEFAULT 0,
    we_follow  INTEGER NOT NULL DEFAULT 0,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (account_id, handle)
) WITHOUT ROWID;
""" + _change_triggers("relations")

MIGRATIONS: list[str] = [
    V1_TABLES + V1_CHANGE_TRIGGERS,
    V2_NOTES,
    V3_INSIGHTS,
    V4_PUBLISHING,
    V5_ROLLUP,
    V6_TRIAGE_QUEUE,
    V7_BATCH_INDEXING,
    V8_AUDIT_CHAIN,
    V9_ROLLUP_WITHOUT_BANDS,
    V10_STEMMED_SEARCH_AND_FOI_VALIDITY,
    V11_DETECTED_LANGUAGE,
    V12_SET_ASIDE,
    V13_MENTION_EDITS,
    V14_FOI_STREAM,
    V15_REPLIES,
    V16_POST_METRICS,
    V17_RELATIONS,
]

# Python steps run after a migration's SQL, in its transaction (the SQL cannot hash).
MIGRATION_HOOKS: dict[int, Callable[[aiosqlite.Connection], Awaitable[None]]] = {
    8: chain.seal_existing,
}

SCHEMA_VERSION = len(MIGRATIONS)
