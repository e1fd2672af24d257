"""Helpers to serialise hand-written mentions to the importer's JSONL shape.
Every mention text and label is written literally in the pNN.py files; this module only
assigns deterministic platform ids, timestamps (seconds), engagement counts where not given,
and thread ids for replies."""
import hashlib, json, random

ENV, FIN, PRK, HWY, HSG, LIB, EDU, PLN, REG, EMR, HR, POL, COM, WEB = (
    "Environment", "Finance", "Parking", "Highways", "Housing", "Libraries", "Education",
    "Planning", "Regulatory Services", "Emergency Planning", "HR", "Policy", "Communications", "Web")
DEPTS = {ENV, FIN, PRK, HWY, HSG, LIB, EDU, PLN, REG, EMR, HR, POL, COM, WEB}
PLATFORMS = {"x", "facebook", "mastodon", "bluesky", "rss", "instagram", "youtube", "linkedin"}

ITEMS = []   # (item dict, lang, key)
KEYS = {}    # key -> item


def _h(s, n):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % (10 ** n)


def _b32(s, n):
    alpha = "abcdefghijklmnopqrstuvwxyz234567"
    v = int(hashlib.sha256(s.encode()).hexdigest(), 16)
    out = ""
    for _ in range(n):
        out += alpha[v % 32]; v //= 32
    return out


def _b64(s, n):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    v = int(hashlib.sha512(s.encode()).hexdigest(), 16)
    out = ""
    for _ in range(n):
        out += alpha[v % 64]; v //= 64
    return out


def make_id(pf, key, url=None):
    if pf == "x":
        return "19" + str(_h(key, 17)).zfill(17)
    if pf == "mastodon":
        return "11" + str(_h(key, 16)).zfill(16)
    if pf == "bluesky":
        return f"at://did:plc:{_b32('did' + key, 24)}/app.bsky.feed.post/3l{_b32('tid' + key, 11)}"
    if pf == "facebook":
        return f"{str(_h('pg' + key, 15)).zfill(15)}_{str(_h('po' + key, 16)).zfill(16)}"
    if pf == "instagram":
        return "179" + str(_h(key, 15)).zfill(15)
    if pf == "youtube":
        return "Ugx" + _b64(key, 22) + "4AaABAg"
    if pf == "linkedin":
        return "urn:li:activity:74" + str(_h(key, 17)).zfill(17)
    if pf == "rss":
        return url or f"https://feeds.example-local-news.co.uk/item/{_h(key, 10)}"
    raise ValueError(pf)


def M(pf, handle, name, fol, ver, when, text, route, dept, reason, *, foi=False, fv=None,
      esc=None, key=None, reply=None, lang="en", rep=None, likes=None, rt=None, url=None,
      prov="written"):
    assert pf in PLATFORMS, pf
    assert route in (1, 2, 3, 4, 5)
    assert dept is None or dept in DEPTS, dept
    assert (route == 5) == (esc is not None), (text[:40], route, esc)
    if foi:
        assert fv in (True, False), text[:40]
    else:
        assert fv is None, text[:40]
    idx = len(ITEMS)
    k = key or f"{PART}-{idx}"
    pid = make_id(pf, PART + ":" + k, url)
    mm, rest = when.split(" ")
    sec = _h("s" + k + PART, 2) % 60
    created = f"2026-{mm}T{rest}:{sec:02d}Z"
    rnd = random.Random(pid)
    base = fol if isinstance(fol, int) else 150
    if pf == "rss":
        d_rep = d_likes = d_rt = None
    else:
        d_rep = rnd.randint(0, 3) if rnd.random() < 0.5 else 0
        d_likes = int(rnd.random() ** 2 * min(base, 5000) / 40)
        d_rt = int(d_likes * rnd.random() * 0.3) if pf in ("x", "bluesky", "mastodon") else (
            0 if pf in ("facebook", "linkedin") else None)
    item = {
        "platform": pf, "platform_id": pid, "author_handle": handle, "author_name": name,
        "author_followers": fol, "author_verified": ver, "text": text, "created_at": created,
        "reply_to_id": None, "thread_id": None,
        "replies": rep if rep is not None else d_rep,
        "likes": likes if likes is not None else d_likes,
        "reposts": rt if rt is not None else d_rt,
        "language": None,
        "label": {"route": route, "department": dept, "foi": foi, "foi_valid": fv,
                  "escalate_reason": esc, "reason": reason},
        "provenance": prov,
    }
    if reply:
        parent = KEYS[reply]
        item["reply_to_id"] = parent["platform_id"]
        if parent["thread_id"] is None:
            parent["thread_id"] = parent["platform_id"]
        item["thread_id"] = parent["thread_id"]
        parent.setdefault("_children", 0)
        parent["_children"] += 1
        item["_explicit_rep"] = rep is not None
    item["_explicit_rep"] = rep is not None
    ITEMS.append((item, lang, k))
    KEYS[k] = item
    return item


PART = "p00"


def start(part):
    global PART
    PART = part
    ITEMS.clear(); KEYS.clear()


CITE_RISK = {"risk_to_life", "emergency", "safeguarding", "self_harm", "missing_person", "fire_safety"}


def cite(L):
    """Append an Appendix A citation to reasons written without one."""
    r = L["reason"]
    if "App. A" in r or "Appendix A" in r:
        return r
    r = r.rstrip(".")
    if L["route"] == 5 and L["escalate_reason"] in CITE_RISK:
        return r + " [App. A route 5: liaise with communications officer; risk to life/safeguarding always escalated (strategy 1.2 'communicating during emergencies'; domain.md s.8)]."
    if L["route"] == 5:
        return r + " [App. A: issues 'which could cause reputational damaging harm would be escalated to the relevant communications officers']."
    if L["foi"]:
        return r + " [App. A FoI rule: 'real name should be visible in their public profile'; route 2 'a person requiring customer services']."
    return r + "."


def write(path, langpath):
    lines, langs = [], []
    for item, lang, k in ITEMS:
        item["label"]["reason"] = cite(item["label"])
        ch = item.pop("_children", 0)
        explicit = item.pop("_explicit_rep", False)
        if ch and not explicit and item["platform"] != "rss":
            item["replies"] = max(item["replies"] or 0, ch + random.Random(k).randint(0, 6))
        lines.append(json.dumps(item, ensure_ascii=False))
        langs.append(f"{item['platform_id']}\t{lang}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(langpath, "w", encoding="utf-8") as f:
        f.write("\n".join(langs) + "\n")
    print(path, len(lines))
