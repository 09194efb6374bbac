"""WHEN stage: find dates in a sentence and resolve them against the article date.

Public API: ``find_time_expressions``, ``choose_date``, ``resolve_weekday``
(and ``resolve_month`` for the events stage, which knows the verb's tense).
``eventwire.when.speech`` reads a parse (so it is not imported here: the scorer
imports this package and must not load spaCy).
An event whose own sentence has no date is not dated from the sentences before it
(tried, it dated the story's prosecution to "next week" and an invasion to 1991),
with one exception, ``eventwire.when.lead``: an asserted simple-past event takes
the day of the story's lead when the lead reports a recent past day; the
precision ``lead`` says so.
"""

from eventwire.when.choose import choose_date
from eventwire.when.expressions import find_time_expressions
from eventwire.when.resolve import Tense, resolve_month, resolve_weekday

__all__ = [
    "Tense", "choose_date", "find_time_expressions", "resolve_month", "resolve_weekday",
]
