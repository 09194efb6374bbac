"""The story's news day: the day its lead sentence reports.

A wire story's lead dates its main event ("... met on Tuesday"); later sentences
about the same news often drop the day ("The two leaders signed a statement").
An asserted event in the simple past with no time of its own is most likely on
that day, so it takes it, with its own precision ``lead`` saying how it was
found. Perfect aspect ("has grown critical"), time clauses ("since Moscow
invaded") and plans never take it: they are background or not yet news.
The lead only counts when its day lies in the week up to the article date; an
older date there is history, not the news day. Likewise a lead that announces a plan
for a day ("Putin will fly to Kyrgyzstan on Thursday") dates the later plans of the
same party that name no day of their own (``plan_day``).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire.nlp.boundaries import text_of
from eventwire.when.choose import choose_date
from eventwire.when.expressions import find_time_expressions
from eventwire.when.resolve import Tense

# How far before the article date a lead's day may lie, and a plan's after it.
LEAD_REACH = timedelta(days=7)
PLAN_REACH = timedelta(days=14)
# Verbs that make a plan of what they govern: "is scheduled to go".
PLANNING = frozenset({"schedule", "expect", "due", "set", "plan", "intend"})
# Conjunctions whose clause is the time of another event, not news of its own.
TIME_CLAUSE_MARKS = frozenset({"since", "after", "before", "when", "until", "while",
                               "as", "once"})


def lead_day(doc: Doc, on: date | None, skip: int = 0) -> date | None:
    """The first day-precision date of the first sentence, if it is recent;
    ``skip`` is the length of the dateline, whose own date is the filing day."""
    found = read_lead(doc, on, skip)
    return found[1] if found and found[0] == "past" else None


def plan_day(doc: Doc, on: date | None, skip: int = 0) -> tuple[date, Token] | None:
    """The day of the plan a lead announces ("Putin will fly to Kyrgyzstan on
    Thursday"), within two weeks of the article date, with the lead's subject:
    later plans of the same party with no day of their own ("the two leaders are
    expected to sign") are on that day."""
    found = read_lead(doc, on, skip)
    return (found[1], found[2]) if found and found[0] == "future" else None


def read_lead(doc: Doc, on: date | None, skip: int = 0
              ) -> tuple[Tense, date, Token] | None:
    """The lead's tense (past news or a plan), its day and its subject, read once:
    ``lead_day`` and ``plan_day`` each want one half of it."""
    if on is None:
        return None
    whole = text_of(doc)
    first = next((s for s in doc.sents if s.end_char > skip + 1
                  and whole[max(skip, s.start_char): s.end_char].strip()), None)
    if first is None:
        return None
    verb = _news_verb(first.root)
    tense = _lead_tense(verb)
    if tense is None:
        return None
    start = max(skip, first.start_char)
    text = whole[start: first.end_char]
    days = [e for e in find_time_expressions(text, on, tense=tense)
            if e.value is not None and e.precision == "day"
            and _dates_verb(doc, start + e.start, verb)]
    chosen = choose_date(days, verb.idx - start, text=text)  # nearest the news verb
    if chosen is None or chosen.value is None:
        return None
    low, high = (on - LEAD_REACH, on) if tense == "past" else (on, on + PLAN_REACH)
    if not low <= chosen.value <= high:
        return None
    subject = _subject(verb)
    return (tense, chosen.value, subject) if subject is not None else None


def _subject(verb: Token) -> Token | None:
    """The news verb's subject, up through "is scheduled to go"."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None or verb.dep_ not in {"xcomp", "conj"}:
            return subj
        verb = verb.head
    return None


REPORTING = frozenset({"say", "tell", "announce", "report", "confirm", "state"})


def _dates_verb(doc: Doc, offset: int, verb: Token) -> bool:
    """The expression hangs on the news verb itself, not on a clause inside its
    arguments ("cancelled a summit planned for Wednesday": Wednesday is the
    summit's)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    for _ in range(12):
        if tok.i in (verb.i, verb.head.i):  # the news verb, or the report of it
            return True
        if tok.dep_ in {"acl", "relcl"} or tok.head == tok:
            return False
        tok = tok.head
    return False


def _news_verb(root: Token) -> Token:
    """The lead's news: the content clause of a report ("X met Y on Tuesday,
    officials said"), else the root itself; "is scheduled to go" is the going."""
    verb = root
    if root.lemma_.lower() in REPORTING:
        verb = next((c for c in root.children if c.dep_ == "ccomp"), root)
    if verb.lemma_.lower() in PLANNING:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return verb


def _lead_tense(verb: Token) -> Tense:
    """Past when the news verb is a simple past (or a past passive)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"will", "would", "shall", "'ll"} or verb.dep_ == "xcomp":
        return "future"
    if verb.tag_ == "VBD" or (auxes & {"was", "were", "had", "has", "have"}):
        return "past"
    return None


def _verb_of(token: Token) -> Token:
    """The verb a trigger is or hangs on (an event noun's governing verb), else the
    sentence root."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def takes_lead_day(trigger: Token) -> bool:
    """A simple-past verb (or the noun of one) in a main or reported clause."""
    verb = _verb_of(trigger)
    # "threatened to reimpose", "told reporters, thanking Moscow": the tense is the
    # governing verb's
    while verb.tag_ in {"VB", "VBG"} and verb.dep_ in {"xcomp", "advcl"} \
            and verb.head.pos_ in {"VERB", "AUX"} and not any(
                c.dep_ == "mark" for c in verb.children):
        verb = verb.head
    if verb.tag_ != "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have"
                                 for c in verb.children):
        return False
    node = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in node.children):
            return False
        if node.dep_ == "relcl":
            return False  # "the soldiers who detained the president": background
        if node.dep_ == "pcomp" or node.head == node:
            break
        node = node.head
    return True


def background(trigger: Token) -> bool:
    """The event is the starting point of a "since" clause ("relations have soured
    since Moscow invaded Ukraine"): history, never the article's day."""
    verb = _verb_of(trigger)
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
            return True
        if verb.dep_ not in {"conj", "xcomp"} or verb.head == verb:
            return False
        verb = verb.head
    return False
