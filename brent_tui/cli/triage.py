"""`brent-tui triage suggest FILE [--out FILE]` and `brent-tui triage eval FILE`: the rules on a file.

`suggest` reads mentions as JSON Lines (the importer's format; extra keys such as an evaluation
set's `label` are ignored) and writes one JSON line per mention: `id`, `route`, `department`, `foi`,
`foi_valid`, `priority`, `language`, `reasons` — the same suggestion the app makes (the rules, with
the learned model of `--db`, or the starter model the app uses until a team has its own), so the
team can check a rule change against last month before switching it on. `eval` does the same for a labelled
file and prints route agreement, escalation recall, FOI recall and false flags, and the confusion
matrix. Settings come from `--config` and key people from `--db` when given, else the defaults.
A bad line or an unreadable file is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brent_tui.cli.context import CliError, add_out_option, out_path, write_out

if TYPE_CHECKING:
    from brent_tui.domain.learned import LearnedModel
    from brent_tui.domain.models import KeyPerson, MentionIn
    from brent_tui.domain.triage import TriageSettings


def add_triage_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    triage = sub.add_parser("triage", help="run the triage rules on a file of mentions")
    common(triage)
    actions = triage.add_subparsers(dest="triage_command", metavar="ACTION", required=True,
                                    parser_class=type(triage))
    suggest = actions.add_parser("suggest", help="suggest a route for each mention of a JSON Lines file")
    common(suggest)
    suggest.add_argument("file", type=Path, metavar="FILE")
    add_out_option(suggest, "write the suggestions here (default: stdout)")
    suggest.set_defaults(handler=cmd_suggest)
    evaluate = actions.add_parser("eval", help="compare the suggestions with a labelled file's `label`s")
    common(evaluate)
    evaluate.add_argument("file", type=Path, metavar="FILE")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.set_defaults(handler=cmd_eval)


def read_mentions(path: Path) -> list[tuple[MentionIn, dict[str, Any]]]:
    """Each mention of a JSON Lines file with its whole object (a `label` too); a bad line is a CliError."""
    from brent_tui.jobs.importer import LineProblem, jsonl_lines, parse_jsonl, read_text

    path = path.expanduser()
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    lines = jsonl_lines(read_text(path))
    out: list[tuple[MentionIn, dict[str, Any]]] = []
    for number, item in parse_jsonl(lines, ignore_extra=True):
        if isinstance(item, LineProblem):
            raise CliError(f"{path}:{item}")
        out.append((item, json.loads(lines[number - 1])))
    if not out:
        raise CliError(f"{path}: no mentions in the file")
    return out


def load_rules(args: argparse.Namespace) -> tuple[TriageSettings, dict[tuple[str, str], KeyPerson],
                                                LearnedModel | None]:
    """`[triage]` from `--config`, key people and the learned model from `--db` when given; else the
    defaults, no key people, and the starter model the app uses until a team has its own."""
    from brent_tui.domain.triage import default_settings
    from brent_tui.services.learning import current_model, starter_model

    settings = default_settings()
    config_path = getattr(args, "config", None)
    if config_path is not None:
        from brent_tui.config import load_config

        settings = load_config(config_path)[0].triage
    db = getattr(args, "db", None)
    if not db:
        return settings, {}, starter_model()
    from brent_tui.cli.aio import run as run_async
    from brent_tui.domain.triage_batch import key_people_index
    from brent_tui.store import Store

    async def from_db() -> tuple[list[KeyPerson], LearnedModel | None]:
        async with await Store.open(Path(db).expanduser(), create=False) as store:
            return await store.key_people(), await current_model(store)

    people, model = run_async(from_db())
    return settings, key_people_index(people), model


def suggestions(args: argparse.Namespace) -> list[tuple[MentionIn, dict[str, Any], dict[str, Any]]]:
    """(mention, its raw object, its suggestion record) for every line of `args.file`."""
    from brent_tui.domain.triage_batch import record, suggest_batch

    rows = read_mentions(args.file)
    settings, people, model = load_rules(args)
    mentions = [m for m, _ in rows]
    found = suggest_batch(mentions, settings, people, model)
    return [(m, raw, record(m, s)) for (m, raw), s in zip(rows, found, strict=True)]


def cmd_suggest(args: argparse.Namespace) -> int:
    found = suggestions(args)  # the input's problems are named first
    out = out_path(args)
    lines = [json.dumps(rec, ensure_ascii=False) + "\n" for _, _, rec in found]
    if out is None:
        sys.stdout.writelines(lines)
        return 0
    write_out(out, "".join(lines), force=args.force)
    print(f"{len(lines)} suggestion(s) written to {out}", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from brent_tui.domain.triage_eval import evaluate, report_lines

    rows = suggestions(args)
    unlabelled = sum(1 for _, raw, _ in rows if not isinstance(raw.get("label"), dict))
    if unlabelled:
        raise CliError(f"{args.file}: {unlabelled} mention(s) without a `label` object")
    ev = evaluate((rec, raw["label"]) for _, raw, rec in rows)
    if args.json:
        print(json.dumps(ev.as_dict(), indent=2))
    else:
        print("\n".join(report_lines(ev)))
    return 0
