"""The tabs, in order: the one list the app's modes and keys, the header, the help and `--tab` read.

Plain data with no Textual import, so the command line can offer the names without loading the UI.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tab:
    name: str  # the mode, and the value of `--tab`
    label: str
    key: str
    screen: str  # "module:Class", imported when the tab is first shown (start-up pays only for the Feed)
    about: str = ""  # what the tab is for, in a few words (the `?` help)


TABS: tuple[Tab, ...] = (
    Tab("feed", "Feed", "f1", "brent_tui.screens.feed:FeedScreen", "every mention, newest first"),
    Tab("triage", "Triage", "f2", "brent_tui.screens.triage:TriageScreen", "decide what each mention needs"),
    Tab("calendar", "Calendar", "f3", "brent_tui.screens.calendar:CalendarScreen", "write, approve and schedule posts"),
    Tab("accounts", "Accounts", "f4", "brent_tui.screens.accounts:AccountsScreen",
        "the council's accounts and requests for new ones"),
    Tab("foi", "FOI", "f5", "brent_tui.screens.foi:FoiScreen", "Freedom of Information cases and their deadlines"),
    Tab("insights", "Insights", "f6", "brent_tui.screens.insights:InsightsScreen", "figures and charts"),
)

TAB_BY_NAME: dict[str, Tab] = {tab.name: tab for tab in TABS}
