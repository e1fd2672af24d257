"""python -m brent_tui"""

from brent_tui.cli import entry

entry()
