"""Triage agreement on the held-out test split of the evaluation set (`tests/eval/triage/test.jsonl`).

The rules are run as `brent-tui triage suggest` runs them (default settings, no key people; without
the model, and `--shipped` with the starter model `triage suggest` adds) and compared with the labels: route agreement with the confusion matrix, escalation recall, FOI
recall and the FOI false-flag rate. This is the only code that reads the test split; the rules are
tuned on `train.jsonl` and checked on `dev.jsonl`. `python -m benchmarks.triage_eval [SPLIT]` prints
the same for any split; `--learned` adds the rules blended with a model trained on the train split
(`domain.learned`), and the curve as the decisions it learns from grow (50, 100, 200, all);
`--languages` the language detector's accuracy on train + dev; `--shipped` the rules with the starter
model the app ships (`benchmarks/build_starter_model.py`: trained on train + dev).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.common import ROOT, Figure
from brent_tui.domain.language import detect_language
from brent_tui.domain.learned import LearnedModel, train
from brent_tui.domain.triage_batch import suggest_batch
from brent_tui.domain.triage_eval import Evaluation, evaluate, report_lines
from brent_tui.jobs.importer import LineProblem, jsonl_lines, parse_jsonl

EVAL_DIR = ROOT / "tests" / "eval" / "triage"


def _load(split: str) -> tuple[list, list[dict]]:
    path = EVAL_DIR / f"{split}.jsonl"
    lines = jsonl_lines(path.read_text(encoding="utf-8"))
    mentions, labels = [], []
    for number, item in parse_jsonl(lines, ignore_extra=True):
        if isinstance(item, LineProblem):
            raise ValueError(f"{path}:{item}")
        mentions.append(item)
        labels.append(json.loads(lines[number - 1])["label"])
    return mentions, labels


def evaluate_split(split: str = "test", model: LearnedModel | None = None) -> Evaluation:
    """The evaluation of one split of the labelled set: rules only, or blended with `model`."""
    mentions, labels = _load(split)
    suggestions = suggest_batch(mentions, model=model)
    return evaluate(({"route": int(s.route), "foi": s.foi, "foi_valid": s.foi_valid, "department": s.department},
                     label) for s, label in zip(suggestions, labels, strict=True))


def train_on_train_split(first: int | None = None) -> LearnedModel | None:
    """The learned model as if the team's decisions were the train split's labels (the first `first`)."""
    mentions, labels = _load("train")
    pairs = list(zip((m.text for m in mentions), (int(label["route"]) for label in labels), strict=True))[:first]
    return train([t for t, _ in pairs], [r for _, r in pairs])


def model_alone(split: str, model: LearnedModel) -> float:
    """Route agreement of the model's own prediction, without the rules (for the learning curve)."""
    mentions, labels = _load(split)
    hits = sum(int(model.predict(m.text).route) == int(label["route"]) for m, label in zip(mentions, labels,
                                                                                          strict=True))
    return hits / len(labels)


def language_lines(splits: tuple[str, ...] = ("train", "dev")) -> list[str]:
    """The detector (`domain.language`) against `label.language`: right, too short to tell, wrong."""
    right = unsure = 0
    wrong: list[str] = []
    total = 0
    for split in splits:
        mentions, labels = _load(split)
        for m, label in zip(mentions, labels, strict=True):
            total += 1
            found = detect_language(m.text)
            if found == label.get("language"):
                right += 1
            elif found is None:
                unsure += 1
            else:
                wrong.append(f"{label.get('language')} read as {found}")
    return [f"language detected {right}/{total} ({100 * right / total:.1f} %), too short to tell {unsure}, "
            f"wrong {len(wrong)}" + (f": {', '.join(wrong)}" if wrong else "") + f" ({' + '.join(splits)})"]


CURVE = (50, 100, 200, None)  # the first N train items as the team's decisions; None: all


def learned_figures(split: str = "test") -> tuple[list[Figure], list[str]]:
    """Rules + the model trained on the train split, and the curve as decisions grow (printed only)."""
    figures: list[Figure] = []
    lines = []
    for first in CURVE:
        model = train_on_train_split(first)
        if model is None:
            continue
        ev = evaluate_split(split, model)
        alone = model_alone(split, model)
        lines.append(f"{model.decisions:>4} decisions: rules + model {100 * ev.accuracy:.1f} % "
                     f"(escalation recall {100 * ev.escalation_recall:.1f} %), model alone {100 * alone:.1f} %")
        if first is None:
            note = f"model trained on all {model.decisions} train items, {ev.total} held-out mentions"
            figures += [
                Figure("triage route agreement (rules + learned model)", "%", 85, "higher",
                       value=100 * ev.accuracy, stat="rate", note=note),
                Figure("triage escalation recall (rules + learned model)", "%", 95, "higher",
                       value=100 * ev.escalation_recall, stat="rate"),
            ]
        else:
            figures.append(Figure(f"triage route agreement, model from {first} decisions", "%", None, "higher",
                                  value=100 * ev.accuracy, stat="rate", note=f"model alone {100 * alone:.1f} %"))
    return figures, lines


def triage_figures(ev: Evaluation, what: str = "rules only") -> list[Figure]:
    """The issue's targets: route ≥ 85 %, escalation recall ≥ 95 %, FOI recall ≥ 90 %, false flags ≤ 2 %."""
    note = f"{what}, {ev.total} held-out mentions"
    return [
        Figure(f"triage route agreement ({what}, test split)", "%", 85, "higher",
               value=100 * ev.accuracy, stat="rate", note=note),
        Figure(f"triage escalation recall ({what})", "%", 95, "higher", value=100 * ev.escalation_recall,
               stat="rate"),
        Figure(f"triage FOI recall ({what})", "%", 90, "higher", value=100 * ev.foi_recall, stat="rate"),
        Figure(f"triage FOI false flags ({what})", "%", 2, "lower", value=100 * ev.foi_false_flag_rate,
               stat="rate"),
    ]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    split = next((a for a in args if not a.startswith("-")), "test")
    if not (EVAL_DIR / f"{split}.jsonl").is_file():
        print(f"no split {split!r} in {EVAL_DIR}", file=sys.stderr)
        return 2
    print(f"triage rules on {Path('tests/eval/triage') / f'{split}.jsonl'} (rules only):")
    print("\n".join(report_lines(evaluate_split(split))))
    if "--shipped" in args:
        from brent_tui.services.learning import starter_model

        print("as shipped (rules + the starter model, trained on train + dev):")
        print("\n".join(report_lines(evaluate_split(split, starter_model()))))
    if "--languages" in args:
        print("\n".join(language_lines()))
    if "--learned" in args:
        print("rules + a model learned from the train split's labels, as decisions grow:")
        print("\n".join(learned_figures(split)[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
