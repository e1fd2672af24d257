"""Fixtures for Pilot tests: a config with people in every role and a small database."""

from __future__ import annotations

from pathlib import Path

import pytest

from brent_tui.config import Config

PEOPLE = {
    "webby": {"name": "Wendy Webb", "role": "web_team", "department": "Web"},
    "comms": {"name": "Colin Comms", "role": "comms_officer", "department": "Communications"},
    "cs": {"name": "Cara Service", "role": "customer_services", "department": "Environment"},
    "officer": {"name": "Omar Officer", "role": "service_officer", "department": "Environment"},
    "head": {"name": "Hana Head", "role": "head_of_service", "department": "Environment"},
}


@pytest.fixture
def config() -> Config:
    return Config.model_validate({
        "people": PEOPLE,
        "departments": [
            {"name": "Web", "lead": "webby"},
            {"name": "Communications", "lead": "comms"},
            {"name": "Environment", "lead": "cs", "officers": ["cs", "officer"], "head": "head"},
        ],
        "app": {"poll_in_app": False},
    })


def make_app(config: Config, db_path: Path, login: str = "webby", **kwargs):
    from brent_tui.app import BrentApp

    return BrentApp(config, db_path=db_path, actor=config.actor(login), live_interval=0.2, **kwargs)
