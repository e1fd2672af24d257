"""brent-tui: a council social media workstation for the terminal."""

__version__ = "0.1.0"

# What this process is, as colleagues see it ("app session", "poll", "foi list"): set by the
# command line before any database is opened; `store.presence` writes it where `restore` reads it.
process_label = "brent-tui"
