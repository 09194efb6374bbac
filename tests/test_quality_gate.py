"""The quality gate: the development gold's F1 must stay at its pinned floor.

The floor (eval/floor.json) only rises; tools/update_floor.py raises it after
an improvement. The held-out gold (eval/gold/heldout.jsonl) is never scored
here, so nobody tunes on it by accident.
"""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.errors import DataFileError
from eventwire.evaluate.command import run_evaluation
from eventwire.evaluate.gate import Floor, check, raise_floor, read_floor

from .conftest import REPO

FLOOR = REPO / "eval" / "floor.json"


@pytest.fixture(scope="module")
def dev_report(pipeline):
    floor = read_floor(FLOOR)
    assert "eval/gold/heldout.jsonl" not in floor.gold
    return run_evaluation([REPO / g for g in floor.gold], pipeline=pipeline)


def test_development_gold_stays_above_the_floor(dev_report):
    result = check(dev_report.totals, dev_report.scores, read_floor(FLOOR))
    assert result.passed, result.message()


def test_gate_fails_loudly_on_a_regression(dev_report):
    """Show the gate failing once: a floor above today's score must fail and
    name the records that lost true positives."""
    real = read_floor(FLOOR)
    best = max(dev_report.scores, key=lambda s: s.code.tp)
    stricter = dataclasses.replace(
        real, f1=dev_report.totals.code.f1 + 0.05,
        records={**real.records, best.record_id: best.code.tp + 1},
    )
    result = check(dev_report.totals, dev_report.scores, stricter)
    assert not result.passed
    assert "FAILED" in result.message()
    assert best.record_id in result.broken
    assert best.record_id in result.message()


def test_floor_only_rises(dev_report):
    higher = Floor(f1=1.0, root_f1=1.0, margin=0.01, records={}, gold=("x",))
    with pytest.raises(DataFileError, match="only rises"):
        raise_floor(dev_report.totals, dev_report.scores, higher, ["x"])
    lower = Floor(f1=0.0, root_f1=0.0, margin=0.01, records={}, gold=("x",))
    new = raise_floor(dev_report.totals, dev_report.scores, lower, ["x"])
    assert new.f1 == dev_report.totals.code.f1


def test_a_new_set_of_gold_files_starts_a_new_floor(dev_report):
    # the old floor was measured on other files: not comparable, so not a lowering
    other = Floor(f1=1.0, root_f1=1.0, margin=0.01, records={}, gold=("x",))
    new = raise_floor(dev_report.totals, dev_report.scores, other, ["x", "y"])
    assert (new.f1, new.gold) == (dev_report.totals.code.f1, ("x", "y"))
