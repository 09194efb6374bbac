"""The quality gate: F1 on the development gold must not fall below a floor.

The floor lives in ``eval/floor.json`` with the per-record true positives of
the run that set it, so a failing gate can name the records that broke rather
than only print a lower number. The floor only rises: ``raise_floor`` refuses
to lower it, and the test suite fails when the score drops below
``floor - margin`` (the margin absorbs harmless reordering, not regressions).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import DataFileError
from eventwire.evaluate.metrics import RecordScore, Totals

DEFAULT_MARGIN = 0.01


@dataclass(frozen=True, slots=True)
class Floor:
    f1: float  # code-level F1 on the development gold
    root_f1: float
    margin: float
    records: dict[str, int]  # record id -> true positives at code level when pinned
    gold: tuple[str, ...]  # the gold files, relative to the repository

    def to_dict(self) -> dict[str, Any]:
        return {"f1": round(self.f1, 4), "root_f1": round(self.root_f1, 4),
                "margin": self.margin, "gold": list(self.gold),
                "records": dict(sorted(self.records.items()))}


@dataclass(frozen=True, slots=True)
class GateResult:
    passed: bool
    f1: float
    root_f1: float
    floor: Floor
    broken: tuple[str, ...]  # records with fewer true positives than when pinned

    def message(self) -> str:
        verdict = "passed" if self.passed else "FAILED"
        lines = [
            f"quality gate {verdict}: code F1 {self.f1:.4f} (floor {self.floor.f1:.4f}"
            f" - margin {self.floor.margin}), root F1 {self.root_f1:.4f}"
            f" (floor {self.floor.root_f1:.4f})"
        ]
        if self.broken:
            lines.append("records that lost true positives: " + ", ".join(self.broken))
        return "\n".join(lines)


def read_floor(path: Path) -> Floor:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Floor(f1=float(raw["f1"]), root_f1=float(raw["root_f1"]),
                     margin=float(raw.get("margin", DEFAULT_MARGIN)),
                     records={str(k): int(v) for k, v in raw.get("records", {}).items()},
                     gold=tuple(raw.get("gold", ())))
    except FileNotFoundError:
        raise DataFileError(str(path), "no such floor file") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise DataFileError(str(path), f"not a floor file: {exc}") from None


def check(totals: Totals, scores: Sequence[RecordScore], floor: Floor) -> GateResult:
    f1, root_f1 = totals.code.f1, totals.root.f1
    broken = tuple(
        s.record_id for s in scores
        if s.record_id in floor.records and s.code.tp < floor.records[s.record_id]
    )
    passed = f1 >= floor.f1 - floor.margin and root_f1 >= floor.root_f1 - floor.margin
    return GateResult(passed, f1, root_f1, floor, broken)


def raise_floor(totals: Totals, scores: Sequence[RecordScore], old: Floor | None,
                gold: Sequence[str], margin: float = DEFAULT_MARGIN) -> Floor:
    """A new floor from this run; never lower than the old one on the same gold.
    A different set of gold files is a different measure: adding harder
    development articles starts a new floor (the old one is not comparable)."""
    new = Floor(f1=totals.code.f1, root_f1=totals.root.f1, margin=margin,
                records={s.record_id: s.code.tp for s in scores}, gold=tuple(gold))
    same_gold = old is not None and tuple(old.gold) == tuple(gold)
    if old is not None and same_gold and (new.f1 < old.f1 or new.root_f1 < old.root_f1):
        raise DataFileError("floor", f"score {new.f1:.4f} is below the pinned floor"
                                     f" {old.f1:.4f}; the floor only rises")
    return new


def write_floor(path: Path, floor: Floor) -> None:
    path.write_text(json.dumps(floor.to_dict(), indent=2) + "\n", encoding="utf-8")
