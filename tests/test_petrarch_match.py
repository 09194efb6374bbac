"""The PETRARCH word-sequence matcher (events/petrarch_match.py) on tiny dictionaries.

The actors are fictional and given in the test's own dictionary files, so the
results do not depend on the shipped knowledge base.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.dictionaries import find_dictionaries, petrarch_options
from eventwire.events.petrarch_match import (
    Element,
    parse_discards,
    parse_pattern,
    parse_verb_dictionary,
    regular_forms,
)
from eventwire.model import Article

VALIDATION = Path(__file__).resolve().parents[2] / "shared/data/validation"

VERBS = """<!-- tiny test dictionary -->
&TIETYPES
+MILITARY
+TRADE

--- RESTORE [064] ---
RESTORE
- * &TIETYPES TIES [065]

--- ACCUSE [112] ---
ACCUSE
- + WAS_ * BY $ [111]

--- VISIT [042:043] ---
VISIT

--- PLEDGE [---] ---
PLEDGE
- * AID TO + [051]

--- MEET [---] ---
MEET
- % * [036]
"""

ACTORS = """QUENDOR_  [QND]
VALDORIA_  [VAL]
ORMENIA_  [ORM]
THE_OU  [OUX]
"""

AGENTS = """SOLDIER [~MIL]
OFFICIAL [~GOV]
HUMAN_RIGHTS_GROUP [NGO~]
"""

DISCARDS = """+FOOTBALL CUP
CHESS MATCH
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):
    from eventwire.pipeline import Pipeline

    folder = tmp_path_factory.mktemp("dicts")
    (folder / "tiny.verbs.txt").write_text(VERBS)
    (folder / "tiny.actors.txt").write_text(ACTORS)
    (folder / "tiny.agents.txt").write_text(AGENTS)
    (folder / "tiny.discards.txt").write_text(DISCARDS)
    return Pipeline.load(petrarch_options(folder))


def _coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    article = Article(id=Article.make_id(text), text=text)
    events = pipeline.extract(article)
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in events}


def test_regular_forms_cover_inflections() -> None:
    assert {"visit", "visits", "visited", "visiting"} <= regular_forms("visit")
    assert {"accuses", "accused", "accusing"} <= regular_forms("accuse")
    assert {"tries", "tried"} <= regular_forms("try")


def test_pattern_splits_at_the_verb_with_glue() -> None:
    pattern = parse_pattern("+ WAS_ * BY $", {}, "t:1", ("111", None, False))
    assert pattern is not None
    # before the verb, nearest first: "was" touches the verb, "+" does not touch "was"
    assert [e.kind for e in pattern.before] == ["words", "+"]
    assert pattern.before[0] == Element("words", (("was",),), True)
    assert pattern.before[1].glued is False
    assert [e.kind for e in pattern.after] == ["words", "$"]


def test_pattern_with_undefined_synset_is_ignored() -> None:
    assert parse_pattern("* &NOSUCH", {}, "t:1", ("010", None, False)) is None


def test_synsets_and_paired_codes_are_read() -> None:
    parsed = parse_verb_dictionary(VERBS)
    (visit,) = parsed.verbs["visited"]
    assert (visit.code, visit.reverse_code) == ("042", "043")
    (restore,) = parsed.verbs["restored"]
    restore_patterns = parsed.blocks[restore.block]
    assert restore_patterns[0].after[0].phrases[:2] == (("military",), ("militarys",))


def test_discards_mark_story_level_with_plus() -> None:
    found = parse_discards(DISCARDS)
    assert [(d.words, d.story) for d in found] == [
        (("football", "cup"), True), (("chess", "match"), False)]


def test_find_dictionaries_picks_up_discards(tmp_path: Path) -> None:
    (tmp_path / "x.verbs.txt").write_text(VERBS)
    (tmp_path / "x.discards.txt").write_text(DISCARDS)
    found = find_dictionaries(tmp_path)
    assert [p.name for p in found["discards"]] == ["x.discards.txt"]
    assert petrarch_options(tmp_path).discard_files == (tmp_path / "x.discards.txt",)


def test_verb_code_without_pattern(tiny) -> None:
    assert _coded(tiny, "Quendor restored relations with Valdoria.") == {("QND", "VAL", "064")}


def test_synset_pattern_beats_bare_verb(tiny) -> None:
    assert _coded(tiny, "Quendor restored trade ties with Valdoria.") == {("QND", "VAL", "065")}


def test_passive_pattern_swaps_source_and_target(tiny) -> None:
    assert _coded(tiny, "Quendor was accused by Valdoria.") == {("VAL", "QND", "111")}


def test_paired_code_codes_the_reverse_event(tiny) -> None:
    assert _coded(tiny, "Quendor visited Valdoria.") == {("QND", "VAL", "042"),
                                                        ("VAL", "QND", "043")}


def test_target_slot_after_the_verb(tiny) -> None:
    assert _coded(tiny, "Quendor pledged aid to Valdoria.") == {("QND", "VAL", "051")}
    # the null-coded verb alone codes nothing
    assert _coded(tiny, "Quendor pledged to Valdoria.") == set()


def test_compound_slot_pairs_its_members(tiny) -> None:
    assert _coded(tiny, "Quendor and Valdoria met.") == {("QND", "VAL", "036"),
                                                        ("VAL", "QND", "036")}


def test_compound_source_gives_one_event_per_member(tiny) -> None:
    assert _coded(tiny, "Quendor, Ormenia and Valdoria restored relations with Ormenia.") >= {
        ("QND", "ORM", "064"), ("VAL", "ORM", "064")}


def test_agent_of_an_actor_composes_codes(tiny) -> None:
    assert _coded(tiny, "Soldiers from Quendor visited Valdoria.") == {
        ("QNDMIL", "VAL", "042"), ("VAL", "QNDMIL", "043")}


def test_actor_before_an_agent_composes_codes(tiny) -> None:
    # composed when the mention is resolved, as PETRARCH does: QND + ~MIL
    assert _coded(tiny, "Quendor soldiers visited Valdoria.") == {
        ("QNDMIL", "VAL", "042"), ("VAL", "QNDMIL", "043")}
    assert ("NGOORM", "VAL", "042") in _coded(
        tiny, "An Ormenia human rights group visited Valdoria.")


def test_possessor_of_an_agent_composes_codes(tiny) -> None:
    assert ("VALGOV", "QND", "042") in _coded(tiny, "Valdoria's officials visited Quendor.")


def test_agent_without_owner_is_the_null_actor(tiny) -> None:
    assert _coded(tiny, "Soldiers visited Valdoria.") == {
        ("---MIL", "VAL", "042"), ("VAL", "---MIL", "043")}


def test_compound_agents_compose_with_compound_owners(tiny) -> None:
    coded = _coded(tiny, "Soldiers and officials from Quendor and Ormenia restored "
                         "relations with Valdoria.")
    assert coded == {(src, "VAL", "064") for src in ("QNDMIL", "ORMMIL", "QNDGOV", "ORMGOV")}


def test_owned_agent_inside_a_compound(tiny) -> None:
    assert _coded(tiny, "Ormenia and soldiers in Quendor restored relations "
                        "with Valdoria.") == {("ORM", "VAL", "064"), ("QNDMIL", "VAL", "064")}


def test_article_before_an_acronym_name_is_pinned(tiny) -> None:
    # THE_OU is written "The OU"; a two-letter name alone is never pinned
    from eventwire.nlp.pipeline import kb_patterns

    pinned = {p["pattern"] for p in kb_patterns(tiny.kb)}
    assert "The OU" in pinned and "OU" not in pinned
    assert _coded(tiny, "The OU restored relations with Valdoria.") == {("OUX", "VAL", "064")}


def test_discard_phrase_drops_the_sentence(tiny) -> None:
    assert _coded(tiny, "Quendor visited Valdoria for the chess match.") == set()
    assert _coded(tiny, "Quendor visited Valdoria for the Football Cup.") == set()


def test_validation_suite_share_fully_right() -> None:
    """Regression guard: 75.0% of records were fully right at the last change."""
    gold = VALIDATION / "petrarch2_unittest.jsonl"
    if not gold.is_file():
        pytest.skip(f"validation suite not at {gold}")
    from eventwire.evaluate.command import run_evaluation

    report = run_evaluation([gold], dictionaries=VALIDATION / "dicts/petrarch_validate")
    share = report.totals.fully_right_share
    assert share is not None and share >= 0.74
