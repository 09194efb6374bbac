"""Pattern files: the schema check names FILE:LINE, and the index orders by specificity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.patterns import (
    NULL_CODE,
    Pattern,
    PatternSet,
    PrepConstraint,
    load_patterns,
    pattern_from_dict,
    pattern_to_dict,
)

GOOD = {
    "id": "t.meet.040", "code": "040", "lemma": "meet", "pos": "VERB", "particle": None,
    "words": [], "preps": [{"prep": "with", "words": []}], "target": "pobj:with",
    "origin": "test",
}


def _write(path: Path, rows: list[dict[str, object] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _error(path: Path, **kwargs: object) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        load_patterns([path], **kwargs)  # type: ignore[arg-type]
    return info.value


def test_good_file_loads(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.jsonl", [GOOD, "", {**GOOD, "id": "t.meet.2", "preps": []}])
    patterns = load_patterns([f])
    assert [p.id for p in patterns.lookup("meet", "VERB")] == ["t.meet.040", "t.meet.2"]
    assert patterns.lookup("meet", "VERB")[0].preps == (PrepConstraint("with"),)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"code": "999"}, "not in the CAMEO codebook"),
        ({"target": "subject"}, "target must be"),
        ({"pos": "ADJ"}, "pos must be VERB or NOUN"),
        ({"lemma": "Meet"}, "lemma must be a lower-case string"),
        ({"words": ["agreement"]}, "words must hold non-empty lists"),
        ({"words": [[]]}, "words must hold non-empty lists"),
        ({"preps": [{"prep": "with", "words": [], "extra": 1}]}, "each prep must be"),
        ({"colour": "red"}, "unknown key(s): colour"),
        ({"particle": 3}, "particle must be"),
    ],
)
def test_schema_errors_name_file_and_line(
    tmp_path: Path, change: dict[str, object], problem: str
) -> None:
    f = _write(tmp_path / "bad.jsonl", [GOOD, {**GOOD, "id": "t.other", **change}])
    err = _error(f)
    assert err.where == f"{f}:2"
    assert problem in err.problem


def test_missing_key_and_bad_json(tmp_path: Path) -> None:
    row = {k: v for k, v in GOOD.items() if k != "target"}
    err = _error(_write(tmp_path / "m.jsonl", [row]))
    assert err.where.endswith("m.jsonl:1") and "missing key(s): target" in err.problem
    err = _error(_write(tmp_path / "j.jsonl", [GOOD, "", '{"id": oops}']))
    assert err.where.endswith("j.jsonl:3") and "not valid JSON" in err.problem


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", [GOOD])
    b = _write(tmp_path / "b.jsonl", [{**GOOD, "lemma": "confer"}])
    with pytest.raises(DataFileError) as info:
        load_patterns([a, b])
    assert info.value.where == f"{b}:1"
    assert f"{a}:1" in info.value.problem


def test_code_check_can_be_skipped_for_invented_codes(tmp_path: Path) -> None:
    f = _write(tmp_path / "v.jsonl", [{**GOOD, "code": "345"}])
    assert _error(f).where == f"{f}:1"
    assert load_patterns([f], check_codes=False).lookup("meet", "VERB")[0].code == "345"


def test_null_code_is_allowed_and_can_be_dropped(tmp_path: Path) -> None:
    f = _write(tmp_path / "n.jsonl", [GOOD, {**GOOD, "id": "t.null", "code": NULL_CODE}])
    loaded = load_patterns([f])
    assert [p.is_null for p in loaded.patterns] == [False, True]
    assert loaded.codes() == frozenset({"040"})
    assert [p.id for p in load_patterns([f], include_null=False).patterns] == ["t.meet.040"]


def test_pattern_set_sorts_by_specificity_and_keeps_file_order_on_ties() -> None:
    bare = Pattern("bare", "040", "meet")
    other_bare = Pattern("bare2", "042", "meet")
    prep = Pattern("prep", "040", "meet", preps=(PrepConstraint("with"),))
    full = Pattern(
        "full", "043", "meet", words=(frozenset({"delegation"}),),
        preps=(PrepConstraint("in", (frozenset({"capital"}),)),),
    )
    noun = Pattern("noun", "040", "meeting", pos="NOUN")
    ps = PatternSet([bare, prep, other_bare, full, noun])
    assert [p.id for p in ps[("meet", "VERB")]] == ["full", "prep", "bare", "bare2"]
    assert ps.get(("meeting", "NOUN")) == (noun,)
    assert ps.get(("meeting", "VERB")) is None
    assert len(ps) == 2 and set(ps) == {("meet", "VERB"), ("meeting", "NOUN")}


def test_round_trip_through_dict() -> None:
    p = pattern_from_dict({**GOOD, "words": [["accord", "agreement"]], "extras": {"x": 1}}, "here")
    again = pattern_from_dict(pattern_to_dict(p), "here")
    assert again == p and again.extras == {"x": 1}
    compact = pattern_to_dict(Pattern("c", "040", "meet"), compact=True)
    assert "particle" not in compact and "words" not in compact
    assert pattern_from_dict(compact, "here") == Pattern("c", "040", "meet", origin="core")


def test_default_files_load_and_index() -> None:
    patterns = load_patterns()
    assert len(patterns.patterns) > 1000
    meet = patterns.lookup("meet", "VERB")
    assert meet, "meet must be a trigger"
    # curated patterns first, each tier from the most specific down
    tiers = [not p.curated for p in meet]
    assert tiers == sorted(tiers)
    assert all(a.specificity >= b.specificity for a, b in zip(meet, meet[1:], strict=False)
               if a.curated == b.curated)


def test_curated_patterns_come_first_and_bare_dictionary_entries_drop_out() -> None:
    """A converted dictionary's bare verb ("order" -> 100) is noise next to
    curated patterns, but its specific phrases stay, behind the curated ones."""
    curated = Pattern("c.arrive.in", "042", "arrive", preps=(PrepConstraint("in"),))
    phrase = Pattern("d.arrive.in.for", "046", "arrive", origin="CAMEO.2.0.txt:1",
                     preps=(PrepConstraint("in"), PrepConstraint("for")))
    bare = Pattern("d.order", "100", "order", origin="CAMEO.2.0.txt:2")
    mixed = PatternSet([phrase, bare, curated])
    assert [p.id for p in mixed[("arrive", "VERB")]] == ["c.arrive.in", "d.arrive.in.for"]
    assert mixed.get(("order", "VERB")) is None
    assert "100" in mixed.codes()  # still loaded, and still counts for coverage
    alone = PatternSet([phrase, bare])  # a PETRARCH project's own dictionary
    assert [p.id for p in alone[("order", "VERB")]] == ["d.order"]
