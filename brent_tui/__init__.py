"""brent-tui: a council social media workstation for the terminal."""

__version__ = "0.1.0"
