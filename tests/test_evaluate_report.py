"""run_eval end to end with plain predictor functions, sums, worst records, renderings."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from eventwire.evaluate import (
    Counts,
    GoldRecord,
    read_gold,
    run_eval,
    score_record,
    summarize,
    worst,
)
from eventwire.evaluate.gold import GoldEvent
from eventwire.evaluate.scorer import Prediction
from eventwire.model import Actor, Event

VALIDATION = Path("/work/shared/data/validation")
SHARED = sorted(VALIDATION.glob("*.jsonl"))


def make_event(source: str | None, target: str | None, code: str, *, party: bool,
               day: str | None = None, precision: str | None = None,
               status: str = "asserted") -> Event:
    def actor(value: str | None) -> Actor | None:
        if value is None:
            return None
        return Actor(text=value, country=value) if party else Actor(text=value, code=value)

    return Event(event_id=f"{source}-{target}-{code}", article_ids=("a",), source=actor(source),
                 target=actor(target), cameo=code, cameo_root=code[:2], cameo_name=None,
                 quad_class=None, goldstein=None, plover=None,
                 status=status, evidence=(), date=day,  # type: ignore[arg-type]
                 date_precision=precision)  # type: ignore[arg-type]


def oracle(record: GoldRecord) -> list[Event]:
    """Predict exactly the core gold events (first accepted code, first gold day)."""
    out = []
    for e in record.events:
        if not e.core or e.must_not:
            continue
        code = e.codes[0] + ("0" if e.prefix and len(e.codes[0]) == 2 else "")
        day = e.dates[0].isoformat() if e.dates else None
        out.append(make_event(e.source, e.target, code, party=record.shape == "article",
                              day=day, precision="day" if day else None))
    return out


def test_oracle_is_perfect_on_the_shared_files() -> None:
    report = run_eval(SHARED, oracle)
    assert report.totals.records == 284 + 274 + 5
    assert report.skipped == 13
    # 359 + 322 + 5 expected events, all found.
    assert report.totals.code == Counts(tp=686)
    assert report.totals.root == Counts(tp=686)
    assert report.totals.dated == Counts(tp=686)
    assert report.totals.fully_right == 563
    assert report.worst_records == ()
    assert [f.records for f in report.files] == [284, 5, 274]


def test_silent_predictor_on_the_shared_files() -> None:
    report = run_eval(SHARED, lambda record: [])
    # nothing found: TP 0, FP 0, FN 686; P = 1 (0/0), R = 0.
    assert report.totals.code == Counts(fn=686)
    # only the 2 x 27 records without expected events are fully right; all are "nothing coded".
    assert report.totals.fully_right == 54
    assert report.totals.nothing_coded == 563
    assert report.worst_records[0].record_id == "COMPOUND-07B"  # 12 expected events
    assert len(report.worst_records) == 10


GOLD_LINES = [
    {"id": "a1", "date": "2023-10-11", "text": "Putin will visit Bishkek on Thursday.",
     "events": [
         {"source": "RUS", "target": "KGZ", "codes": ["042"],
          "dates": ["2023-10-12", "2023-10-12"], "status": "planned", "core": True},
         {"source": "KGZ", "target": "RUS", "codes": ["043"], "dates": None, "core": False},
         {"source": "RUS", "target": "UKR", "codes": ["19"], "dates": None,
          "status": "negated", "core": False}]},
    {"id": "a2", "date": "2023-10-11", "text": "Police arrested protesters in Tbilisi.",
     "events": [{"source": "GEO", "target": "GEO", "codes": ["173"],
                 "dates": ["2023-10-10", "2023-10-10"], "core": True},
                {"source": "GEO", "target": "GEO", "codes": ["14"], "dates": None,
                 "core": True}]},
    {"id": "s1", "date": "1995-01-01", "text": "Arnor restores ties with Gondor.",
     "expected": [{"source": "ARN", "target": "GON", "code": "064"}]},
    {"id": "p1", "kind": "actor_phrase", "text": "NATO", "date": None},
]

PREDICTED: dict[str, list[Event]] = {
    # a1: 042 planned on the 12th (TP, date right, status right), 043 (neutral),
    #     RUS>UKR 190 asserted (FP, negated hit).
    "a1": [make_event("RUS", "KGZ", "042", party=True, day="2023-10-12", precision="day",
                      status="planned"),
           make_event("KGZ", "RUS", "043", party=True),
           make_event("RUS", "UKR", "190", party=True)],
    # a2: 173 dated the 11th (code TP, dated FP+FN), protest missed (FN).
    "a2": [make_event("GEO", "GEO", "173", party=True, day="2023-10-11", precision="day")],
    # s1: nothing.
    "s1": [],
}


def predict(record: GoldRecord) -> Sequence[Event]:
    return PREDICTED[record.id]


@pytest.fixture()
def gold_path(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in GOLD_LINES) + "\n", encoding="utf-8")
    return path


def test_run_eval_hand_computed(gold_path: Path) -> None:
    report = run_eval([gold_path], predict, worst=2)
    t = report.totals
    # code: a1 TP 1 neutral 1 FP 1; a2 TP 1 FN 1; s1 FN 1 -> TP 2, FP 1, FN 2, neutral 1.
    assert t.code == Counts(tp=2, fp=1, fn=2, neutral=1)
    # P = 2/3, R = 2/4 = 1/2, F1 = 2 * 2/3 * 1/2 / (2/3 + 1/2) = (2/3) / (7/6) = 4/7.
    assert t.code.precision == pytest.approx(2 / 3)
    assert t.code.recall == pytest.approx(1 / 2)
    assert t.code.f1 == pytest.approx(4 / 7)
    # dated: a2's arrest is on the wrong day -> TP 1, FP 2, FN 3, neutral 1.
    assert t.dated == Counts(tp=1, fp=2, fn=3, neutral=1)
    # date accuracy: a1 042 (right) and a2 173 (wrong) -> 1/2.
    assert (t.date_checked, t.date_ok) == (2, 1)
    # status: a1 042 planned (right); a1 RUS>UKR negated but predicted asserted (wrong) -> 1/2.
    assert (t.status_checked, t.status_ok) == (2, 1)
    assert t.negated_hits == 1
    assert (t.records, t.fully_right, t.nothing_coded) == (3, 0, 1)
    assert t.roots == {"04": Counts(tp=1), "14": Counts(fn=1), "17": Counts(tp=1),
                       "19": Counts(fp=1), "06": Counts(fn=1)}
    assert report.skipped == 1
    assert report.files[0].shapes == {"article": 2, "sentence": 1}
    # worst: a1 (FP 1), a2 (FN 1), s1 (FN 1) all have 1 error; the FP ranks a1 first, then
    # ids order a2 before s1; worst=2 cuts s1.
    assert [s.record_id for s in report.worst_records] == ["a1", "a2"]
    assert [s.record_id for s in report.worst(5)] == ["a1", "a2", "s1"]


def test_to_dict_is_json(gold_path: Path) -> None:
    data = json.loads(json.dumps(run_eval([gold_path], predict).to_dict()))
    assert data["totals"]["levels"]["code"] == {
        "tp": 2, "fp": 1, "fn": 2, "neutral": 1, "precision": 0.6667, "recall": 0.5,
        "f1": 0.5714}
    assert data["totals"]["date_accuracy"] == 0.5
    assert data["skipped"] == 1
    first = data["worst"][0]
    assert first["id"] == "a1"
    assert {"event": "RUS>UKR 190 asserted", "outcome": "fp"} in first["found"]
    assert {"event": "RUS>UKR 19* negated optional", "outcome": "must-not-coded"} \
        in first["expected"]


def test_to_text_is_an_aligned_table(gold_path: Path) -> None:
    text = run_eval([gold_path], predict).to_text()
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("level"))
    code = next(line for line in lines if line.startswith("code "))
    assert header.split() == ["level", "tp", "fp", "fn", "neutral", "precision", "recall", "f1"]
    assert code.split() == ["code", "2", "1", "2", "1", "0.667", "0.500", "0.571"]
    assert len(header) == len(code)  # right-aligned to the same width
    assert "date accuracy (matched dated core events): 1/2 (50.0%)" in text
    assert "fn              GEO>GEO 14*" in text
    assert "\x1b[" not in text  # no terminal markup


def test_to_markdown(gold_path: Path) -> None:
    md = run_eval([gold_path], predict).to_markdown()
    assert md.startswith("# eventwire evaluation")
    assert "| code | 2 | 1 | 2 | 1 | 0.667 | 0.500 | 0.571 |" in md
    assert "## Worst records (by FP + FN)" in md
    assert "- **fp** `RUS>UKR 190 asserted`" in md


def test_predictor_errors_propagate(gold_path: Path) -> None:
    def broken(record: GoldRecord) -> list[Event]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        run_eval([gold_path], broken)


def test_summarize_and_worst_directly() -> None:
    # record x: TP 1; record y: FP 1, FN 3 -> micro totals TP 1, FP 1, FN 3:
    # P = 1/2, R = 1/4 (a macro average of recalls would be (1 + 0)/2 = 1/2 instead).
    x = GoldRecord(id="x", shape="sentence", text="t",
                   events=(GoldEvent("A", "B", ("010",), prefix=False),))
    y = GoldRecord(id="y", shape="sentence", text="t",
                   events=tuple(GoldEvent("A", "B", (c,), prefix=False)
                                for c in ("020", "030", "040")))
    sx = score_record(x, [Prediction("A", "B", "010")])
    sy = score_record(y, [Prediction("B", "A", "020")])
    totals = summarize([sx, sy])
    assert totals.code == Counts(tp=1, fp=1, fn=3)
    assert (totals.code.precision, totals.code.recall) == (0.5, 0.25)
    assert totals.fully_right_share == 0.5
    assert totals.nothing_coded_share == 0.0
    assert totals.date_accuracy is None and totals.status_accuracy is None
    assert worst([sx, sy], 5) == [sy]
    assert worst([sx, sy], 0) == []
    assert summarize([]).code.f1 == 1.0  # nothing expected, nothing found


def test_real_gold_round_trip_through_read_gold() -> None:
    # the reader and the scorer agree on the shared pytest cases: oracle gets TP 5.
    records = read_gold(VALIDATION / "petrarch_pytest_cases.jsonl")
    total = summarize(score_record(r, [Prediction(e.source, e.target, e.codes[0])
                                       for e in r.events]) for r in records)
    assert total.code == Counts(tp=5)
