"""python -m brent_tui"""

from brent_tui.cli.main import entry

entry()
