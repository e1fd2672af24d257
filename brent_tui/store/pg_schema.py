"""The store's schema on PostgreSQL: the same tables, columns and rules as SQLite's migrations make.

SQLite's `migrations.MIGRATIONS` build the schema step by step; a PostgreSQL database is made at
the schema version they end at (`SCHEMA_VERSION`) in one step, `SCHEMA`, and each later migration
gives its PostgreSQL form beside its SQLite one (`MIGRATIONS`, keyed by version: forward-only, as
on SQLite). The types keep the store's SQL the same on both: times are ISO 8601 text in UTC (their
text order is time order), flags 0/1 integers, JSON text. What SQLite does with triggers,
PostgreSQL does with trigger functions: decisions append-only (raised in the database, not only in
Python), every change logged to `changes` for live sync — and announced with NOTIFY on `CHANNEL` at
commit — and the hourly rollup kept. Full-text search is a generated `tsvector` (English stemming
for the text, plain words for handles and names, accents and punctuation removed as FTS5's tokenizer
does) with a GIN index, in place of FTS5.
"""

from __future__ import annotations

#: Live sync: every logged change is announced on this channel when its transaction commits.
CHANNEL = "brent_changes"

#: Tables whose rows are logged to `changes`, with the column that names the row.
LOGGED = {
    "decisions": "id", "assignments": "id", "watches": "id", "incidents": "id", "council_accounts": "id",
    "account_requests": "id", "account_reviews": "id", "posts": "id", "post_targets": "id",
    "post_approvals": "id", "suspension": "id", "foi_cases": "id", "foi_events": "id", "notifications": "id",
    "key_people": "id", "streams": "id", "leases": "mention_id", "replying": "mention_id",
    "relations": "account_id",
}
#: ... and the columns whose update is logged, where not every column's is (SQLite's `UPDATE OF`).
_LOGGED_UPDATES = {
    "decisions": "id, mention_id, route, department, assignee, reason, decided_by, decided_at, supersedes, "
                 "superseded_by, undo",
    "foi_events": "id, case_id, kind, on_date, note, by, at",
}

_FUNCTIONS = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); the index needs an IMMUTABLE one.
CREATE FUNCTION brent_unaccent(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, value);

-- The words as SQLite's FTS5 (unicode61) reads them: accents off, and ASCII punctuation a space, so a
-- URL's path, a handle's parts and "fly-tipping" are words ("bins" in brent.gov.uk/bins is found).
CREATE FUNCTION brent_words(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN regexp_replace(brent_unaccent(value), '[[:punct:]]+', ' ', 'g');

CREATE FUNCTION brent_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO changes (entity, entity_id, op)
    VALUES (TG_TABLE_NAME, coalesce(to_jsonb(NEW), to_jsonb(OLD)) ->> TG_ARGV[0], lower(TG_OP));
    PERFORM pg_notify('brent_changes', TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE FUNCTION brent_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'decisions are append-only';
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.mention_id IS DISTINCT FROM OLD.mention_id
       OR NEW.route IS DISTINCT FROM OLD.route OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
       OR NEW.decided_at IS DISTINCT FROM OLD.decided_at OR NEW.department IS DISTINCT FROM OLD.department
       OR NEW.assignee IS DISTINCT FROM OLD.assignee OR NEW.reason IS DISTINCT FROM OLD.reason
       OR NEW.supersedes IS DISTINCT FROM OLD.supersedes OR NEW.undo IS DISTINCT FROM OLD.undo
       OR (OLD.superseded_by IS NOT NULL AND NEW.superseded_by IS DISTINCT FROM OLD.superseded_by)
       OR (OLD.row_hash IS NOT NULL AND (NEW.chain_seq IS DISTINCT FROM OLD.chain_seq
           OR NEW.prev_hash IS DISTINCT FROM OLD.prev_hash OR NEW.row_hash IS DISTINCT FROM OLD.row_hash)) THEN
        RAISE EXCEPTION 'decisions are append-only: only superseded_by may be set, once';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION brent_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE mention_rollup SET n = n - 1
    WHERE (hour, platform, scoring, topic, department) = (substr(OLD.created_at, 1, 13), OLD.platform,
        CASE WHEN OLD.sentiment IS NULL THEN 'unscored' ELSE 'scored' END, coalesce(OLD.topic, ''),
        coalesce(OLD.department, ''));
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO mention_rollup (hour, platform, scoring, topic, department, n)
        VALUES (substr(NEW.created_at, 1, 13), NEW.platform,
            CASE WHEN NEW.sentiment IS NULL THEN 'unscored' ELSE 'scored' END, coalesce(NEW.topic, ''),
            coalesce(NEW.department, ''), 1)
        ON CONFLICT (hour, platform, scoring, topic, department) DO UPDATE SET n = mention_rollup.n + 1;
    END IF;
    RETURN NULL;
END $$;
"""

_TRIGGERS = r"""
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION brent_decisions_append_only();
CREATE TRIGGER mention_rollup_delete AFTER DELETE ON mentions FOR EACH ROW EXECUTE FUNCTION brent_rollup();
CREATE TRIGGER mention_rollup_update AFTER UPDATE OF created_at, platform, sentiment, topic, department ON mentions
    FOR EACH ROW EXECUTE FUNCTION brent_rollup();
CREATE TRIGGER mentions_changes_status AFTER UPDATE OF status ON mentions
    FOR EACH ROW EXECUTE FUNCTION brent_record_change('id');
"""


def _change_triggers() -> str:
    out = []
    for table, key in LOGGED.items():
        update = f"UPDATE OF {_LOGGED_UPDATES[table]}" if table in _LOGGED_UPDATES else "UPDATE"
        out.append(f"CREATE TRIGGER {table}_changes AFTER INSERT OR {update} OR DELETE ON {table}\n"
                   f"    FOR EACH ROW EXECUTE FUNCTION brent_record_change('{key}');")
    return "\n".join(out)


_TABLES = r"""
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE authors (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    platform     TEXT NOT NULL,
    handle       TEXT NOT NULL,
    display_name TEXT,
    followers    BIGINT,
    verified     BIGINT NOT NULL DEFAULT 0,
    url          TEXT,
    updated_at   TEXT NOT NULL,
    UNIQUE (platform, handle)
);
CREATE TABLE mentions (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    platform        TEXT NOT NULL,
    platform_id     TEXT NOT NULL,
    uri             TEXT,
    url             TEXT,
    author_id       BIGINT NOT NULL REFERENCES authors(id),
    author_handle   TEXT NOT NULL,
    author_name     TEXT,
    text            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    fetched_at      TEXT NOT NULL,
    reply_to_id     TEXT,
    thread_id       TEXT,
    language        TEXT,
    likes           BIGINT,
    reposts         BIGINT,
    replies         BIGINT,
    quotes          BIGINT,
    account_handle  TEXT,
    source          TEXT,
    raw             TEXT,
    status          TEXT NOT NULL DEFAULT 'new',
    sentiment       DOUBLE PRECISION,
    suggested_route BIGINT,
    department      TEXT,
    priority        DOUBLE PRECISION,
    topic           TEXT,
    foi_flag        BIGINT NOT NULL DEFAULT 0,
    reasons         TEXT,
    scored_at       TEXT,
    version         BIGINT NOT NULL DEFAULT 0,
    foi_valid       BIGINT,
    detected_language TEXT,
    search          tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', brent_words(text)), 'A')
        || setweight(to_tsvector('simple', brent_words(author_handle)), 'B')
        || setweight(to_tsvector('simple', brent_words(coalesce(author_name, ''))), 'C')) STORED,
    UNIQUE (platform, platform_id)
);
CREATE INDEX mentions_search ON mentions USING gin (search);
CREATE UNIQUE INDEX mentions_uri ON mentions(uri) WHERE uri IS NOT NULL;
CREATE INDEX mentions_created ON mentions(created_at, id);
CREATE INDEX mentions_handled ON mentions(status, created_at) WHERE status <> 'new';
CREATE INDEX mentions_queue ON mentions(status, priority) WHERE status = 'new';
CREATE INDEX mentions_unscored ON mentions(id) WHERE scored_at IS NULL;
CREATE INDEX mentions_thread ON mentions(platform, thread_id) WHERE thread_id IS NOT NULL;
CREATE INDEX mentions_reply ON mentions(platform, reply_to_id) WHERE reply_to_id IS NOT NULL;
CREATE INDEX mentions_author ON mentions(author_id, created_at);
CREATE INDEX mentions_topic ON mentions(topic, created_at) WHERE topic IS NOT NULL;
CREATE TABLE decisions (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    mention_id    BIGINT NOT NULL REFERENCES mentions(id),
    route         BIGINT NOT NULL CHECK (route BETWEEN 1 AND 5),
    department    TEXT,
    assignee      TEXT,
    reason        TEXT,
    decided_by    TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    supersedes    BIGINT REFERENCES decisions(id),
    superseded_by BIGINT REFERENCES decisions(id) DEFERRABLE INITIALLY DEFERRED,
    undo          BIGINT NOT NULL DEFAULT 0,
    chain_seq     BIGINT,
    prev_hash     TEXT,
    row_hash      TEXT
);
CREATE INDEX decisions_mention ON decisions(mention_id, id);
CREATE INDEX decisions_by ON decisions(decided_by, decided_at);
CREATE TABLE assignments (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    mention_id  BIGINT NOT NULL REFERENCES mentions(id),
    decision_id BIGINT NOT NULL REFERENCES decisions(id),
    route       BIGINT NOT NULL,
    department  TEXT,
    assignee    TEXT,
    due_at      TEXT,
    status      TEXT NOT NULL DEFAULT 'open',
    created_at  TEXT NOT NULL,
    done_at     TEXT,
    done_by     TEXT,
    note        TEXT,
    version     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX assignments_open ON assignments(status, due_at);
CREATE INDEX assignments_assignee ON assignments(assignee, status);
CREATE INDEX assignments_mention ON assignments(mention_id);
CREATE TABLE watches (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    mention_id       BIGINT NOT NULL REFERENCES mentions(id),
    thread_id        TEXT,
    topic            TEXT,
    reason           TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    replies_at_start BIGINT NOT NULL DEFAULT 0,
    active           BIGINT NOT NULL DEFAULT 1,
    surfaced_at      TEXT,
    surfaced_reason  TEXT
);
CREATE INDEX watches_active ON watches(active, mention_id);
CREATE TABLE leases (
    mention_id BIGINT PRIMARY KEY REFERENCES mentions(id),
    holder     TEXT NOT NULL,
    until      TEXT NOT NULL
);
CREATE TABLE incidents (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name              TEXT NOT NULL,
    keywords          TEXT NOT NULL,
    starts_at         TEXT NOT NULL,
    ends_at           TEXT,
    holding_statement TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    active            BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE streams (
    id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    owner    TEXT NOT NULL,
    name     TEXT NOT NULL,
    key      TEXT,
    filter   TEXT NOT NULL,
    position BIGINT NOT NULL DEFAULT 0,
    UNIQUE (owner, name)
);
CREATE TABLE council_accounts (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    platform          TEXT NOT NULL,
    handle            TEXT NOT NULL,
    display_name      TEXT,
    service           TEXT NOT NULL,
    purposes          TEXT NOT NULL DEFAULT '[]',
    officers          TEXT NOT NULL DEFAULT '[]',
    created_on        TEXT,
    followers         BIGINT,
    last_post_at      TEXT,
    requires_approval BIGINT NOT NULL DEFAULT 0,
    house_rules_ack   BIGINT NOT NULL DEFAULT 0,
    campaign_ends_on  TEXT,
    active            BIGINT NOT NULL DEFAULT 1,
    url               TEXT,
    UNIQUE (platform, handle)
);
CREATE TABLE follower_samples (
    account_id BIGINT NOT NULL REFERENCES council_accounts(id),
    at         TEXT NOT NULL,
    followers  BIGINT NOT NULL,
    PRIMARY KEY (account_id, at)
);
CREATE TABLE account_requests (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
    version            BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE account_reviews (
    id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES account_requests(id),
    reviewer   TEXT NOT NULL,
    role       TEXT,
    decision   TEXT NOT NULL,
    comment    TEXT,
    at         TEXT NOT NULL
);
CREATE INDEX account_reviews_request ON account_reviews(request_id, id);
CREATE TABLE posts (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    body                TEXT NOT NULL,
    link                TEXT,
    campaign            TEXT,
    hashtags            TEXT NOT NULL DEFAULT '[]',
    scheduled_at        TEXT,
    status              TEXT NOT NULL DEFAULT 'draft',
    author              TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    reply_to_mention_id BIGINT REFERENCES mentions(id),
    approval_comment    TEXT,
    findings            TEXT NOT NULL DEFAULT '[]',
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX posts_scheduled ON posts(scheduled_at);
CREATE INDEX posts_status ON posts(status, scheduled_at);
CREATE TABLE post_targets (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    post_id          BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    account_id       BIGINT NOT NULL REFERENCES council_accounts(id),
    status           TEXT NOT NULL DEFAULT 'pending',
    attempts         BIGINT NOT NULL DEFAULT 0,
    attempt_key      TEXT,
    platform_post_id TEXT,
    platform_url     TEXT,
    last_error       TEXT,
    next_attempt_at  TEXT,
    published_at     TEXT,
    server_scheduled_at TEXT,
    UNIQUE (post_id, account_id)
);
CREATE INDEX post_targets_due ON post_targets(status, next_attempt_at);
CREATE TABLE post_approvals (
    id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    post_id  BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    decision TEXT NOT NULL,
    comment  TEXT,
    at       TEXT NOT NULL
);
CREATE TABLE suspension (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    active BIGINT NOT NULL DEFAULT 0,
    reason TEXT,
    by     TEXT,
    at     TEXT
);
CREATE TABLE foi_cases (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    reference         TEXT UNIQUE,
    mention_id        BIGINT REFERENCES mentions(id),
    regime            TEXT NOT NULL DEFAULT 'foi',
    applicant_name    TEXT,
    applicant_handle  TEXT,
    profile_url       TEXT,
    contact           TEXT,
    channel           TEXT NOT NULL,
    request_text      TEXT NOT NULL,
    received_on       TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'received',
    validity_doubtful BIGINT NOT NULL DEFAULT 0,
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
    version           BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX foi_cases_status ON foi_cases(status, received_on);
CREATE TABLE foi_events (
    id      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES foi_cases(id),
    kind    TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note    TEXT,
    by      TEXT NOT NULL,
    at      TEXT NOT NULL,
    chain_seq BIGINT,
    prev_hash TEXT,
    row_hash  TEXT
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
    failures             BIGINT NOT NULL DEFAULT 0,
    rate_limit_remaining BIGINT,
    rate_limit_reset_at  TEXT,
    token_expires_at     TEXT,
    budget_used          BIGINT,
    budget_month         TEXT,
    extra                TEXT NOT NULL DEFAULT '{}',
    updated_at           TEXT NOT NULL
);
CREATE TABLE audit_log (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    detail    TEXT NOT NULL DEFAULT '{}',
    chain_seq BIGINT,
    prev_hash TEXT,
    row_hash  TEXT
);
CREATE INDEX audit_who ON audit_log(who, at);
CREATE INDEX audit_at ON audit_log(at);
CREATE TABLE notifications (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    recipient       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    entity          TEXT,
    entity_id       TEXT,
    created_at      TEXT NOT NULL,
    read_at         TEXT,
    acknowledged_at TEXT,
    urgent          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX notifications_recipient ON notifications(recipient, read_at);
CREATE TABLE key_people (
    id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    platform TEXT NOT NULL,
    handle   TEXT NOT NULL,
    name     TEXT,
    category TEXT NOT NULL,
    note     TEXT,
    UNIQUE (platform, handle)
);
CREATE TABLE changes (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
    entity    TEXT NOT NULL,
    entity_id TEXT,
    op        TEXT NOT NULL
);
CREATE INDEX changes_entity ON changes(entity, id);
CREATE INDEX mentions_insights ON mentions(created_at, platform, sentiment, topic, department, author_id);
CREATE TABLE post_cancellations (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    post_id          BIGINT,
    account_id       BIGINT NOT NULL REFERENCES council_accounts(id),
    platform_post_id TEXT NOT NULL,
    reason           TEXT,
    created_at       TEXT NOT NULL,
    attempts         BIGINT NOT NULL DEFAULT 0,
    last_error       TEXT,
    done_at          TEXT
);
CREATE INDEX post_cancellations_open ON post_cancellations(done_at, id);
CREATE TABLE mention_rollup (
    hour       TEXT NOT NULL,
    platform   TEXT NOT NULL,
    scoring    TEXT NOT NULL,
    topic      TEXT NOT NULL,
    department TEXT NOT NULL,
    n          BIGINT NOT NULL,
    PRIMARY KEY (hour, platform, scoring, topic, department)
);
CREATE INDEX mentions_triage_queue ON mentions(priority DESC, created_at, id) WHERE status = 'new';
CREATE INDEX leases_holder ON leases(holder);
CREATE INDEX watches_surfaced ON watches(active, surfaced_at);
CREATE UNIQUE INDEX decisions_chain ON decisions(chain_seq);
CREATE UNIQUE INDEX audit_log_chain ON audit_log(chain_seq);
CREATE UNIQUE INDEX foi_events_chain ON foi_events(chain_seq);
CREATE TABLE set_aside (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at          TEXT NOT NULL,
    source      TEXT,
    platform    TEXT,
    platform_id TEXT,
    reason      TEXT NOT NULL,
    payload     TEXT NOT NULL
);
CREATE INDEX set_aside_source ON set_aside(source, id);
CREATE TABLE mention_edits (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    mention_id  BIGINT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    replaced_at TEXT NOT NULL
);
CREATE INDEX mention_edits_mention ON mention_edits(mention_id, id);
CREATE INDEX mentions_foi ON mentions(created_at, id) WHERE foi_flag = 1;
CREATE TABLE replies (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    mention_id       BIGINT NOT NULL REFERENCES mentions(id),
    account_id       BIGINT NOT NULL REFERENCES council_accounts(id),
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
CREATE TABLE replying (
    mention_id BIGINT PRIMARY KEY REFERENCES mentions(id),
    login      TEXT NOT NULL,
    until      TEXT NOT NULL
);
CREATE TABLE post_metrics (
    target_id   BIGINT NOT NULL REFERENCES post_targets(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    measured_at TEXT NOT NULL,
    likes       BIGINT,
    reposts     BIGINT,
    replies     BIGINT,
    quotes      BIGINT,
    impressions BIGINT,
    PRIMARY KEY (target_id, stage)
);
CREATE INDEX post_targets_published ON post_targets(account_id, published_at) WHERE status = 'published';
CREATE TABLE relations (
    account_id BIGINT NOT NULL REFERENCES council_accounts(id),
    handle     TEXT NOT NULL,
    name       TEXT,
    followers  BIGINT,
    follows_us BIGINT NOT NULL DEFAULT 0,
    we_follow  BIGINT NOT NULL DEFAULT 0,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (account_id, handle)
);
INSERT INTO suspension (id, active) VALUES (1, 0);
"""

#: The whole schema at `migrations.SCHEMA_VERSION`, for a new PostgreSQL database.
SCHEMA = _FUNCTIONS + _TABLES + _TRIGGERS + _change_triggers()

#: PostgreSQL forms of the migrations after the baseline, by version (none yet).
MIGRATIONS: dict[int, str] = {}
