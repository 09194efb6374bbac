"""Date an event from the sentences before it when its own sentence has none.

News prose states a date once and lets the next sentences lean on it: "Police
fired tear gas on Tuesday. More than 1,000 supporters were arrested." The
second act happened on Tuesday too, and a coder reading the paragraph dates it
so. The rule is deliberately narrow: only earlier sentences of the same
paragraph count (a new paragraph often moves to background: "Russia launched
its invasion in February 2022"), the nearest one with a resolved date wins,
and within it the last date written, the one nearest the event's sentence.
A caller uses this only for events it would otherwise date by the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from eventwire.model import TimeExpression
from eventwire.when.expressions import find_time_expressions

PARAGRAPH_BREAK = "\n\n"


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` begins (paragraphs are separated
    by a blank line, as ingestion writes them)."""
    found = text.rfind(PARAGRAPH_BREAK, 0, offset)
    return 0 if found < 0 else found + len(PARAGRAPH_BREAK)


def date_from_context(text: str, sentences: Sequence[tuple[int, int]], sentence_start: int,
                      anchor: date | None) -> TimeExpression | None:
    """The date an earlier sentence of the same paragraph gives, for an event in
    the sentence starting at ``sentence_start``; None when no earlier sentence
    of the paragraph has a resolved date. ``sentences`` are (start, end)
    character spans into ``text`` in order; the expression's offsets are
    relative to its own sentence."""
    first = paragraph_start(text, sentence_start)
    earlier = [(a, b) for a, b in sentences if first <= a and b <= sentence_start]
    for a, b in reversed(earlier):
        found = [e for e in find_time_expressions(text[a:b], anchor) if e.value is not None]
        if found:
            return found[-1]
    return None
