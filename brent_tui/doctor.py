"""`brent-tui doctor`: what is wrong with this installation, and what to do about it."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from brent_tui.errors import UserError
from brent_tui.models import utcnow

if TYPE_CHECKING:
    from brent_tui.cli import Context


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def permission_findings(db_path: Path) -> list[str]:
    """A shared database needs a group-writable folder (setgid) and 0660 files."""
    problems: list[str] = []
    folder = db_path.parent
    if not folder.exists():
        return [f"{folder}: folder does not exist"]
    if not os.access(folder, os.W_OK):
        problems.append(f"{folder}: you cannot write here, so SQLite cannot create its -wal/-shm files; "
                        "add yourself to the folder's group")
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            problems.append(f"{path}: you cannot read and write it; fix with chmod 660 and the shared group")
    folder_mode = _mode(folder)
    if folder_mode & 0o020:  # group-writable: a shared set-up, so new files must keep the group
        if not folder_mode & stat.S_ISGID:
            problems.append(f"{folder}: shared folder without setgid (new files would get your own group); "
                            f"run: chmod g+s {folder}")
        for path in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
            if path.exists() and (_mode(path) & 0o060) != 0o060:
                problems.append(f"{path}: not group read/write, so other officers cannot use it; "
                                f"run: chmod 660 {path}")
            if path.exists() and path.stat().st_gid != folder.stat().st_gid:
                problems.append(f"{path}: group differs from the folder's; run: chgrp {folder.group()} {path}")
    return problems


def run_doctor(ctx: Context) -> int:
    from brent_tui.config import load_secrets
    from brent_tui.store import Store

    ok = True

    def line(status: str, text: str) -> None:
        print(f"[{status:^4}] {text}")

    line("ok", f"config: {', '.join(map(str, ctx.files)) or 'defaults (no config file)'}")
    line("ok" if ctx.actor.known else "warn", f"you: {ctx.actor.login} — {ctx.actor.label}")
    try:
        secrets = load_secrets(ctx.config)
        line("ok", f"secrets: {len(set(secrets.values()))} token(s) available ({ctx.config.secrets_path()})")
    except UserError as exc:
        ok = False
        line("FAIL", f"secrets: {exc}")

    for problem in permission_findings(ctx.db_path):
        ok = False
        line("FAIL", problem)

    async def inspect() -> None:
        nonlocal ok
        try:
            store = await Store.open(ctx.db_path, create=False)
        except UserError as exc:
            ok = False
            line("FAIL", f"database: {exc}")
            return
        async with store:
            integrity = await store.integrity_check()
            version = await store.schema_version()
            count = await store.max_mention_id()
            line("ok" if integrity == "ok" else "FAIL",
                 f"database: {ctx.db_path} (schema v{version}, ~{count:,} mentions, integrity {integrity})")
            ok = ok and integrity == "ok"
            configured = {c.name for c in ctx.config.connectors if c.enabled}
            caps = {c.name: c.monthly_read_cap for c in ctx.config.connectors}
            healths = {h.name: h for h in await store.all_health()}
            now = utcnow()
            for name in sorted(configured | set(healths)):
                h = healths.get(name)
                if h is None:
                    line("warn", f"connector {name}: never polled")
                    continue
                when = h.last_success_at.strftime("%Y-%m-%d %H:%M UTC") if h.last_success_at else "never"
                status = "ok"
                detail = f"last success {when}"
                if h.last_error and (not h.last_success_at or (h.last_error_at and h.last_error_at > h.last_success_at)):
                    status = "FAIL"
                    detail += f"; last error: {h.last_error}"
                if h.next_attempt_at:
                    detail += f"; next attempt {h.next_attempt_at:%Y-%m-%d %H:%M UTC}"
                if h.rate_limit_remaining is not None:
                    detail += f"; {h.rate_limit_remaining:,} requests left in the rate-limit window"
                cap = caps.get(name)
                if h.budget_month and (cap is not None or h.budget_used):
                    used = h.budget_used or 0
                    detail += f"; paid reads {used:,}" + (f" of {cap:,}" if cap is not None else "") + \
                        f" in {h.budget_month}"
                    if cap is not None and used >= 0.9 * cap and status == "ok":
                        status = "warn"
                if h.token_expires_at and (h.token_expires_at - now).days < 7:
                    status = "warn" if status == "ok" else status
                    detail += f"; token expires {h.token_expires_at:%Y-%m-%d}"
                if status == "FAIL":
                    ok = False
                line(status, f"connector {name}: {detail}")

    asyncio.run(inspect())
    print("all good" if ok else "problems found")
    return 0 if ok else 1
