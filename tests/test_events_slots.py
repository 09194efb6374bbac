"""Where prepositional arguments sit (events/slots.py), on hand-built parses.

The lookup is shared by pattern matching and target finding; these pin the
order and the fallback each caller relies on.
"""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from eventwire.events import syntax
from eventwire.events.slots import prep_objects_first_object, prep_objects_near, preps_on

VOCAB = English().vocab


def parse(rows: list[tuple[str, str, int]]) -> Doc:
    """A Doc from (word, dependency, head) rows; POS is enough for these tests."""
    pos = {"nsubj": "PROPN", "ROOT": "VERB", "dobj": "NOUN", "prep": "ADP", "pobj": "PROPN",
           "cc": "CCONJ", "conj": "NOUN", "punct": "PUNCT"}
    return Doc(VOCAB, words=[r[0] for r in rows], pos=[pos[r[1]] for r in rows],
               deps=[r[1] for r in rows], heads=[r[2] for r in rows])


# "US imposed tariffs on goods from China and duties on steel from Canada ."
TARIFFS = parse([
    ("US", "nsubj", 1), ("imposed", "ROOT", 1), ("tariffs", "dobj", 1),
    ("on", "prep", 2), ("goods", "pobj", 3), ("from", "prep", 4), ("China", "pobj", 5),
    ("and", "cc", 2), ("duties", "conj", 2), ("on", "prep", 8), ("steel", "pobj", 9),
    ("from", "prep", 10), ("Canada", "pobj", 11), (".", "punct", 1),
])


def texts(tokens: list) -> list[str]:
    return [t.text for t in tokens]


def test_preps_on_goes_token_by_token_then_prep_by_prep() -> None:
    tariffs, goods = TARIFFS[2], TARIFFS[4]
    # prep by prep first would give China before goods
    assert texts(preps_on([tariffs, goods], ("from", "on"))) == ["goods", "China"]


def test_near_prefers_the_trigger_own_pp_over_its_object() -> None:
    verb = TARIFFS[1]
    objects = syntax.direct_objects(verb)
    # nothing "on" the verb itself: the object's PP is taken
    assert texts(prep_objects_near(verb, "on", objects)) == ["goods"]
    assert prep_objects_near(verb, "from", objects) == []


def test_first_object_includes_its_conjuncts() -> None:
    # "tariffs on goods ... and duties on steel": both objects' PPs, where
    # prep_objects_near reads only the object itself
    assert texts(prep_objects_near(TARIFFS[1], "on", [TARIFFS[2]])) == ["goods"]
    assert texts(prep_objects_first_object(TARIFFS[1], "on", [TARIFFS[2]])) == [
        "goods", "steel"]


def _lemmas(doc: Doc) -> Doc:
    for tok in doc:
        tok.lemma_ = tok.lower_
    return doc


# "Kenya discussed trade by phone with Uganda ." and the agent "by protesters"
PHONE = _lemmas(parse([
    ("Kenya", "nsubj", 1), ("discussed", "ROOT", 1), ("trade", "dobj", 1),
    ("by", "prep", 1), ("phone", "pobj", 3), ("with", "prep", 4), ("Uganda", "pobj", 5),
    (".", "punct", 1),
]))
AGENT = _lemmas(parse([
    ("Kenya", "nsubj", 1), ("discussed", "ROOT", 1), ("trade", "dobj", 1),
    ("by", "prep", 1), ("protesters", "pobj", 3), ("with", "prep", 4), ("Uganda", "pobj", 5),
    (".", "punct", 1),
]))


def test_a_party_hung_on_the_means_of_the_act_is_found() -> None:
    verb = PHONE[1]
    assert texts(prep_objects_first_object(verb, "with", syntax.direct_objects(verb))) == [
        "Uganda"]
    # "by" that is no means (an agent) is not looked into
    verb = AGENT[1]
    assert prep_objects_first_object(verb, "with", syntax.direct_objects(verb)) == []
