"""`brent-tui triage suggest` and `triage eval`, the batch they run, and the evaluation figures."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui.cli.main import main
from brent_tui.domain.models import MentionIn, Platform
from brent_tui.domain.triage import TriageSettings
from brent_tui.domain.triage_batch import build_inputs, suggest_batch, thread_sizes, topic_volumes
from brent_tui.domain.triage_eval import evaluate, report_lines
from brent_tui.jobs.importer import LineProblem, parse_jsonl

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def mention(i: int, text: str, **kw: object) -> dict:
    row = {"platform": "x", "platform_id": str(i), "author_handle": f"@user{i}", "text": text,
           "created_at": (T0 + timedelta(minutes=i)).isoformat()}
    row.update(kw)
    return row


LINES = [
    mention(1, "My bin has been missed three weeks running at 14 Oakland Road",
            label={"route": 2, "foi": False, "department": "Environment"}),
    mention(2, "FOI request: how many potholes were filled in 2025?", author_name="Priya Raman",
            label={"route": 2, "foi": True, "foi_valid": True}),
    mention(3, "There's a little boy on his own at the bus stop, it's 10pm and he's crying",
            label={"route": 5, "foi": False}, provenance="written"),
    mention(4, "Lovely walk round the Welsh Harp this morning", label={"route": 1, "foi": False}),
    mention(5, "What day is the garden waste collected in Kenton?", label={"route": 1, "foi": False}),
]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_suggest_writes_one_line_per_mention_with_every_field(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "month.jsonl", LINES)
    assert main(["triage", "suggest", str(src)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["1", "2", "3", "4", "5"]
    assert all(set(o) == {"id", "route", "department", "foi", "foi_valid", "priority", "language", "reasons"}
               for o in out)
    assert [o["route"] for o in out] == [2, 2, 5, 1, 3]
    assert out[1]["foi"] is True and out[1]["foi_valid"] is True
    assert out[0]["foi_valid"] is None and out[0]["language"] == "en"
    assert out[0]["department"] == "Environment"
    assert out[2]["reasons"][0].startswith("a child at risk")
    assert all(isinstance(o["priority"], float) and o["reasons"] for o in out)


def test_suggest_out_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "month.jsonl", LINES)
    dest = tmp_path / "suggested.jsonl"
    assert main(["triage", "suggest", str(src), "--out", str(dest)]) == 0
    assert "5 suggestion(s) written" in capsys.readouterr().err
    assert len(dest.read_text(encoding="utf-8").splitlines()) == 5


@pytest.mark.parametrize(("content", "words"), [
    ("hello\n", "line 1: not JSON"),
    ('{"platform": "x"}\n', "line 1:"),
    ("\n\n", "no mentions"),
])
def test_suggest_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  content: str, words: str) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text(content)
    assert main(["triage", "suggest", str(src)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and err[0].startswith("brent-tui: error:")


def test_suggest_missing_file_and_missing_out_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "suggest", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
    src = write(tmp_path / "month.jsonl", LINES)
    assert main(["triage", "suggest", str(src), "--out", str(tmp_path / "no" / "x.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_eval_prints_the_figures_and_refuses_unlabelled_files(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "labelled.jsonl", LINES)
    assert main(["triage", "eval", str(src), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["mentions"] == 5 and figures["route_accuracy"] == 0.8
    assert figures["escalation_recall"] == 1.0 and figures["foi_recall"] == 1.0
    assert figures["confusion"]["1"]["3"] == 1
    plain = write(tmp_path / "plain.jsonl", [{k: v for k, v in r.items() if k != "label"} for r in LINES])
    assert main(["triage", "eval", str(plain)]) == 2
    assert "without a `label`" in capsys.readouterr().err


def test_the_importer_refuses_extra_keys_unless_asked_to_ignore_them() -> None:
    line = json.dumps(LINES[0])
    [(_, strict)] = list(parse_jsonl([line]))
    assert isinstance(strict, LineProblem) and "label" in strict.reason
    [(_, loose)] = list(parse_jsonl([line], ignore_extra=True))
    assert isinstance(loose, MentionIn) and loose.platform_id == "1"


# --------------------------------------------------------------------------- the batch


def _mentions(rows: list[dict]) -> list[MentionIn]:
    return [MentionIn.model_validate({k: v for k, v in r.items() if k not in ("label", "provenance")})
            for r in rows]


def test_threads_are_read_from_the_batch() -> None:
    ms = _mentions([
        mention(1, "Has everyone seen the CPZ consultation?", thread_id="1"),
        mention(2, "Yes, I've responded already", reply_to_id="1", thread_id="1"),
        mention(3, "Same", reply_to_id="1", thread_id="1"),
        mention(4, "Root without a thread id"),
        mention(5, "A reply to it", reply_to_id="4"),
    ])
    assert thread_sizes(ms) == [2, 2, 2, 1, 0]
    inputs = build_inputs(ms, TriageSettings())
    assert inputs[1].is_reply and inputs[1].thread_mentions == 2
    routes = [int(s.route) for s in suggest_batch(ms)]
    assert routes[:3] == [4, 4, 1]


def test_topic_volume_is_counted_up_to_each_mention() -> None:
    s = TriageSettings()
    rows = [mention(i, f"Flooding on road {i}") for i in range(6)] + [mention(200, "bins missed again")]
    ms = _mentions(rows)
    volumes = topic_volumes(ms, s)
    assert [v[0] for v in volumes[:6]] == [1, 2, 3, 4, 5, 6]
    assert volumes[6] == (1, 0.0)
    assert suggest_batch(ms, s)[5].spike


def test_key_people_from_the_database_reach_the_rules() -> None:
    from brent_tui.domain.models import KeyPerson

    ms = _mentions([mention(1, "Can Brent explain the delays to the Stonebridge regeneration?")])
    person = KeyPerson(platform=Platform.X, handle="user1", category="journalist")
    s = suggest_batch(ms, key_people={("x", "user1"): person})[0]
    assert int(s.route) == 5 and "key person: journalist" in s.route_reason


# --------------------------------------------------------------------------- the figures


def test_evaluation_counts_agreement_recalls_and_false_flags() -> None:
    pairs = [
        ({"route": 5, "foi": False}, {"route": 5, "foi": False}),
        ({"route": 1, "foi": False}, {"route": 5, "foi": False}),  # a missed escalation
        ({"route": 2, "foi": True, "foi_valid": True}, {"route": 2, "foi": True, "foi_valid": True}),
        ({"route": 3, "foi": False}, {"route": 3, "foi": True, "foi_valid": False}),  # a missed request
        ({"route": 3, "foi": True, "foi_valid": False}, {"route": 1, "foi": False}),  # a false flag
    ]
    ev = evaluate(pairs)
    assert ev.total == 5 and ev.correct == 3 and ev.accuracy == 0.6
    assert ev.confusion[5] == {1: 1, 2: 0, 3: 0, 4: 0, 5: 1} and ev.escalation_recall == 0.5
    assert (ev.foi_labelled, ev.foi_found, ev.foi_recall) == (2, 1, 0.5)
    assert ev.foi_false_flags == 1 and ev.foi_false_flag_rate == pytest.approx(1 / 3)
    lines = report_lines(ev)
    assert lines[0] == "route agreement      3/5 (60.0%)"
    assert any(line.startswith("5 escalate") for line in lines)
