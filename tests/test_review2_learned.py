"""Review 2: the escalation head's JSON is read by the code of the version before it.

Several processes share one database: after an upgrade, a poller or an officer's session still running
the code before the escalation head reads the team model another process stored (`meta.triage_model`).
That code adds each n-gram's weights into one score per route (`for i, w in enumerate(weights[g])`), so
a sixth column made it fail with IndexError on every scoring batch."""

from __future__ import annotations

import json
import math

from brent_tui.domain.learned import LearnedModel, train
from tests.test_learned import CS, ESCALATE, MONITOR


def _headed() -> LearnedModel:
    """A model with an escalation head (trained on enough escalations to have one)."""
    model = train((ESCALATE + CS + MONITOR) * 6, ([5] * 4 + [2] * 4 + [1] * 4) * 6)
    assert model is not None and model.escalate_intercept is not None
    return model


def _old_predict(stored: str, text: str) -> int:
    """The route as the code before the head reads a stored model (its `from_json` and `predict` loop)."""
    from brent_tui.domain.learned import ngrams

    d = json.loads(stored)
    weights = {str(k): tuple(float(x) for x in v) for k, v in d["weights"].items()}
    scores = [float(x) for x in d["intercepts"]]
    for g in [g for g in ngrams(text) if g in weights]:
        for i, w in enumerate(weights[g]):
            scores[i] += w
    return int(d["routes"][max(range(len(scores)), key=scores.__getitem__)])


def test_review2_a_model_with_its_escalation_head_is_read_by_the_code_before_it() -> None:
    model = _headed()
    stored = model.to_json()
    text = "no one has seen the old lady since friday"
    assert _old_predict(stored, text) == int(model.predict(text).route)
    again = LearnedModel.from_json(stored)  # and this code still reads its head back
    assert again.escalate_intercept == model.escalate_intercept
    for probe in (text, "bin missed again"):
        assert math.isclose(again.predict(probe).escalate, model.predict(probe).escalate)


def test_review2_a_model_stored_with_the_head_inline_is_still_read() -> None:
    """Models stored by the first version of the head (a sixth weight column) still give the head's answer."""
    model = _headed()
    inline = json.dumps({"routes": model.routes, "intercepts": model.intercepts, "weights": model.weights,
                         "decisions": model.decisions, "escalate_intercept": model.escalate_intercept})
    again = LearnedModel.from_json(inline)
    assert math.isclose(again.predict("no one has seen her").escalate, model.predict("no one has seen her").escalate)
