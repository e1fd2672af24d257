"""`brent-tui doctor`: what is wrong with this installation, and what to do about it."""

from __future__ import annotations

import asyncio
import grp
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from brent_tui import clock
from brent_tui.domain.errors import UserError
from brent_tui.jobs.locks import lock_path

if TYPE_CHECKING:
    from brent_tui.cli.context import Context


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report: `ok`, `warn` or `FAIL`, and what to do about it."""

    status: str
    text: str


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def db_files(db_path: Path) -> list[Path]:
    """The database, its write-ahead log and shared-memory index, and the poller's lock file."""
    return [db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm"),
            lock_path(db_path)]


def flock_holders(lock_file: Path, proc_locks: str | None = None) -> list[int]:
    """Pids holding an flock on `lock_file`, read from /proc/locks (never by taking the lock, which
    could make a poller that is starting at that instant refuse to start)."""
    try:
        inode = lock_file.stat().st_ino
        text = proc_locks if proc_locks is not None else Path("/proc/locks").read_text()
    except OSError:
        return []
    pids = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[1] == "FLOCK" and parts[-3].rsplit(":", 1)[-1] == str(inode):
            pids.append(int(parts[4]))
    return pids


def poller_processes(cmdlines: dict[int, list[str]] | None = None) -> dict[int, list[str]]:
    """Processes running `brent-tui poll` (or `python -m brent_tui poll`) on this machine."""
    if cmdlines is None:
        cmdlines = {}
        for entry in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                argv = entry.read_bytes().decode("utf-8", "replace").split("\0")
            except OSError:
                continue
            cmdlines[int(entry.parent.name)] = [a for a in argv if a]
    out = {}
    for pid, argv in cmdlines.items():
        for i, arg in enumerate(argv):
            if (arg.endswith("brent-tui") or arg == "brent_tui") and "poll" in argv[i + 1:]:
                out[pid] = argv
                break
    return out


def _poller_db(argv: list[str]) -> Path | None:
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return Path(argv[i + 1]).expanduser()
        if arg.startswith("--db="):
            return Path(arg[5:]).expanduser()
    return None


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def shared_setup_findings(
    db_path: Path,
    *,
    config_files: list[Path] | None = None,
    poll_in_app: bool = True,
    groups: set[int] | None = None,
    umask: int | None = None,
    cmdlines: dict[int, list[str]] | None = None,
    proc_locks: str | None = None,
) -> list[Finding]:
    """Every permission problem of the shared-server setup (deploy/README.md), each with its fix.

    The setup: a group (e.g. `brent`) holding every officer and the poller's service user; a setgid
    folder `/srv/brent-tui` (2770) owned by that group; the database, its -wal/-shm files and the
    poller lock file 0660 in that group; the config readable by all and writable by root only; one
    poller holding the lock.
    """
    out: list[Finding] = []
    me = pwd_name()
    groups = groups if groups is not None else {*os.getgroups(), os.getegid()}
    umask = current_umask() if umask is None else umask
    for cfg in config_files or []:
        if not cfg.exists():
            continue
        if not os.access(cfg, os.R_OK):
            out.append(Finding("FAIL", f"{cfg}: you cannot read the config; run: sudo chmod 644 {cfg}"))
        elif _mode(cfg) & 0o022:
            out.append(Finding("FAIL", f"{cfg}: others can edit the config (mode {_mode(cfg):04o}) and give "
                                       f"themselves any role; run: sudo chown root:root {cfg} && sudo chmod 644 {cfg}"))
    folder = db_path.parent
    if not folder.exists():
        return [*out, Finding("FAIL", f"{folder}: folder does not exist; for a shared server create it: "
                                      f"sudo install -d -m 2770 -g brent {folder}")]
    fmode, fst = _mode(folder), folder.stat()
    group = _group_name(fst.st_gid)
    shared = bool(fmode & 0o020)
    in_group = fst.st_gid in groups or fst.st_uid == os.geteuid()
    if not os.access(folder, os.W_OK | os.X_OK):
        fix = (f"add yourself to the group: sudo usermod -aG {group} {me}, then log out and in again"
               if not in_group else f"make it group-writable: sudo chmod 2770 {folder}")
        out.append(Finding("FAIL", f"{folder}: you cannot create files here, so SQLite cannot make its -wal/-shm "
                                   f"files and the database opens read-only or not at all; {fix}"))
    if shared:
        if not fmode & stat.S_ISGID:
            out.append(Finding("FAIL", f"{folder}: shared folder without setgid, so new files get their creator's "
                                       f"own group and other officers are locked out; run: sudo chmod g+s {folder}"))
        if fmode & 0o007:
            out.append(Finding("FAIL", f"{folder}: users outside group {group} can reach the database (mode "
                                       f"{fmode:04o}); run: sudo chmod o-rwx {folder}"))
        if not in_group:
            out.append(Finding("FAIL", f"you ({me}) are not in group {group}, which owns {folder}; "
                                       f"run: sudo usermod -aG {group} {me}, then log out and in again"))
        if umask & 0o060:
            out.append(Finding("warn", f"your umask is {umask:04o}: files you create here (backups, exports) would "
                                       "not be group read/write (brent-tui creates the database 0660 itself); "
                                       "add `umask 007` to ~/.profile"))
    for path in db_files(db_path):
        if not path.exists():
            continue
        what = "the poller's lock file" if path.name.endswith(".lock") else path.name
        mode = _mode(path)
        if not os.access(path, os.R_OK | os.W_OK):
            out.append(Finding("FAIL", f"{path}: you cannot read and write {what}; "
                                       f"run: sudo chgrp {group} {path} && sudo chmod 660 {path}"))
        if not shared:
            continue
        if (mode & 0o060) != 0o060:
            hint = (" — the poller service (another user) could not take its lock and would not start"
                    if what.endswith("lock file") else ", so other officers cannot write")
            out.append(Finding("FAIL", f"{path}: {what} is mode {mode:04o}, not group read/write{hint}; "
                                       f"run: sudo chmod 660 {path}"))
        if mode & 0o007:
            out.append(Finding("FAIL", f"{path}: users outside group {group} can read {what} (mode {mode:04o}); "
                                       f"run: sudo chmod o-rwx {path}"))
        if path.stat().st_gid != fst.st_gid:
            out.append(Finding("FAIL", f"{path}: group is {_group_name(path.stat().st_gid)}, not the folder's "
                                       f"{group}; run: sudo chgrp {group} {path}"))
    out += _poller_findings(db_path, poll_in_app=poll_in_app, cmdlines=cmdlines, proc_locks=proc_locks)
    return out


def _poller_findings(db_path: Path, *, poll_in_app: bool, cmdlines: dict[int, list[str]] | None,
                     proc_locks: str | None) -> list[Finding]:
    lock = lock_path(db_path)
    holders = flock_holders(lock, proc_locks) if lock.exists() else []
    holder_text = ""
    if holders:
        try:
            holder_text = lock.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            holder_text = ""
    out: list[Finding] = []
    if holders:
        out.append(Finding("ok", f"poller: running, holding {lock.name} ({holder_text or f'pid {holders[0]}'})"))
    elif poll_in_app:
        out.append(Finding("warn", "poller: none running on this database; officers' sessions poll in-process "
                                   "while open (poll_in_app = true). On a shared server run the service: "
                                   "sudo systemctl enable --now brent-tui-poller"))
    else:
        out.append(Finding("FAIL", "poller: none running on this database, so no mentions are fetched and no posts "
                                   "published (poll_in_app = false); run: sudo systemctl start brent-tui-poller "
                                   "and see: journalctl -u brent-tui-poller"))
    me = os.getpid()
    for pid, argv in sorted(poller_processes(cmdlines).items()):
        if pid == me or pid in holders:
            continue
        target = _poller_db(argv)
        if target is not None and not _same(target, db_path):
            continue  # polling another database
        if holders:
            out.append(Finding("FAIL", f"a second poller is running (pid {pid}: {' '.join(argv)[:120]}) beside "
                                       f"pid {holders[0]}, which holds the lock; two pollers fetch everything twice "
                                       f"and spend paid reads twice — stop it: kill {pid}"))
        else:
            out.append(Finding("warn", f"a poller process (pid {pid}) is running but holds no lock on this "
                                       "database: it is starting, or polling another database named in its config"))
    return out


def permission_findings(db_path: Path) -> list[str]:
    """The problems (FAIL lines) of the shared-database setup, for callers that want plain text."""
    return [f.text for f in shared_setup_findings(db_path) if f.status == "FAIL"]


def pwd_name() -> str:
    from brent_tui.domain.roles import login_name

    return login_name()


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

    # The shared folder, the file's modes and the poller's lock file are an SQLite file's; a PostgreSQL
    # server keeps its own (its roles and grants: deploy/README.md).
    findings = [] if isinstance(ctx.db_path, str) else shared_setup_findings(
        ctx.db_path, config_files=ctx.files, poll_in_app=ctx.config.app.poll_in_app)
    for finding in findings:
        ok = ok and finding.status != "FAIL"
        line(finding.status, finding.text)

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
                 f"database: {store.location} (schema v{version}, ~{count:,} mentions, integrity {integrity})")
            ok = ok and integrity == "ok"
            aside = await store.count_set_aside()
            if aside:  # poison pills from any source (a connector, an import), kept whole with the reason
                (when, last), = await store.set_aside_items(limit=1)
                line("warn", f"set aside: {aside:,} item(s) kept out of the mentions as unreadable or impossible; "
                             f"the last ({last.source or 'unknown source'}, {when}): {last.reason}")
            from brent_tui.services.publisher import accounts_that_cannot_publish

            for why in accounts_that_cannot_publish([*await store.accounts(), *ctx.config.accounts],
                                                    ctx.config.connectors):
                line("warn", f"cannot publish: {why}")
            configured = {c.name for c in ctx.config.connectors if c.enabled}
            caps = {c.name: c.monthly_read_cap for c in ctx.config.connectors}
            healths = {h.name: h for h in await store.all_health()}
            now = clock.now()
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
                aside = int(h.extra.get("set_aside") or 0)
                if aside:  # poison pills kept out of the mentions: a person should look at them
                    status = "warn" if status == "ok" else status
                    detail += f"; {aside:,} item(s) set aside, the last: {h.extra.get('set_aside_last')}"
                if status == "FAIL":
                    ok = False
                line(status, f"connector {name}: {detail}")

    asyncio.run(inspect())
    print("all good" if ok else "problems found")
    return 0 if ok else 1
