"""The kinds of data a screen can ask to hear about when another session changes them.

Domain names, never table names: the store maps its tables to these in one place
(`brent_tui.store.system.ENTITY_OF_TABLE`), so renaming a table cannot quietly stop a screen refreshing.
"""

from __future__ import annotations

from enum import StrEnum


class Entity(StrEnum):
    NEW_MENTIONS = "new_mentions"  # mentions arrived (the feed's "N new"; triage's queue)
    MENTIONS = "mentions"  # a mention already shown changed (its status)
    DECISIONS = "decisions"
    ASSIGNMENTS = "assignments"
    WATCHES = "watches"  # mentions an officer follows
    CLAIMS = "claims"  # which officer has which mention in front of them in triage
    REPLYING = "replying"  # which officer has a reply draft open on which mention
    INCIDENTS = "incidents"
    ACCOUNTS = "accounts"  # the council's own accounts
    ACCOUNT_REQUESTS = "account_requests"  # requests for new accounts and their reviews
    POSTS = "posts"  # posts, their targets on each account, their approvals
    SUSPENSION = "suspension"  # suspend-all of scheduled posts
    FOI = "foi"  # FOI cases and the events on their clocks
    NOTIFICATIONS = "notifications"
    KEY_PEOPLE = "key_people"
    FOLLOWS = "follows"  # who follows the council's accounts, whom they follow
    STREAMS = "streams"  # the feed's saved filters
