"""Rebuild train/dev/test from the reviewed source parts: `python tests/eval/triage/build_splits.py SRC`.

Final label = first annotator's, except where the second review disagreed and was adopted
(the `adjudicated` field says so). Threads and same-author repeats stay in one split; groups
are assigned by a hash of their first id within each route, so the split is stable.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
SHARES = (("train", 0.45), ("dev", 0.20), ("test", 0.35))


def main(src: Path) -> None:
    items = [json.loads(line) for part in sorted(src.glob("part-*.jsonl")) for line in part.read_text().splitlines()
             if line.strip()]
    review = {r["platform_id"]: r for r in map(json.loads, (src / "review.jsonl").read_text().splitlines())}
    language = dict(line.split("\t") for tsv in sorted((src / "src").glob("lang-*.tsv"))
                    for line in tsv.read_text().splitlines() if line.strip())
    by_id = {m["platform_id"]: m for m in items}
    for m in items:
        m["label"]["language"] = language[m["platform_id"]]
        r = review[m["platform_id"]]
        if r["route"] != m["label"]["route"]:
            m["label"]["adjudicated"] = (f"route {m['label']['route']} → {r['route']} after second review: "
                                         f"{r['note']}")
            m["label"]["route"] = r["route"]

    def root(m: dict) -> str:
        while m.get("reply_to_id") in by_id:
            m = by_id[m["reply_to_id"]]
        return m["platform_id"]

    groups: dict[str, list[dict]] = defaultdict(list)
    first_of_repeat: dict[tuple[str, str], str] = {}
    for m in items:
        key = first_of_repeat.setdefault((m["author_handle"], m["text"].strip().lower()), root(m))
        groups[key].append(m)
    by_route: dict[int, list[str]] = defaultdict(list)
    for key, members in groups.items():
        by_route[members[0]["label"]["route"]].append(key)
    split_of: dict[str, str] = {}
    for keys in by_route.values():
        keys.sort(key=lambda k: hashlib.sha256(k.encode()).hexdigest())
        edge, start = 0.0, 0
        for name, share in SHARES:
            edge += share
            end = round(edge * len(keys))
            split_of.update({k: name for k in keys[start:end]})
            start = end
    for name, _ in SHARES:
        rows = [m for key, members in groups.items() if split_of[key] == name for m in members]
        rows.sort(key=lambda m: m["created_at"])
        (HERE / f"{name}.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in rows),
                                            encoding="utf-8")
        routes = [m["label"]["route"] for m in rows]
        print(name, len(rows), {r: routes.count(r) for r in range(1, 6)},
              "foi", sum(m["label"]["foi"] for m in rows))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
