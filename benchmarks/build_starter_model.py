"""Build the starter model shipped with the app: `python -m benchmarks.build_starter_model`.

The learned model (`domain.learned`) trained on the train and dev splits of the labelled sets in
`tests/eval/triage/` (sets 1–11: 3,928 mentions written independently of the rules, never set 12, the
held-out test). The app uses it until the team's own decisions make a model of their own (200).
Writes `brent_tui/data/starter_model.json` (plain weights, never a pickle).
"""

from __future__ import annotations

import dataclasses

from benchmarks.common import ROOT
from benchmarks.triage_eval import _load
from brent_tui.domain.learned import train

OUT = ROOT / "brent_tui" / "data" / "starter_model.json"


def main() -> None:
    texts: list[str] = []
    routes: list[int] = []
    for split in ("train", "dev"):
        mentions, labels = _load(split)
        texts += [m.text for m in mentions]
        routes += [int(label["route"]) for label in labels]
    model = train(texts, routes, trained_at="the labelled sets' train and dev splits")
    assert model is not None
    model = dataclasses.replace(model, source="labelled mentions")
    OUT.write_text(model.to_json(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {model.decisions} labelled mentions, {len(model.weights):,} n-grams, "
          f"{OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
