"""Live sync names changes by domain entity: every table the change log can name maps to exactly one, so a
renamed or new table cannot quietly stop a screen refreshing."""

from __future__ import annotations

import logging
import re

import pytest

from brent_tui.domain.entities import Entity
from brent_tui.store import Store
from brent_tui.store.system import ENTITY_OF_TABLE, entities_of

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

# What a trigger writes to the change log: INSERT INTO changes(entity, ...) VALUES ('table', ...).
LOGGED_TABLE = re.compile(r"INSERT\s+INTO\s+changes\s*\([^)]*\)\s*VALUES\s*\(\s*'(\w+)'", re.IGNORECASE)


async def _logged_tables(store: Store) -> dict[str, str]:
    """Each table name the database's triggers write to the change log, with the table the trigger is on
    (on PostgreSQL one trigger function logs the table it fires on: `TG_TABLE_NAME`)."""
    if store.postgres:
        rows = await store._fetchall("SELECT DISTINCT event_object_table FROM information_schema.triggers "
                                     "WHERE action_statement LIKE '%brent_record_change%'")
        return {r[0]: r[0] for r in rows}
    rows = await store._db.execute_fetchall("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {name: on for on, sql in rows for name in LOGGED_TABLE.findall(sql)}


async def test_every_table_the_change_log_names_maps_to_an_entity(store: Store) -> None:
    logged = await _logged_tables(store)
    assert logged, "the migrated database has change-log triggers"
    assert set(logged) <= ENTITY_OF_TABLE.keys(), "a trigger logs a table no entity maps"
    # ... and the name a trigger writes is the table it is on (a renamed table keeps no stale name).
    assert {name: on for name, on in logged.items() if name != on} == {}


async def test_the_map_names_no_table_the_change_log_never_writes(store: Store) -> None:
    assert ENTITY_OF_TABLE.keys() <= (await _logged_tables(store)).keys()


async def test_a_change_comes_back_as_its_entity(store: Store) -> None:
    cursor = await store.latest_change_id()
    await store.notify(["amy"], "assigned", "You have a new case")
    new_cursor, entities = await store.changed_entities(cursor)
    assert entities == {Entity.NOTIFICATIONS} and new_cursor > cursor
    assert await store.changed_entities(new_cursor) == (new_cursor, frozenset())


def test_a_table_missing_from_the_map_is_logged_as_an_error(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="brent_tui.store"):
        assert entities_of(["foi_cases", "renamed_table"]) == {Entity.FOI}
    assert "renamed_table" in caplog.text
