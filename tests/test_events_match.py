"""Which pattern a trigger satisfies (eventwire.events.match), on the real parser."""

from __future__ import annotations

from eventwire.events.match import match_pattern
from eventwire.events.patterns import Pattern, PatternGroup

EXERCISE = frozenset({"exercise", "exercises"})
# PETRARCH's "- TROOPS * STAGE EXERCISES": military exercises, only with troops before
DRILL = Pattern("t.stage.drill", "062", "stage", words=(EXERCISE,),
                extras={"pre": [["army", "troops", "brigade"]]})
STAGE = Pattern("t.stage", "010", "stage", words=(EXERCISE,))


def _trigger(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


def test_words_before_the_verb_must_be_there(nlp) -> None:
    troops = _trigger(nlp, "Russian troops staged exercises near the border.", "staged")
    found = match_pattern(troops, [DRILL, STAGE])
    assert found is not None and found.pattern.id == "t.stage.drill"
    students = _trigger(nlp, "Students staged exercises near the border.", "staged")
    found = match_pattern(students, [DRILL, STAGE])
    assert found is not None and found.pattern.id == "t.stage"


VISIT = frozenset({"visit"})
MADE_VISIT = Pattern("t.make.visit", "042", "make", words=(VISIT,),
                     extras={"object_words": True})
ENDED_DEAL = Pattern("t.end.deal", "166", "end", words=(frozenset({"deal", "agreement"}),),
                     extras={"object_words": True})


def test_object_words_are_sought_in_the_object_only(nlp) -> None:
    made = _trigger(nlp, "The Iranian president made a two-day visit to Iraq.", "made")
    assert match_pattern(made, [MADE_VISIT]) is not None
    # the visit is what the representations were about, not what was made
    made = _trigger(nlp, "China made stern representations to the United States over "
                         "the visit.", "made")
    assert match_pattern(made, [MADE_VISIT]) is None
    # nor what the object's own phrase goes on to mention
    ended = _trigger(nlp, "The two states agreed to reopen embassies, ending a long rift "
                          "in a deal brokered by Oman.", "ending")
    assert match_pattern(ended, [ENDED_DEAL]) is None
    ended = _trigger(nlp, "Mali ended its defence agreements with France.", "ended")
    assert match_pattern(ended, [ENDED_DEAL]) is not None


HIT_BACK = Pattern("t.hit.back", "190", "hit", particle="back")


def test_back_read_as_an_adverb_is_still_a_particle(nlp) -> None:
    # the tagger reads "back" as an adverb, as the Penn Treebank does
    hit = _trigger(nlp, "Israel vowed to hit back at Hezbollah.", "hit")
    assert hit.children and match_pattern(hit, [HIT_BACK]) is not None
    hit = _trigger(nlp, "Israel vowed to hit Hezbollah.", "hit")
    assert match_pattern(hit, [HIT_BACK]) is None
# the words must name the object itself (or a noun coordinated with it)
END_DEAL = Pattern("t.end.deal", "127", "end", words=(frozenset({"deal", "agreement"}),),
                   extras={"object_words": True})


def test_object_words_must_be_the_object_itself(nlp) -> None:
    ended = _trigger(nlp, "Guatemala ended its agreement with the United Nations.", "ended")
    found = match_pattern(ended, [END_DEAL])
    assert found is not None and found.pattern.id == "t.end.deal"
    rift = _trigger(nlp, "The two rivals agreed to talk, ending a rift in a deal brokered by "
                         "China.", "ending")
    assert match_pattern(rift, [END_DEAL]) is None


SANCTIONS = frozenset({"sanction", "sanctions"})
PLAIN_IMPOSE = Pattern("t.impose", "100", "impose")
IMPOSE_SANCTIONS = Pattern("t.impose.sanctions", "163", "impose", words=(SANCTIONS,))
IMPOSE_CURFEW = Pattern("t.impose.curfew", "1723", "impose", words=(frozenset({"curfew"}),))
JUDGED_IMPOSE = Pattern("t.impose.judged", "111", "impose", words=(frozenset({"unjust"}),),
                        extras={"judged": True})


def test_a_group_offers_only_the_patterns_its_words_can_satisfy() -> None:
    group = PatternGroup.of([IMPOSE_SANCTIONS, IMPOSE_CURFEW, JUDGED_IMPOSE, PLAIN_IMPOSE])
    # the judged and plain patterns do not read the right-hand words: always tried
    assert group.possible({"curfew", "on"}) == [IMPOSE_CURFEW, JUDGED_IMPOSE, PLAIN_IMPOSE]
    assert group.possible({"sanctions"}) == [IMPOSE_SANCTIONS, JUDGED_IMPOSE, PLAIN_IMPOSE]
    assert group.possible({"tariff"}) == [JUDGED_IMPOSE, PLAIN_IMPOSE]


def test_a_group_matches_as_its_patterns_in_turn_would(nlp) -> None:
    group = PatternGroup.of([IMPOSE_SANCTIONS, IMPOSE_CURFEW, PLAIN_IMPOSE])
    for sentence, expected in (
        ("The United States imposed sanctions on Iran.", "t.impose.sanctions"),
        ("The army imposed a curfew on the capital.", "t.impose.curfew"),
        ("The government imposed new rules on banks.", "t.impose"),
    ):
        imposed = _trigger(nlp, sentence, "imposed")
        plain = match_pattern(imposed, list(group))
        indexed = match_pattern(imposed, group)
        assert plain is not None and indexed == plain and plain.pattern.id == expected
