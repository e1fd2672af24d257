#!/usr/bin/env python3
"""Validate the evaluation set: every line parses, required fields and types, unique platform_ids,
reply_to_id points to an earlier item, label values legal; then print counts."""
import json, glob, os, sys, collections, re
HERE = os.path.dirname(os.path.abspath(__file__))
PLATFORMS = {"x","facebook","mastodon","bluesky","rss","instagram","youtube","linkedin"}
DEPTS = {"Environment","Finance","Parking","Highways","Housing","Libraries","Education","Planning",
         "Regulatory Services","Emergency Planning","HR","Policy","Communications","Web"}
KEYS = ["platform","platform_id","author_handle","author_name","author_followers","author_verified","text",
        "created_at","reply_to_id","thread_id","replies","likes","reposts","language","label","provenance"]
errors, seen, items = [], {}, []
langs = {}
files = sorted(glob.glob(os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else "part-*.jsonl")))
for f in files:
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        where = f"{os.path.basename(f)}:{n}"
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append(f"{where}: parse error {e}"); continue
        if list(d.keys()) != KEYS: errors.append(f"{where}: keys {list(d.keys())}")
        if d["platform"] not in PLATFORMS: errors.append(f"{where}: platform")
        pid = d["platform_id"]
        if not isinstance(pid, str) or not pid: errors.append(f"{where}: platform_id")
        if pid in seen: errors.append(f"{where}: duplicate platform_id (first at {seen[pid]})")
        if d["reply_to_id"] is not None and d["reply_to_id"] not in seen:
            errors.append(f"{where}: reply_to_id not an earlier item")
        seen[pid] = where
        if not re.fullmatch(r"202[56]-\d\d-\d\dT\d\d:\d\d:\d\dZ", d["created_at"]): errors.append(f"{where}: created_at")
        for k in ("author_followers","replies","likes","reposts"):
            if d[k] is not None and not isinstance(d[k], int): errors.append(f"{where}: {k}")
        if not isinstance(d["author_verified"], bool): errors.append(f"{where}: verified")
        if d["language"] is not None: errors.append(f"{where}: language should be null")
        L = d["label"]
        if set(L) != {"route","department","foi","foi_valid","escalate_reason","reason","language"}: errors.append(f"{where}: label keys")
        langs[pid] = L.get("language")
        if not isinstance(L.get("language"), str) or not re.fullmatch(r"[a-z]{2,3}", L.get("language") or ""): errors.append(f"{where}: label.language")
        if L["route"] not in (1,2,3,4,5): errors.append(f"{where}: route")
        if L["department"] is not None and L["department"] not in DEPTS: errors.append(f"{where}: department")
        if L["foi"] and L["foi_valid"] not in (True, False): errors.append(f"{where}: foi_valid")
        if not L["foi"] and L["foi_valid"] is not None: errors.append(f"{where}: foi_valid set without foi")
        if (L["route"] == 5) != (L["escalate_reason"] is not None): errors.append(f"{where}: escalate_reason/route")
        if not L["reason"]: errors.append(f"{where}: reason")
        if not (d["provenance"] == "written" or d["provenance"].startswith("adapted from ")): errors.append(f"{where}: provenance")
        items.append((d, os.path.basename(f)))
# near-duplicate consistency: same author + same text -> same label
by = collections.defaultdict(list)
for d, f in items:
    by[(d["author_handle"], d["text"].strip().lower())].append(d)
dups = {k: v for k, v in by.items() if len(v) > 1}
for k, v in dups.items():
    labs = {(x["label"]["route"], x["label"]["department"], x["label"]["foi"], x["label"]["foi_valid"]) for x in v}
    if len(labs) > 1: errors.append(f"inconsistent labels for duplicate {k}")
N = len(items)
def pct(c): return f"{c} ({100*c/N:.1f}%)"
print(f"files: {', '.join(os.path.basename(f) for f in files)}")
print(f"mentions: {N}   errors: {len(errors)}")
for e in errors[:50]: print("  ERROR", e)
r = collections.Counter(d["label"]["route"] for d, _ in items)
print("routes:", ", ".join(f"{k}={pct(r[k])}" for k in sorted(r)))
foi = [d for d, _ in items if d["label"]["foi"]]
print(f"FOI requests: {len(foi)} (valid {sum(d['label']['foi_valid'] for d in foi)}, invalid {sum(not d['label']['foi_valid'] for d in foi)}); "
      f"FOI by route: {dict(sorted(collections.Counter(d['label']['route'] for d in foi).items()))}")
print("platforms:", dict(collections.Counter(d["platform"] for d, _ in items).most_common()))
lc = collections.Counter(langs.get(d["platform_id"], "?") for d, _ in items)
print("languages:", dict(lc.most_common()), f"non-English {N - lc['en']} ({100*(N-lc['en'])/N:.1f}%)")
nonen5 = sum(1 for d, _ in items if langs.get(d["platform_id"]) != "en" and d["label"]["route"] == 5)
print("non-English route 5:", nonen5)
print("departments:", dict(collections.Counter(d["label"]["department"] for d, _ in items).most_common()))
print("escalate reasons:", dict(collections.Counter(d["label"]["escalate_reason"] for d, _ in items if d["label"]["escalate_reason"]).most_common()))
print("replies (reply_to_id set):", sum(1 for d, _ in items if d["reply_to_id"]), " threads:", len({d["thread_id"] for d, _ in items if d["thread_id"]}))
print("near-duplicate groups (same author+text):", len(dups))
print("verified authors:", sum(d["author_verified"] for d, _ in items))
months = collections.Counter(d["created_at"][5:7] for d, _ in items)
print("months:", dict(sorted(months.items())))
hours = collections.Counter(int(d["created_at"][11:13]) for d, _ in items)
print("night (22:00-06:59):", sum(v for h, v in hours.items() if h >= 22 or h < 7))
import datetime
wd = collections.Counter(datetime.date.fromisoformat(d["created_at"][:10]).weekday() >= 5 for d, _ in items)
print("weekend:", wd[True], "weekday:", wd[False])
sys.exit(1 if errors else 0)
