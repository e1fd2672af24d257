"""A real full disk and real read-only files for tests, each in a child process.

- `run_python(..., tmpfs=DIR)`: DIR is a small tmpfs mounted in a private mount namespace
  (`unshare --user --map-root-user --mount`), so writes there meet a real ENOSPC. The mount lives
  only as long as the child, so one child does every step of a test and prints what it saw.
- `run_python(..., unprivileged=True)`: file modes apply to the child as to any officer. As root
  (who ignores 0444) the child runs in a new user namespace with no capability over the host's
  files (`unshare --user`); as anyone else it is an ordinary child.

No SQLite is mocked: the child uses the real store on real files.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def unshare_problem(*, mount: bool) -> str | None:
    """Why the sandbox cannot run here (None when it can), for `pytest.skip`."""
    if shutil.which("unshare") is None:
        return "needs `unshare` (util-linux) for a private tmpfs or an unprivileged user namespace"
    with tempfile.TemporaryDirectory() as scratch:
        argv = (["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                 f"mount -t tmpfs -o size=64k tmpfs {scratch}"] if mount else ["unshare", "--user", "true"])
        trial = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    if trial.returncode != 0:
        what = "mount a tmpfs in a user namespace" if mount else "create a user namespace"
        return f"cannot {what} here (`{' '.join(argv[:5])} …`: {trial.stderr.strip() or trial.returncode})"
    return None


def require_sandbox(*, mount: bool = False, unprivileged: bool = False) -> None:
    if mount or (unprivileged and os.geteuid() == 0):
        problem = unshare_problem(mount=mount)
        if problem:
            pytest.skip(problem)


def run_python(code: str, *args: str, home: Path, tmpfs: Path | None = None, size: str = "600k",
               unprivileged: bool = False, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run `code` with `python -c` (the repository importable, BRENT_TUI_HOME=`home`)."""
    require_sandbox(mount=tmpfs is not None, unprivileged=unprivileged)
    env = {**os.environ, "BRENT_TUI_HOME": str(home), "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-c", code, *args]
    if tmpfs is not None:
        tmpfs.mkdir(parents=True, exist_ok=True)
        argv = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                f'mount -t tmpfs -o size={size},mode=0777 tmpfs "$0" && exec "$@"', str(tmpfs), *argv]
    elif unprivileged and os.geteuid() == 0:
        argv = ["unshare", "--user", *argv]
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def json_result(proc: subprocess.CompletedProcess[str]) -> Any:
    """The child's last stdout line, as JSON (it prints what it saw there)."""
    assert proc.returncode == 0, f"the child failed:\n{proc.stdout}\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1])
