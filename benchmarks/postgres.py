"""`python -m benchmarks.postgres bench|load [ARGS…]`: a benchmark on a throwaway PostgreSQL.

For a machine with PostgreSQL's server binaries but no database to spare: starts a durable server
(commits wait for the disk, as on a real one) in a temporary folder on a Unix socket
(`tests/pg_server.py`), makes an empty database, runs `python -m benchmarks --url URL ARGS…` (bench)
or `python -m benchmarks.load_test --url URL ARGS…` (load), and removes the server afterwards.
"""

from __future__ import annotations

import subprocess
import sys

from tests.pg_server import Server, why_not

MODULES = {"bench": "benchmarks", "load": "benchmarks.load_test"}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in MODULES:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    reason = why_not()
    if reason:
        print(f"no PostgreSQL server here: {reason}", file=sys.stderr)
        return 2
    server = Server(durable=True)
    server.start()
    try:
        url = server.new_database()
        return subprocess.run([sys.executable, "-m", MODULES[argv[0]], "--url", url, *argv[1:]]).returncode
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
