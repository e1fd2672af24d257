"""Keep the learned triage model (`domain.learned`) in step with the team's decisions, in the background.

The model is stored as JSON in `app_meta` (plain weights, never a pickle: nothing in the data
directory can run code when loaded). Retraining runs in a child process once `RETRAIN_EVERY` new
decisions have been made (up to 20,000 of them take ~9 s of CPU, most of it Python that would hold
the GIL: in a thread it would stall the screens' keys); the scorer reads the stored model, parsing it
again only when it changed.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from brent_tui import clock
from brent_tui.domain.learned import MIN_DECISIONS, LearnedModel, train

if TYPE_CHECKING:
    from brent_tui.store import Store

MODEL_KEY = "triage_model"
SEEN_KEY = "triage_model_decisions_seen"  # the newest decision id the stored model has seen
RETRAIN_EVERY = 25

_parsed: dict[str, LearnedModel] = {}  # stamp -> model: one parse per version, whatever the caller


async def retrain_if_due(store: Store, *, every: int = RETRAIN_EVERY) -> bool:
    """Train again from the decisions in force once `every` new ones were made; True when it did."""
    newest = await store.last_decision_id()
    seen = int(await store.meta(SEEN_KEY) or 0)
    if newest - seen < every:
        return False
    pairs = await store.decision_pairs()
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        model = await asyncio.get_running_loop().run_in_executor(
            pool, functools.partial(train, [t for t, _ in pairs], [r for _, r in pairs],
                                    trained_at=clock.now().isoformat(timespec="seconds")))
    if model is not None:
        await store.set_meta(MODEL_KEY, model.to_json())
    await store.set_meta(SEEN_KEY, str(newest))
    return model is not None


async def current_model(store: Store) -> LearnedModel | None:
    """The team's model once it has learned from enough decisions to count (`MIN_DECISIONS`); until
    then the starter model shipped with the app (3,928 labelled mentions written independently of the
    rules), so a new team's first escalations get the model's second look too."""
    text = await store.meta(MODEL_KEY)
    if text:
        stamp = f"{len(text)}:{hash(text)}"
        model = _parsed.get(stamp)
        if model is None:
            model = await asyncio.to_thread(LearnedModel.from_json, text)
            _parsed.clear()
            _parsed[stamp] = model
        if model.decisions >= MIN_DECISIONS:
            return model
    return await asyncio.to_thread(starter_model)


@functools.cache
def starter_model() -> LearnedModel | None:
    """The model trained on the labelled sets' train and dev splits (`benchmarks/build_starter_model.py`: sets 1–9)."""
    from importlib.resources import files

    try:
        return LearnedModel.from_json(files("brent_tui.data").joinpath("starter_model.json").read_text("utf-8"))
    except (OSError, ValueError, KeyError):
        return None
