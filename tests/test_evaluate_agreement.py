"""Agreement between two coders, scored like the pipeline: hand-computed cases."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.evaluate.agreement import predictions_from_gold, score_agreement
from eventwire.evaluate.gold import GoldEvent

D = date.fromisoformat
TEXT = "MOSCOW, Oct 11 (Made-up Wire) - Putin will visit Kyrgyzstan."


def event(source: str, target: str, *codes: str, dates: list[str] | None = None,
          status: str = "asserted", core: bool = True) -> dict:
    return {"source": source, "target": target, "codes": list(codes), "dates": dates,
            "status": status, "core": core}


def write(path: Path, *records: tuple[str, list[dict]], text: str = TEXT) -> Path:
    lines = [json.dumps({"id": rid, "date": "2023-10-11", "title": "t", "source": "Wire",
                         "text": text, "events": events})
             for rid, events in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_second_coder_is_scored_on_the_first_ones_codes(tmp_path):
    first = write(tmp_path / "a.jsonl",
                  ("r1", [event("RUS", "KGZ", "042", "043"), event("RUS", "KGZ", "036"),
                          event("KGZ", "RUS", "043", core=False)]))
    # The second coder agrees on the visit at root level only (040 is root 04),
    # misses the 036 and adds a 051 of his own:
    # code: TP 0, FP 2, FN 2; root: TP 1, FP 1, FN 1.
    second = write(tmp_path / "b.jsonl",
                   ("r1", [event("RUS", "KGZ", "040"), event("RUS", "KGZ", "051")]))
    totals = score_agreement(first, second).totals
    assert (totals.code.tp, totals.code.fp, totals.code.fn) == (0, 2, 2)
    assert (totals.root.tp, totals.root.fp, totals.root.fn) == (1, 1, 1)
    assert totals.root.f1 == pytest.approx(0.5)


def test_optional_events_are_claims_only_when_asked(tmp_path):
    first = write(tmp_path / "a.jsonl", ("r1", [event("RUS", "KGZ", "042")]))
    second = write(tmp_path / "b.jsonl",
                   ("r1", [event("RUS", "KGZ", "042"), event("KGZ", "RUS", "043", core=False)]))
    assert score_agreement(first, second).totals.code.fp == 0
    assert score_agreement(first, second, optional=True).totals.code.fp == 1


def test_a_negated_event_of_the_second_coder_claims_nothing(tmp_path):
    first = write(tmp_path / "a.jsonl", ("r1", [event("ARM", "CIS", "043")]))
    second = write(tmp_path / "b.jsonl",
                   ("r1", [event("ARM", "CIS", "043", status="negated")]))
    totals = score_agreement(first, second).totals
    assert (totals.code.tp, totals.code.fp, totals.code.fn) == (0, 0, 1)


def test_ranges_become_the_precision_a_pipeline_would_give():
    events = [GoldEvent("RUS", "KGZ", ("042",), prefix=True, dates=(D(a), D(b)))
              for a, b in (("2023-10-12", "2023-10-12"), ("2023-03-01", "2023-03-31"),
                           ("2019-01-01", "2019-12-31"), ("2023-10-09", "2023-10-10"))]
    got = [(p.date, p.precision) for p in predictions_from_gold(events)]
    assert got == [(D("2023-10-12"), "day"), (D("2023-03-01"), "month"),
                   (D("2019-01-01"), "year"), (D("2023-10-10"), "day")]


def test_records_must_pair_up_with_the_same_text(tmp_path):
    first = write(tmp_path / "a.jsonl", ("r1", []), ("r2", []))
    with pytest.raises(DataFileError, match="has no record 'r2'"):
        score_agreement(first, write(tmp_path / "b.jsonl", ("r1", [])))
    with pytest.raises(DataFileError, match="another text"):
        score_agreement(first, write(tmp_path / "c.jsonl", ("r1", []), ("r2", []),
                                     text="Something else."))


def test_the_command_prints_the_scores_and_names_a_missing_file(tmp_path):
    first = write(tmp_path / "a.jsonl", ("r1", [event("RUS", "KGZ", "042")]))
    second = write(tmp_path / "b.jsonl", ("r1", [event("RUS", "KGZ", "042")]))
    command = [sys.executable, "-m", "eventwire.cli", "agreement"]
    proc = subprocess.run([*command, str(first), str(second), "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["totals"]["levels"]["code"]["f1"] == 1.0
    proc = subprocess.run([*command, str(first), str(tmp_path / "none.jsonl")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1 and "none.jsonl" in proc.stderr
