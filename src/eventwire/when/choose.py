"""Pick the one expression that dates an event among those in its sentence.

A sentence often holds several dates ("agreed in May ... to take place on
Thursday"). The date that belongs to an event is, in news prose, almost always
the one written closest to its trigger verb and inside the same clause, so the
rule is deliberately simple and cheap:

1. Fewer clause boundaries between the expression and the trigger wins. A
   boundary is a semicolon, colon, dash, a sentence end, or a comma followed by
   a conjunction or relative word (", but", ", while", ", which", ", and" ...).
   A bare comma is not one: "On Tuesday, Pashinyan announced" is one clause.
   Boundaries are only counted when the caller passes the ``text`` the offsets
   refer to; without it the rule reduces to step 2.
2. Then the smaller character distance to ``trigger_offset`` wins (0 when the
   trigger lies inside the expression).
3. On a tie, the expression after the trigger wins: English puts the date
   after the verb ("will visit China next week").

Expressions whose value is None (relative ones without an article date) still
take part: picking a farther, resolved date instead would date the event wrongly.

A date inside a comparison with the past ("the first trip abroad since the
warrant in March", "the worst fighting since their 2020 war") dates the
earlier occasion, never the event being compared, so it is not a candidate
unless the trigger itself lies in that phrase. Needs ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.model import TimeExpression
from eventwire.when.expressions import SUPERLATIVE

_BOUNDARY = re.compile(
    r"[;:—]|\s[–-]\s|[.!?]\s+(?=[A-Z\"“])"
    r"|,\s*(?:but|while|whereas|although|though|after|before|which|who|when|and|as|since"
    r"|because|yet|so)\b"
)

# A superlative, then "since" and what follows up to the end of the phrase. A
# full stop followed by a non-space ("U.S.", "U.N.") does not end it.
_CLAUSE_TEXT = r"(?:[^.;:!?]|\.(?=\S))"
_PHRASE_TEXT = r"(?:[^.;:!?,—]|\.(?=\S))"
_COMPARISON = re.compile(
    rf"{SUPERLATIVE}{_CLAUSE_TEXT}{{0,80}}?(?P<since>\b(?i:since)\b{_PHRASE_TEXT}*)"
)


def _comparisons(text: str) -> list[tuple[int, int]]:
    """Spans from "since" to the end of a "first ... since" comparison."""
    return [m.span("since") for m in _COMPARISON.finditer(text)]


def _compared(expr: TimeExpression, spans: Sequence[tuple[int, int]], trigger: int) -> bool:
    """The expression dates the past occasion of a comparison the trigger is not in."""
    return any(a <= expr.start < b and not a <= trigger < b for a, b in spans)


def _distance(expr: TimeExpression, trigger: int) -> int:
    if expr.start <= trigger < expr.end:
        return 0
    if trigger < expr.start:
        return expr.start - trigger
    return trigger - expr.end


def _boundaries(text: str, expr: TimeExpression, trigger: int) -> int:
    lo, hi = (expr.end, trigger) if expr.end <= trigger else (trigger, expr.start)
    if hi <= lo:
        return 0
    return sum(1 for _ in _BOUNDARY.finditer(text, lo, hi))


def choose_date(
    expressions: Sequence[TimeExpression], trigger_offset: int, *, text: str | None = None,
    scope: Sequence[tuple[int, int]] | None = None,
) -> TimeExpression | None:
    """The expression that dates the event whose trigger starts at ``trigger_offset``.

    Offsets of the expressions and the trigger must refer to the same string
    (``text`` when given). ``scope``, when the caller has a parse, is where the
    event's own dates can be, as character spans: an expression starting
    outside it dates something else ("On Tuesday, X announced a meeting with
    Y": Tuesday dates the announcement, not the meeting) and is not taken.
    Returns None when there is no expression.
    """
    if scope is not None:
        expressions = [e for e in expressions if any(a <= e.start < b for a, b in scope)]
    if text is not None:
        spans = _comparisons(text)
        expressions = [e for e in expressions if not _compared(e, spans, trigger_offset)]
    if not expressions:
        return None

    def rank(expr: TimeExpression) -> tuple[int, int, int]:
        clauses = _boundaries(text, expr, trigger_offset) if text is not None else 0
        before = 1 if expr.end <= trigger_offset else 0
        return (clauses, _distance(expr, trigger_offset), before)

    return min(expressions, key=rank)
