"""Dating an event from the sentences before it in its paragraph (when/context.py)."""

from __future__ import annotations

import re
from datetime import date

from eventwire.when.context import date_from_context, paragraph_start

ON = date(2023, 5, 10)  # a Wednesday
TEXT = (
    "Police fired tear gas on Tuesday in Lahore. Hundreds were arrested. "
    "Officials said more would follow.\n\n"
    "Khan was detained in 2022. Supporters rallied.\n\n"
    "Crowds gathered again."
)


def spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans: up to and including a full stop."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.", text)]


def start_of(sentence: str) -> int:
    return TEXT.index(sentence)


def test_paragraph_start_is_after_the_blank_line() -> None:
    assert paragraph_start(TEXT, start_of("Supporters")) == start_of("Khan")
    assert paragraph_start(TEXT, start_of("Hundreds")) == 0


def test_next_sentences_take_the_date_stated_before_them() -> None:
    found = date_from_context(TEXT, spans(TEXT), start_of("Hundreds"), ON)
    assert found is not None and found.value == date(2023, 5, 9)
    assert found.precision == "day"
    later = date_from_context(TEXT, spans(TEXT), start_of("Officials"), ON)
    assert later is not None and later.value == date(2023, 5, 9)


def test_keeps_the_precision_of_the_date_it_leans_on() -> None:
    found = date_from_context(TEXT, spans(TEXT), start_of("Supporters"), ON)
    assert found is not None and (found.value, found.precision) == (date(2022, 1, 1), "year")


def test_a_new_paragraph_or_a_lead_gives_nothing() -> None:
    assert date_from_context(TEXT, spans(TEXT), start_of("Crowds"), ON) is None
    assert date_from_context(TEXT, spans(TEXT), 0, ON) is None


def test_no_anchor_means_no_resolved_date() -> None:
    assert date_from_context(TEXT, spans(TEXT), start_of("Hundreds"), None) is None
