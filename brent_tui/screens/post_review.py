"""One post in full: per-account status and errors, findings, the approval history — and the
approval itself (a communications officer approves or rejects with a comment), retry of failed
accounts. Permissions are enforced by the store; a refusal is shown here in words."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from brent_tui.domain.errors import UserError
from brent_tui.domain.london import format_london
from brent_tui.domain.models import CouncilAccount, PostApproval, ScheduledPost, TargetStatus
from brent_tui.domain.posts import blocking_now, status_words, why_not_approve, why_not_review
from brent_tui.domain.text import clean


def describe_post(post: ScheduledPost, accounts: dict[int, CouncilAccount],
                  history: list[PostApproval] | None = None, clashes: list[str] | None = None) -> Text:
    """A post as an officer reads it (also the Calendar's detail pane)."""
    out = Text()
    when = format_london(post.scheduled_at) if post.scheduled_at else "no time yet"
    out.append(f"{when} London · {post.status.value.replace('_', ' ')}", style="bold")
    if post.campaign:
        out.append(f" · campaign {clean(post.campaign, single_line=True)}")
    out.append(f" · by {post.author}\n")
    out.append(clean(post.body) + "\n")
    if post.hashtags:
        out.append(" ".join("#" + h.lstrip("#") for h in post.hashtags) + "\n", style="dim")
    if post.link:
        out.append(clean(post.link, single_line=True) + "\n", style="dim")
    for t in post.targets:
        account = accounts.get(t.account_id)
        handle = account.handle if account else f"account {t.account_id}"
        style = {"failed": "bold red", "published": "green", "sending": "yellow"}.get(t.status.value, "")
        line = f"  {handle}: {t.status.value}"
        if t.status == TargetStatus.PENDING and t.platform_post_id:
            line += " (held by the network for its time)"
        if t.platform_url:
            line += f" {t.platform_url}"
        if t.last_error:
            line += f" — {t.last_error}"
        out.append(clean(line, single_line=True) + "\n", style=style)
    for c in clashes or ():
        out.append(f"  ! {c}\n", style="bold yellow")
    if post.findings:
        out.append("Tone check when saved:\n", style="bold")
        for f in post.findings:
            out.append(f"  · {clean(f, single_line=True)}\n")
    if post.approval_comment:
        out.append(f"Reviewer's comment: {clean(post.approval_comment)}\n", style="italic")
    for h in history or ():
        out.append(f"  {format_london(h.at, '%d %b %H:%M')} {h.reviewer} {h.decision}"
                   + (f": {clean(h.comment, single_line=True)}" if h.comment else "") + "\n", style="dim")
    return out


class PostReviewScreen(ModalScreen[bool]):
    """Approve (a), reject with a comment (c then r), retry failed accounts (t); Esc closes."""

    TITLE = "Review a post"  # how `?` names this window

    AUTO_FOCUS = None  # keys act on the post; `c` focuses the comment box

    BINDINGS = [
        Binding("a", "approve", "Approve", id="review.approve"),
        Binding("r", "reject", "Reject (needs a comment)", id="review.reject"),
        Binding("c", "comment", "Comment", id="review.comment"),
        Binding("t", "retry", "Retry failed accounts", id="review.retry"),
        Binding("escape", "close", "Close", id="review.close"),
    ]
    DEFAULT_CSS = """
    PostReviewScreen { align: center middle; }
    PostReviewScreen > Vertical { width: 100; max-width: 98%; height: 80%; border: round $accent;
        background: $surface; }
    PostReviewScreen #review-title { padding: 0 1; text-style: bold; color: $accent; }
    PostReviewScreen VerticalScroll { height: 1fr; padding: 0 1; }
    PostReviewScreen #review-message { padding: 0 1; height: auto; }
    """

    def __init__(self, post_id: int, accounts: list[CouncilAccount], clashes: list[str] | None = None) -> None:
        super().__init__()
        self.post_id = post_id
        self.accounts = {a.id or 0: a for a in accounts}
        self.clashes = clashes or []
        self.post: ScheduledPost | None = None
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Post", id="review-title", markup=False)
            with VerticalScroll():
                yield Static("Loading…", id="review-body", markup=False)
            yield Input(placeholder="Comment for the author (c to type, Enter when done)", id="review-comment")
            yield Static("", id="review-message", markup=False)

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        self.post = await store.post(self.post_id)
        if self.post is None:
            self.query_one("#review-body", Static).update(Text("This post no longer exists."))
            return
        history = await store.post_history(self.post_id)
        self.query_one("#review-body", Static).update(describe_post(self.post, self.accounts, history, self.clashes))
        keys = ["c comment"]
        if why_not_review(self.post, approving=False) is None:
            platforms = [a.platform for t in self.post.targets if (a := self.accounts.get(t.account_id))]
            config = self.app.config  # type: ignore[attr-defined]
            why = why_not_approve(self.post, blocking=blocking_now(self.post, platforms, config.tone),
                                  approver=self.app.actor.login,  # type: ignore[attr-defined]
                                  allow_self_approval=config.posts.allow_self_approval)
            keys = ["c comment", "r reject"] if why else ["a approve", "c comment", "r reject"]
            if why:
                self._say(why, error=True)
        if any(t.status == TargetStatus.FAILED for t in self.post.targets):
            keys.append("t retry failed accounts")
        self.query_one("#review-title", Static).update(
            f"Post {self.post_id} — {status_words(self.post.status)}  ({' · '.join(keys)} · Esc close)")

    def _say(self, message: str, error: bool = False) -> None:
        self.query_one("#review-message", Static).update(Text(message, style="bold red" if error else "bold"))

    def action_comment(self) -> None:
        self.query_one("#review-comment", Input).focus()

    @on(Input.Submitted)
    def _done_typing(self) -> None:
        self.set_focus(None)

    def action_close(self) -> None:
        if self.focused is not None and isinstance(self.focused, Input):
            self.set_focus(None)
            return
        self.dismiss(self.changed)

    def _comment(self) -> str:
        return self.query_one("#review-comment", Input).value.strip()

    @work(exclusive=True, exit_on_error=False, group="review-act")
    async def action_approve(self) -> None:
        await self._act("approve")

    @work(exclusive=True, exit_on_error=False, group="review-act")
    async def action_reject(self) -> None:
        if not self._comment():
            self._say("Type a comment first (press c): the author needs to know what to change.", error=True)
            return
        await self._act("reject")

    @work(exclusive=True, exit_on_error=False, group="review-act")
    async def action_retry(self) -> None:
        await self._act("retry")

    async def _act(self, what: str) -> None:
        app = self.app
        store, actor = app.store, app.actor  # type: ignore[attr-defined]
        version = self.post.version if self.post else None
        try:
            if what == "approve":
                await store.approve_post(actor, self.post_id, comment=self._comment() or None,
                                         expected_version=version, tone=app.config.tone,  # type: ignore[attr-defined]
                                         allow_self_approval=app.config.posts.allow_self_approval)  # type: ignore[attr-defined]
                message = "Approved: the post is scheduled and its author told."
            elif what == "reject":
                await store.reject_post(actor, self.post_id, self._comment(), expected_version=version)
                message = "Rejected: the author has your comment."
            else:
                await store.retry_failed(actor, self.post_id)
                message = "The failed accounts will be tried again; the others are left alone."
        except UserError as exc:
            self._say(str(exc), error=True)
            self.app.notify(str(exc), severity="error", markup=False)
            return
        self.changed = True
        self._say(message)
        self.app.notify(message, markup=False)
        self.load()
