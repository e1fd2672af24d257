"""A notification a workflow's rules word: to whom, what kind, in what words, how urgent.

The rules (`routing`, `posts`, `replies`) return notices; the store queues them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Notice:
    recipients: tuple[str, ...]
    kind: str  # assigned, escalation, post_approval, post_approved, post_rejected, reply_approval, reply_rejected
    text: str
    urgent: bool = False
