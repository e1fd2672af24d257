"""A small model learned from the team's own triage decisions, blended with the rules.

A logistic regression over the word 1–3-grams and the letter 3–5-grams inside words present in a
post (scikit-learn, at training time only). The letter n-grams carry what the words cannot to new
wording: "flooding"/"flooded"/"floodwater", typos, and the languages the rules' word lists miss
(chosen on the dev split: escalations found 51 → 68 of 121 at the same threshold, with fewer false ones). What is kept is plain numbers — one weight per n-gram and route, and an intercept per route —
so the model is stored as JSON (never a pickle), predicts in pure Python, and explains itself: the
n-grams that pushed hardest towards its route become the reason ("learned from 412 decisions:
'no one has seen' → escalate").

The rules stay in charge (`blend`): the model's route replaces theirs only when it has learned
from enough decisions and is confident, and never turns an escalation into anything else.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from brent_tui.domain.models import Route
from brent_tui.domain.triage import Suggestion

#: Below this many decisions the model only comments; it never changes a route.
MIN_DECISIONS = 200
#: The model's probability for its route needed to replace the rules' route.
CONFIDENT = 0.9
#: ... but a missed escalation is the dangerous mistake: the model raises a post to escalate at this
#: probability of "escalate", never lowers one. The probability is its escalation head's (a second
#: model, escalate or not, weighted for how few escalations there are): leaving each of sets 3–5 out in
#: turn (the sets the rules were not tuned on when written), it found 95.1 % of the left-out escalations
#: against the five-route model's 93.4 %, for 0.3 points of route agreement. Leaving each of sets 3–11
#: out in turn, 0.35 found 659 of the 673 left-out escalations against 652 at 0.5 (more in five sets,
#: fewer in none) for 0.4 points of route agreement; 0.3 found no more.
ESCALATE_AT = 0.35
#: ... from a post the rules read as part of an ongoing service conversation, where the service's
#: officers are already joining in: the thread's talk of the people it affects is not itself an
#: emergency. Leaving each of sets 3–6 out in turn, 0.8 kept every escalation found at 0.5 and
#: raised route agreement by 0.5 points on average (set 6: 81.5 → 82.4 %).
ESCALATE_FROM_CONVERSATION_AT = 0.8
#: The escalation head is learned once the decisions hold this many escalations: weighted up from a
#: handful, it would raise far too many posts to escalate (and alert every comms officer).
HEAD_FROM_ESCALATIONS = 20
#: N-grams kept after training (the strongest): keeps the stored JSON small (~1 MB).
MAX_FEATURES = 20000
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_NGRAMS = (1, 3)


_WORD = re.compile(r"\S+")
_LETTERS = (3, 5)
LETTER_MARK = "\x1f"  # letter n-grams start with it: never a word n-gram, never shown as a reason


def ngrams(text: str) -> set[str]:
    """The model's only input: the word 1–3-grams of a post, lower-cased, and the letter 3–5-grams
    of each word padded with a space at each end (scikit-learn's `char_wb`)."""
    lower = text.lower()
    tokens = _TOKEN.findall(lower)
    out: set[str] = set()
    low, high = _NGRAMS
    for n in range(low, high + 1):
        out.update(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    low, high = _LETTERS
    for word in _WORD.findall(lower):
        padded = f" {word} "
        for n in range(low, high + 1):
            out.update(LETTER_MARK + padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


@dataclass(frozen=True)
class Prediction:
    route: Route
    probability: float
    evidence: tuple[str, ...]  # the n-grams that pushed hardest towards `route`
    escalate: float = 0.0  # the probability of "escalate", whatever the top route


@dataclass(frozen=True)
class LearnedModel:
    routes: tuple[int, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # n-gram -> one weight per route
    decisions: int  # how many decisions (or labelled mentions) it learned from
    trained_at: str = ""
    source: str = "decisions"  # "decisions": the team's own; "labelled mentions": the starter shipped with the app
    #: the escalation head's intercept; its weight for an n-gram follows the routes' in `weights` (None: no head)
    escalate_intercept: float | None = None

    def predict(self, text: str, route: Route | None = None) -> Prediction:
        """The route the team's decisions point to (or `route`), its probability and the n-grams behind it."""
        present = [g for g in ngrams(text) if g in self.weights]
        n = len(self.routes)
        scores = list(self.intercepts)
        head = self.escalate_intercept
        for g in present:
            w = self.weights[g]
            for i in range(n):
                scores[i] += w[i]
            if head is not None and len(w) > n:
                head += w[n]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        best = max(range(n), key=scores.__getitem__) if route is None else self.routes.index(int(route))
        pushes = sorted(((self.weights[g][best] - _mean(self.weights[g][:n]), g) for g in present), reverse=True)
        evidence = tuple(g for push, g in pushes if push > 0 and _telling(g))[:2]
        if head is not None:
            escalate = 1 / (1 + math.exp(-head))
        else:
            escalate = exp[self.routes.index(int(Route.ESCALATE))] / total if int(Route.ESCALATE) in self.routes else 0.0
        return Prediction(Route(self.routes[best]), exp[best] / total, evidence, escalate)

    def to_json(self) -> str:
        """Weights one per route, as the code before the escalation head reads them (another process on
        the same database may still run it); the head's weights follow in `escalate_weights`, in the
        order of `weights`' n-grams."""
        n = len(self.routes)
        d: dict[str, object] = {"routes": self.routes, "intercepts": self.intercepts,
                                "weights": {g: w[:n] for g, w in self.weights.items()},
                                "decisions": self.decisions, "trained_at": self.trained_at, "source": self.source}
        if self.escalate_intercept is not None:
            d["escalate_intercept"] = self.escalate_intercept
            d["escalate_weights"] = [w[n] if len(w) > n else 0.0 for w in self.weights.values()]
        return json.dumps(d, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LearnedModel:
        d = json.loads(text)
        weights = {str(k): tuple(float(x) for x in v) for k, v in d["weights"].items()}
        head = d.get("escalate_weights")
        if head is not None:  # else the head's weights, if any, are inline (a sixth column)
            if len(head) != len(weights):
                raise ValueError("the escalation head's weights do not match the model's n-grams")
            weights = {g: w + (float(e),) for (g, w), e in zip(weights.items(), head, strict=True)}
        return cls(routes=tuple(int(r) for r in d["routes"]), intercepts=tuple(float(x) for x in d["intercepts"]),
                   weights=weights,
                   decisions=int(d["decisions"]), trained_at=str(d.get("trained_at", "")),
                   source=str(d.get("source", "decisions")),
                   escalate_intercept=None if d.get("escalate_intercept") is None else float(d["escalate_intercept"]))


#: Words that say nothing to an officer as a reason ("'me', 'brent_council' → escalate").
_UNTELLING = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her",
    "his", "i", "if", "in", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so",
    "that", "the", "their", "them", "they", "this", "to", "us", "was", "we", "were", "with", "you", "your",
    "brent", "council", "brent_council", "brentcouncil", "https", "http", "www", "com", "co", "uk", "amp", "rt",
})


def _telling(gram: str) -> bool:
    """A reason an officer can read: a word n-gram with at least one word that carries meaning."""
    return not gram.startswith(LETTER_MARK) and any(w not in _UNTELLING and len(w) > 2 for w in gram.split())


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def train(texts: Sequence[str], routes: Sequence[int], *, trained_at: str = "") -> LearnedModel | None:
    """Learn from (text, chosen route) pairs; None while the decisions hold fewer than two routes."""
    if len(texts) != len(routes) or len(set(routes)) < 2:
        return None
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = CountVectorizer(analyzer=lambda t: sorted(ngrams(t)), binary=True,
                                 min_df=2 if len(texts) >= 100 else 1)
    x = vectorizer.fit_transform(texts)
    clf = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    clf.fit(x, list(routes))
    coef = clf.coef_ if len(clf.classes_) > 2 else _binary_as_two(clf.coef_)
    intercepts = clf.intercept_ if len(clf.classes_) > 2 else _binary_as_two(clf.intercept_[None, :])[:, 0]
    escalated = [int(r) == int(Route.ESCALATE) for r in routes]
    head_intercept = None
    if sum(escalated) >= HEAD_FROM_ESCALATIONS and not all(escalated):  # escalate or not, the rare class weighted up
        head = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(x, escalated)
        coef = np.vstack([coef, head.coef_])
        head_intercept = round(float(head.intercept_[0]), 4)
    names = vectorizer.get_feature_names_out()
    strength = abs(coef).max(axis=0)
    keep = strength.argsort()[::-1][:MAX_FEATURES]
    weights = {str(names[j]): tuple(round(float(coef[i, j]), 4) for i in range(coef.shape[0])) for j in keep}
    return LearnedModel(routes=tuple(int(c) for c in clf.classes_),
                        intercepts=tuple(round(float(b), 4) for b in intercepts),
                        weights=weights, decisions=len(texts), trained_at=trained_at,
                        escalate_intercept=head_intercept)


def _binary_as_two(coef):  # type: ignore[no-untyped-def]
    """A two-route model's single row as one row per route (−w/2, +w/2): the same probabilities."""
    import numpy as np

    return np.vstack([-coef / 2, coef / 2])


@dataclass(frozen=True)
class Blended:
    route: Route
    reason: str | None  # a plain-word line for the reasons, or None when the model has nothing to add
    disagrees: bool


def blend(rules_route: Route, model: LearnedModel | None, text: str, *, min_decisions: int = MIN_DECISIONS,
          confident: float = CONFIDENT, may_raise: bool = True, may_replace: bool = True) -> Blended:
    """The rules' route stands unless the model has learned from enough decisions and is confident;
    an escalation by the rules is never downgraded, and the model raises one at ESCALATE_AT (the
    asymmetric cost of a miss). `may_raise` and `may_replace` say whether the model may do either
    for this post at all (`with_learning`). A disagreement is always said."""
    if model is None:
        return Blended(rules_route, None, False)
    p = model.predict(text)
    raise_at = ESCALATE_FROM_CONVERSATION_AT if rules_route is Route.SERVICE_CONVERSATION else ESCALATE_AT
    if (rules_route is not Route.ESCALATE and may_raise and model.decisions >= min_decisions
            and p.escalate >= raise_at):
        p = model.predict(text, Route.ESCALATE)  # the words behind "escalate", even when another route leads
        said = (f"learned from {model.decisions} {model.source}: {_because(p)} ({p.probability:.0%}); "
                f"the rules say {int(rules_route)} · {rules_route.label}")
        return Blended(Route.ESCALATE, f"{said} — escalated: a missed escalation is the worse mistake", True)
    if p.route is rules_route:
        if not p.evidence:
            return Blended(rules_route, None, False)
        return Blended(rules_route, f"learned from {model.decisions} {model.source}: {_because(p)} (agrees)", False)
    said = (f"learned from {model.decisions} {model.source}: {_because(p)} ({p.probability:.0%}); "
            f"the rules say {int(rules_route)} · {rules_route.label}")
    if (rules_route is Route.ESCALATE or not may_replace or model.decisions < min_decisions
            or p.probability < confident):
        return Blended(rules_route, f"{said} — the rules' route kept", True)
    return Blended(p.route, f"{said} — the team's decisions win", True)


def _because(p: Prediction) -> str:
    words = ", ".join(f"'{g}'" for g in p.evidence) or "the post as a whole"
    return f"{words} → {p.route.label.lower()}"


def with_learning(s: Suggestion, model: LearnedModel | None, text: str) -> Suggestion:
    """The rules' suggestion with what the model learned: its reason added, its route when it wins.

    A low-reach reshare keeps the rules' route (its words are another's; their own post is the one
    to act on). An FOI request may be raised to escalate, but not moved between customer services
    and the web team: that turns on its validity, the name on the profile or an address for
    correspondence, which the model, reading only words, cannot see.
    """
    b = blend(s.route, model, text, may_raise=not s.passed_on, may_replace=not (s.passed_on or s.foi))
    if b.reason is None:
        return s
    update: dict[str, object] = {"reasons": [*s.reasons, b.reason], "summary": f"{s.summary}; {b.reason}"}
    if b.route is not s.route:
        learned = "the team's past decisions" if model and model.source == "decisions" else "what the model learned"
        update |= {"route": b.route, "route_reason": f"{learned} (the rules said "
                                                     f"{int(s.route)} · {s.route.label}: {s.route_reason})"}
    return s.model_copy(update=update)
