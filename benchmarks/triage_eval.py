"""Triage agreement on the held-out test split of the evaluation set (`tests/eval/triage/test.jsonl`).

The rules are run exactly as `brent-tui triage suggest` runs them (default settings, no key people)
and compared with the labels: route agreement with the confusion matrix, escalation recall, FOI
recall and the FOI false-flag rate. This is the only code that reads the test split; the rules are
tuned on `train.jsonl` and checked on `dev.jsonl`. `python -m benchmarks.triage_eval [SPLIT]` prints
the same for any split.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.common import ROOT, Figure
from brent_tui.domain.triage_batch import suggest_batch
from brent_tui.domain.triage_eval import Evaluation, evaluate, report_lines
from brent_tui.jobs.importer import LineProblem, parse_jsonl

EVAL_DIR = ROOT / "tests" / "eval" / "triage"


def evaluate_split(split: str = "test") -> Evaluation:
    """The rules-only evaluation of one split of the labelled set."""
    path = EVAL_DIR / f"{split}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    mentions, labels = [], []
    for number, item in parse_jsonl(lines, ignore_extra=True):
        if isinstance(item, LineProblem):
            raise ValueError(f"{path}:{item}")
        mentions.append(item)
        labels.append(json.loads(lines[number - 1])["label"])
    suggestions = suggest_batch(mentions)
    return evaluate(({"route": int(s.route), "foi": s.foi, "foi_valid": s.foi_valid, "department": s.department},
                     label) for s, label in zip(suggestions, labels, strict=True))


def triage_figures(ev: Evaluation) -> list[Figure]:
    """The issue's targets: route ≥ 85 %, escalation recall ≥ 95 %, FOI recall ≥ 90 %, false flags ≤ 2 %."""
    note = f"rules only, {ev.total} held-out mentions"
    return [
        Figure("triage route agreement (rules only, test split)", "%", 85, "higher",
               value=100 * ev.accuracy, stat="rate", note=note),
        Figure("triage escalation recall (rules only)", "%", 95, "higher", value=100 * ev.escalation_recall,
               stat="rate"),
        Figure("triage FOI recall (rules only)", "%", 90, "higher", value=100 * ev.foi_recall, stat="rate"),
        Figure("triage FOI false flags (rules only)", "%", 2, "lower", value=100 * ev.foi_false_flag_rate,
               stat="rate"),
    ]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    split = args[0] if args else "test"
    if not (EVAL_DIR / f"{split}.jsonl").is_file():
        print(f"no split {split!r} in {EVAL_DIR}", file=sys.stderr)
        return 2
    print(f"triage rules on {Path('tests/eval/triage') / f'{split}.jsonl'} (rules only):")
    print("\n".join(report_lines(evaluate_split(split))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
