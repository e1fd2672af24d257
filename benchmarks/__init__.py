"""`python -m benchmarks` (or `make bench`): brent-tui's figures at a million mentions.

Figures, not pass/fail: each is printed with its median/p95/p99 and as a ratio to its target.
"""
