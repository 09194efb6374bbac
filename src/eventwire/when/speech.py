"""Dates an event borrows from another verb of its sentence when its own clause has none.

Two constructions, read off the parse:

1. **Reported speech.** News copy dates the statement, not always what is
   stated: in "Japan said on Thursday it would dispatch planes" and "Police
   fired tear gas, an official said on Wednesday" the only date belongs to
   "said". The report is the latest the reported event can be and, for an
   intent or a claim coded as the event ("said it would dispatch"), the day it
   was made.
2. **A counted step from another event.** "ordered them to leave on Sunday, a
   day after Prague expelled 18 diplomats": the expulsion is Sunday minus one
   day; "hours after" is the same day, "two days before" two days later.
   A bare "days after" is too vague to name a day and borrows nothing.

The event's own clause always comes first (``choose_date`` with its scope):
"X said on Wednesday that Y invaded in 1991" keeps 1991. The caller decides
which statuses may borrow: a plan ("will meet Erdogan, Ushakov said on
Friday") is not dated by the day it was announced.

The walk up from the trigger stays inside one clause: a relative clause ("Y,
which attacked Z") or a clause placed in time by another conjunction ("after
Iran fired missiles", with no count) describes another moment, so an event
there borrows nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.events.syntax import REPORTING_VERBS
from eventwire.model import TimeExpression
from eventwire.when.choose import choose_date
from eventwire.when.expressions import WORD_NUMBERS, find_time_expressions
from eventwire.when.resolve import Tense

# Dependencies that attach the reported clause to its verb of saying.
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
# Clauses with a time of their own: the walk up from the trigger stops there.
OTHER_TIME_DEPS = frozenset({"relcl", "csubj", "csubjpass"})
# Conjunctions that place an adverbial clause at another moment.
TIME_MARKS = frozenset({"after", "before", "since", "until", "when", "while", "once",
                        "because", "although", "though", "if", "unless"})
# Units a step ("a day after", "hours before") counts in, as days per unit;
# hours and minutes stay on the same day.
STEP_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
PAST_TAGS = frozenset({"VBD", "VBN"})


@dataclass(frozen=True, slots=True)
class Reference:
    """The verb whose date an event borrows.

    ``token`` is that verb, ``tense`` reads its bare weekdays, ``days`` is how
    far the event lies after (positive) or before (negative) its date.
    """

    token: Token
    tense: Tense
    days: int = 0


@dataclass(frozen=True, slots=True)
class BorrowedDate:
    """A ``Reference`` as offsets into the sentence, free of spaCy objects.

    ``offset`` is the verb's offset in the sentence, ``scope`` its clause as
    character spans (None: the whole sentence).
    """

    offset: int
    tense: Tense
    scope: Sequence[tuple[int, int]] | None = None
    days: int = 0

    def choose(self, sentence: str, anchor: date | None) -> TimeExpression | None:
        """The date written nearest the verb, inside its clause, moved by
        ``days``. A step needs a day to count from: "a day after ... last
        month" dates nothing."""
        found = find_time_expressions(sentence, anchor, tense=self.tense)
        chosen = choose_date(found, self.offset, text=sentence, scope=self.scope)
        if chosen is None or self.days == 0:
            return chosen
        if chosen.value is None or chosen.precision != "day":
            return None
        moved = chosen.value + timedelta(days=self.days)
        return TimeExpression(chosen.text, chosen.start, chosen.end, moved, "day")


def _is_saying(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS


def _tense_of(verb: Token) -> Tense:
    """Past or future from the verb's tag and auxiliaries; an infinitive
    ("ordered them to leave") takes the tense of the verb it completes."""
    while verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ in PAST_TAGS or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
        return "past"
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children):
        return "future"
    return None


def _count(token: Token) -> int | None:
    """The number of units in "a day", "two days", "48 hours"; None for a
    bare plural ("days after"), which counts nothing."""
    for child in token.children:
        word = child.lower_
        if word.isdigit():
            return int(word)
        if word in WORD_NUMBERS and child.dep_ in ("det", "nummod"):
            return WORD_NUMBERS[word]
    return None


def _step(clause: Token) -> int | None:
    """Days from the host's date to an adverbial clause counted from it
    ("a day after" -1, "two days before" +2, "hours after" 0); None otherwise."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if clause.dep_ != "advcl" or not marks or marks[0].lower_ not in ("after", "before"):
        return None
    # The count hangs on the clause or, in some parses, on the conjunction.
    for child in [*clause.children, *marks[0].children]:
        unit = child.lemma_.lower()
        if child.dep_ != "npadvmod" or unit not in STEP_DAYS:
            continue
        count = _count(child)
        if count is None and STEP_DAYS[unit]:
            return None
        days = (count or 0) * STEP_DAYS[unit]
        return -days if marks[0].lower_ == "after" else days
    return None


def _other_moment(token: Token) -> bool:
    """The token heads a clause that is not its host's moment."""
    if token.dep_ in OTHER_TIME_DEPS:
        return True
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in token.children)
    return token.dep_ == "acl" and token.tag_ != "VBG"


def _reporting_child(root: Token) -> Token | None:
    """A verb of saying tagged on to a root clause as parataxis
    ("Police fired tear gas ... - an official said on Wednesday")."""
    for child in root.children:
        if (child.dep_ == "parataxis" and _is_saying(child)
                and not any(c.dep_ in REPORTED_DEPS for c in child.children)):
            return child
    return None


def reference_for(trigger: Token) -> Reference | None:
    """The verb whose date the event at ``trigger`` may borrow, or None."""
    current = trigger
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            verb = _reporting_child(current)
            return Reference(verb, _tense_of(verb)) if verb is not None else None
        if current.dep_ in REPORTED_DEPS and _is_saying(head):
            return Reference(head, _tense_of(head))
        step = _step(current)
        if step is not None:
            return Reference(head, _tense_of(head), step)
        if _other_moment(current) or current.dep_ in REPORTED_DEPS:
            return None
        current = head
    return None


def reported_spans(verb: Token, base: int) -> set[tuple[int, int]]:
    """Character spans (from ``base``) of the tokens in clauses reported by any
    verb of saying in ``verb``'s sentence: in "Police said rioters were killed
    overnight, and the ministry said 2,000 people were detained", the first
    claim's "overnight" is not the date of the ministry's statement."""
    return {(t.idx - base, t.idx + len(t) - base) for head in verb.sent if _is_saying(head)
            for child in head.children if child.dep_ in REPORTED_DEPS
            for t in child.subtree}
