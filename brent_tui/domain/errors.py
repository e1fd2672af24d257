"""The base of every error whose message is written for the person using the app.

The UI and the CLI show a `UserError` as one clear line; anything else is a bug and is
logged with its traceback (never shown raw on screen).
"""


class UserError(Exception):
    """An error the user can act on; `str(error)` says what is wrong."""
