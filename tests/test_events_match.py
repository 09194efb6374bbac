"""Which pattern a trigger satisfies (eventwire.events.match), on the real parser."""

from __future__ import annotations

from eventwire.events.match import match_pattern
from eventwire.events.patterns import Pattern

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
