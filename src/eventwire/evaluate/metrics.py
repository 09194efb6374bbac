"""Scores of one record and their sums over a gold set.

Everything here is plain arithmetic on counts produced by ``scorer``; keeping
it apart lets the report and the tests reason about totals without running any
matching. The 0/0 conventions are fixed here, once:

* precision = TP / (TP + FP), and 1.0 when nothing was predicted (TP + FP = 0):
  coding nothing makes no false claim;
* recall = TP / (TP + FN), and 1.0 when nothing was expected (TP + FN = 0);
* F1 = 2PR / (P + R), and 0.0 when P + R = 0.

So a record that expects nothing and gets nothing scores P = R = F1 = 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

LEVELS: tuple[str, ...] = ("code", "root", "dated")


@dataclass(frozen=True, slots=True)
class Counts:
    """True/false positives, false negatives and neutral (optional) matches."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                      self.neutral + other.neutral)

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return 1.0 if found == 0 else self.tp / found

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return 1.0 if expected == 0 else self.tp / expected

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "neutral": self.neutral,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


def ratio(part: int, whole: int) -> float | None:
    """A share, or None when there is nothing to take a share of."""
    return None if whole == 0 else part / whole


@dataclass(frozen=True, slots=True)
class Line:
    """One expected or found event in a record's explanation, with its outcome.

    Outcomes of found events: ``tp``, ``neutral`` (matched an optional gold
    event), ``fp``. Outcomes of expected events: ``tp``, ``fn``, ``optional``
    (optional and matched), ``optional-missed``, ``must-not`` (negated or
    hypothetical gold, correctly not coded) and ``must-not-coded`` (coded anyway).
    """

    event: str
    outcome: str

    def to_dict(self) -> dict[str, str]:
        return {"event": self.event, "outcome": self.outcome}


@dataclass(frozen=True, slots=True)
class RecordScore:
    """How one gold record was scored, with what a developer needs to see why."""

    record_id: str
    origin: str
    shape: str
    code: Counts
    root: Counts
    dated: Counts
    roots: tuple[tuple[str, Counts], ...] = ()
    date_checked: int = 0
    date_ok: int = 0
    status_checked: int = 0
    status_ok: int = 0
    negated_hits: int = 0
    ignored: int = 0
    expected: tuple[Line, ...] = ()
    found: tuple[Line, ...] = ()
    text: str = ""

    @property
    def errors(self) -> int:
        return self.code.fp + self.code.fn

    @property
    def fully_right(self) -> bool:
        return self.code.fp == 0 and self.code.fn == 0

    @property
    def nothing_coded(self) -> bool:
        return not self.found

    def level(self, name: str) -> Counts:
        if name not in LEVELS:
            raise ValueError(f"unknown level {name!r}; expected one of {LEVELS}")
        counts: Counts = getattr(self, name)
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.record_id, "origin": self.origin, "shape": self.shape,
            "fp": self.code.fp, "fn": self.code.fn, "tp": self.code.tp,
            "neutral": self.code.neutral,
            "expected": [line.to_dict() for line in self.expected],
            "found": [line.to_dict() for line in self.found],
            "ignored_predictions": self.ignored,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Totals:
    """Micro-averaged sums over records (every TP/FP/FN counts once)."""

    records: int = 0
    code: Counts = Counts()
    root: Counts = Counts()
    dated: Counts = Counts()
    roots: dict[str, Counts] = field(default_factory=dict)
    fully_right: int = 0
    nothing_coded: int = 0
    date_checked: int = 0
    date_ok: int = 0
    status_checked: int = 0
    status_ok: int = 0
    negated_hits: int = 0
    ignored: int = 0

    @property
    def date_accuracy(self) -> float | None:
        return ratio(self.date_ok, self.date_checked)

    @property
    def status_accuracy(self) -> float | None:
        return ratio(self.status_ok, self.status_checked)

    @property
    def fully_right_share(self) -> float | None:
        return ratio(self.fully_right, self.records)

    @property
    def nothing_coded_share(self) -> float | None:
        return ratio(self.nothing_coded, self.records)

    def level(self, name: str) -> Counts:
        if name not in LEVELS:
            raise ValueError(f"unknown level {name!r}; expected one of {LEVELS}")
        counts: Counts = getattr(self, name)
        return counts

    def to_dict(self) -> dict[str, Any]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {
            "records": self.records,
            "levels": {name: self.level(name).to_dict() for name in LEVELS},
            "roots": {root: self.roots[root].to_dict() for root in sorted(self.roots)},
            "fully_right": self.fully_right,
            "fully_right_share": rounded(self.fully_right_share),
            "nothing_coded": self.nothing_coded,
            "nothing_coded_share": rounded(self.nothing_coded_share),
            "date_checked": self.date_checked,
            "date_accuracy": rounded(self.date_accuracy),
            "status_checked": self.status_checked,
            "status_accuracy": rounded(self.status_accuracy),
            "negated_hits": self.negated_hits,
            "ignored_predictions": self.ignored,
        }


def summarize(scores: Iterable[RecordScore]) -> Totals:
    """Add up record scores (micro average: big records weigh more)."""
    records = 0
    levels = {name: Counts() for name in LEVELS}
    roots: dict[str, Counts] = {}
    sums = dict.fromkeys(("fully_right", "nothing_coded", "date_checked", "date_ok",
                          "status_checked", "status_ok", "negated_hits", "ignored"), 0)
    for score in scores:
        records += 1
        for name in LEVELS:
            levels[name] = levels[name] + score.level(name)
        for root, counts in score.roots:
            roots[root] = roots.get(root, Counts()) + counts
        sums["fully_right"] += score.fully_right
        sums["nothing_coded"] += score.nothing_coded
        sums["date_checked"] += score.date_checked
        sums["date_ok"] += score.date_ok
        sums["status_checked"] += score.status_checked
        sums["status_ok"] += score.status_ok
        sums["negated_hits"] += score.negated_hits
        sums["ignored"] += score.ignored
    return Totals(records=records, code=levels["code"], root=levels["root"],
                  dated=levels["dated"], roots=roots, **sums)


def worst(scores: Sequence[RecordScore], n: int) -> list[RecordScore]:
    """The ``n`` records with most errors (FP + FN at code level), worst first.

    Ties: more false positives first (they are what a user sees), then by id
    for a stable order. Records without errors are never listed.
    """
    wrong = [s for s in scores if s.errors > 0]
    wrong.sort(key=lambda s: (-s.errors, -s.code.fp, s.record_id))
    return wrong[:max(n, 0)]
