"""Gold readers: both shapes, the real shared files, and clear errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.evaluate.gold import read_gold, read_gold_file

VALIDATION = Path("/work/shared/data/validation")
REPO_GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold"

ARTICLE = {
    "id": "dev-x-01", "date": "2023-10-11", "title": "Putin to visit Bishkek",
    "source": "Wire Daily", "text": "BISHKEK, Oct 11 (Wire Daily) - Putin will visit ...",
    "events": [
        {"source": "RUS", "target": "KGZ", "codes": ["042", "043"],
         "dates": ["2023-10-12", "2023-10-12"], "status": "planned", "core": True,
         "note": "to visit Bishkek on Thursday"},
        {"source": "EU", "target": "RUS", "codes": ["163"], "dates": None,
         "status": "hypothetical", "core": False},
    ],
}
SENTENCE = {"id": "S-1", "date": "1995-01-04", "text": "Gondor welcomed ties with Osgiliath.",
            "expected": [{"source": "GON", "target": "OSG", "code": "041"},
                         {"source": "---GOV", "target": "---", "code": "023"}],
            "valid": False, "config": {"require_dyad": False}, "category": "X"}


def write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "records", "skipped", "events"), [
    ("petrarch2_unittest.jsonl", 284, 0, 359),
    ("udpetrarch_validate_2_02.jsonl", 274, 0, 322),
    ("petrarch_pytest_cases.jsonl", 5, 13, 5),
])
def test_real_sentence_files(name: str, records: int, skipped: int, events: int) -> None:
    gold = read_gold_file(VALIDATION / name)
    assert len(gold.records) == records
    assert gold.skipped == skipped
    assert sum(len(r.events) for r in gold.records) == events
    assert {r.shape for r in gold.records} == {"sentence"}
    assert all(not e.prefix and len(e.codes) == 1 and e.core for r in gold.records
               for e in r.events)


def test_real_unittest_details() -> None:
    records = {r.id: r for r in read_gold(VALIDATION / "petrarch2_unittest.jsonl")}
    demo = records["DEMO-00"]
    assert demo.date == date(1995, 1, 1)
    assert [(e.source, e.target, e.codes) for e in demo.events] == [("ARN", "GON", ("064",))]
    assert demo.origin.endswith("petrarch2_unittest.jsonl:1")
    # "---GOV" stays as written, a bare "---" becomes unknown (None).
    compound = records["COMPOUND-03"]
    assert (compound.events[2].source, compound.events[2].target) == ("---GOV", None)
    assert records["PATTERN-03"].events[0].codes == ("174K",)
    # 20 records say expect_no_events, 7 more (ERROR-*, ...) list no event either.
    assert sum(1 for r in records.values() if not r.events) == 27
    assert sum(1 for r in records.values() if not r.valid) == 5


REPO_FILES = sorted(REPO_GOLD.glob("*.jsonl")) if REPO_GOLD.is_dir() else []


@pytest.mark.skipif(not REPO_FILES, reason="no article gold in eval/gold yet")
def test_repo_article_gold_reads() -> None:
    for path in REPO_FILES:
        gold = read_gold_file(path)
        assert gold.records, path
        assert all(r.date is not None for r in gold.records if r.shape == "article")
        for record in gold.records:
            for event in record.events:
                assert event.codes and all(len(c) >= 2 for c in event.codes)


def test_article_record(tmp_path: Path) -> None:
    [record] = read_gold(write(tmp_path, ARTICLE))
    assert record.shape == "article"
    assert record.date == date(2023, 10, 11)
    assert record.title == "Putin to visit Bishkek"
    visit, sanction = record.events
    assert visit.prefix and visit.codes == ("042", "043")
    assert visit.dates == (date(2023, 10, 12), date(2023, 10, 12))
    assert visit.status == "planned" and visit.core and not visit.must_not
    assert sanction.dates is None and not sanction.core and sanction.must_not
    assert visit.describe() == "RUS>KGZ 042*|043* 2023-10-12..2023-10-12 planned"


def test_mixed_file_with_blank_lines_and_skips(tmp_path: Path) -> None:
    phrase = {"id": "p1", "kind": "actor_phrase", "text": "NATO", "date": None}
    gold = read_gold_file(write(tmp_path, ARTICLE, "", SENTENCE, phrase))
    assert [r.shape for r in gold.records] == ["article", "sentence"]
    assert gold.skipped == 1
    assert gold.records[1].origin.endswith(":3")
    assert gold.records[1].valid is False


def test_missing_core_reads_as_true(tmp_path: Path) -> None:
    obj = json.loads(json.dumps(ARTICLE))
    del obj["events"][0]["core"]
    [record] = read_gold(write(tmp_path, obj))
    assert record.events[0].core is True


def _broken(change: dict[str, object], event_change: dict[str, object] | None = None) -> dict:
    obj = json.loads(json.dumps(ARTICLE))
    obj.update(change)
    if event_change:
        obj["events"][0].update(event_change)
    return obj


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "x", "text": "t", "expected": [', "not valid JSON"),
    ("[1, 2]", "JSON object"),
    (json.dumps({"id": "x", "text": "t"}), "no 'expected'"),
    (json.dumps({"id": "", "text": "t", "expected": []}), "'id'"),
    (json.dumps({"id": "x", "text": "t", "expected": [{"source": "A"}]}), "no 'code'"),
    (json.dumps({"id": "x", "text": "t", "expected": [{"code": "0x4"}]}), "not a CAMEO code"),
    (json.dumps(_broken({"date": "11/10/2023"})), "not an ISO date"),
    (json.dumps(_broken({}, {"codes": []})), "non-empty list"),
    (json.dumps(_broken({}, {"dates": ["2023-10-13", "2023-10-12"]})), "is after"),
    (json.dumps(_broken({}, {"dates": ["2023-10-13"]})), "[first, last]"),
    (json.dumps(_broken({}, {"status": "rumoured"})), "rumoured"),
    (json.dumps(_broken({}, {"core": "yes"})), "core"),
    (json.dumps(_broken({}, {"source": "Russia"})), "ISO3"),
    (json.dumps(_broken({}, {"source": "7G"})), "ISO3"),
    (json.dumps(_broken({}, {"target": None})), "missing"),
])
def test_malformed_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, SENTENCE, line)
    with pytest.raises(DataFileError) as info:
        read_gold(path)
    assert info.value.where == f"{path}:2"
    assert message in info.value.problem


def test_organisation_keys_with_digits_are_parties(tmp_path: Path) -> None:
    obj = _broken({}, {"source": "G7", "target": "G20"})
    [record] = read_gold(write(tmp_path, obj))
    assert (record.events[0].source, record.events[0].target) == ("G7", "G20")


def test_duplicate_id_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, SENTENCE, SENTENCE)
    with pytest.raises(DataFileError, match="duplicate id 'S-1'"):
        read_gold(path)


def test_missing_file_is_a_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        read_gold(tmp_path / "nope.jsonl")
