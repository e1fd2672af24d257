"""Rebuild train/dev/test from the twelve reviewed sets: `python tests/eval/triage/build_splits.py`.

`source/` (set 1, 538 mentions): final label = first annotator's, except where the second review
disagreed and was adopted. `source-v2/` (set 2, 420), `source-v3/` (set 3, 330), `source-v4/` (set 4,
330), `source-v5/` (set 5, 330), `source-v6/` (set 6, 330), `source-v7/` (set 7, 330), `source-v8/` (set 8, 330), `source-v9/` (set 9, 330), `source-v10/` (set 10, 330), `source-v11/` (set 11, 330) and `source-v12/` (set 12, 330): final
label =
first annotator's, except where a third reader settled a disagreement with the blind second labelling
(`review/adjudication.json`). Either way the `adjudicated` field says so. Sets 1 and 2 are split
train / dev / (former) test, the former test shares now part of dev; sets 3 to 11, each held out in its
turn, are now dev, whole; set 12 is the held-out test, whole.
Threads and same-author repeats stay in one split; groups are assigned by a hash of their first id
within each route (set 1: its final label; sets 2–3: the first label, as split before adjudication), so the
split is stable. Each item says which set it is from (`set`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
SHARES = (("train", 0.45), ("dev", 0.20), ("test", 0.35))


def _parts(src: Path) -> list[dict]:
    return [json.loads(line) for part in sorted(src.glob("part-*.jsonl")) for line in part.read_text().splitlines()
            if line.strip()]


def set_one(src: Path) -> list[dict]:
    items = _parts(src)
    review = {r["platform_id"]: r for r in map(json.loads, (src / "review.jsonl").read_text().splitlines())}
    language = dict(line.split("\t") for tsv in sorted((src / "src").glob("lang-*.tsv"))
                    for line in tsv.read_text().splitlines() if line.strip())
    for m in items:
        m["label"]["language"] = language[m["platform_id"]]
        r = review[m["platform_id"]]
        if r["route"] != m["label"]["route"]:
            m["label"]["adjudicated"] = (f"route {m['label']['route']} → {r['route']} after second review: "
                                         f"{r['note']}")
            m["label"]["route"] = r["route"]
        m["stratum"] = m["label"]["route"]  # set 1 was split by its final labels
        m["set"] = 1
    return items


def set_two(src: Path, number: int = 2) -> list[dict]:
    """Set 2 and set 3 are built the same way: blind second review, a third reader on disagreements."""
    items = _parts(src)
    final = {a["platform_id"]: a for a in json.loads((src / "review" / "adjudication.json").read_text())}
    for m in items:
        m["stratum"] = m["label"]["route"]  # set 2 was split before the adjudication, by the first labels
        a = final.get(m["platform_id"])
        if a is not None:
            old = m["label"]
            changes = [f"{k} {old[k]} → {a[k]}" for k in ("route", "foi", "foi_valid") if old[k] != a[k]]
            if changes:
                old["adjudicated"] = f"{', '.join(changes)} by a third reader: {a['reason']}"
                old.update({k: a[k] for k in ("route", "foi", "foi_valid")})
        m["set"] = number
    return items


def main() -> None:
    items = (set_one(HERE / "source") + set_two(HERE / "source-v2") + set_two(HERE / "source-v3", 3)
             + set_two(HERE / "source-v4", 4) + set_two(HERE / "source-v5", 5) + set_two(HERE / "source-v6", 6)
             + set_two(HERE / "source-v7", 7) + set_two(HERE / "source-v8", 8)
             + set_two(HERE / "source-v9", 9) + set_two(HERE / "source-v10", 10)
             + set_two(HERE / "source-v11", 11) + set_two(HERE / "source-v12", 12))
    by_id = {m["platform_id"]: m for m in items}

    def root(m: dict) -> str:
        while m.get("reply_to_id") in by_id:
            m = by_id[m["reply_to_id"]]
        return m["platform_id"]

    groups: dict[str, list[dict]] = defaultdict(list)
    first_of_repeat: dict[tuple[str, str], str] = {}
    for m in items:
        key = first_of_repeat.setdefault((m["author_handle"], m["text"].strip().lower()), root(m))
        groups[key].append(m)
    by_route: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key, members in groups.items():
        by_route[members[0]["set"], members[0].pop("stratum")].append(key)
        for m in members[1:]:
            m.pop("stratum")
    split_of: dict[str, str] = {}
    for keys in by_route.values():
        keys.sort(key=lambda k: hashlib.sha256(k.encode()).hexdigest())
        edge, start = 0.0, 0
        for name, share in SHARES:
            edge += share
            end = round(edge * len(keys))
            split_of.update({k: name for k in keys[start:end]})
            start = end
    for key, members in groups.items():
        # Sets 1 and 2 were each held out once, then tuned on: their test shares are now dev; so are sets 3
        # to 11, each held out whole in its turn. Set 12, written after the rules were frozen, is held out whole.
        number = members[0]["set"]
        split_of[key] = ("test" if number == 12 else "dev" if 3 <= number <= 11 or split_of[key] == "test"
                         else split_of[key])
    for name, _ in SHARES:
        rows = [m for key, members in groups.items() if split_of[key] == name for m in members]
        rows.sort(key=lambda m: (m["set"], m["created_at"]))
        (HERE / f"{name}.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in rows),
                                            encoding="utf-8")
        routes = [m["label"]["route"] for m in rows]
        print(name, len(rows), {r: routes.count(r) for r in range(1, 6)},
              "foi", sum(m["label"]["foi"] for m in rows), "by set", Counter(m["set"] for m in rows))


if __name__ == "__main__":
    main()
