"""Where a trigger's prepositional arguments sit.

News English attaches a party's PP to the trigger ("imposed tariffs on China")
or to its object ("imposed tariffs on goods from China") about equally often;
pattern matching and target finding both need the same lookup, so it lives here
once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from eventwire.events import syntax

# Entity labels of when, never of whom: "on Sunday", "on June 3".
TIME_LABELS = frozenset({"DATE", "TIME"})
# The means of an act ("by telephone", "over the phone", "via video link").
MEANS_PREPS = frozenset({"by", "over", "via"})
MEANS_NOUNS = frozenset({"phone", "telephone", "video", "videolink", "link", "videoconference",
                         "letter", "message"})


def preps_on(tokens: Iterable[Token], preps: Sequence[str]) -> list[Token]:
    """The objects of each of ``preps`` on each token, token by token and in the
    order of ``preps``, so that a caller taking the first party takes the nearest."""
    return [o for tok in tokens for prep in preps for o in syntax.prep_objects(tok, prep)]


def prep_objects_near(token: Token, prep: str, objects: Sequence[Token]) -> list[Token]:
    """The objects of ``prep`` on the token itself, else on any of its objects
    ("massed troops on the border on Sunday": a day on the verb is no place)."""
    own = [o for o in syntax.prep_objects(token, prep) if o.ent_type_ not in TIME_LABELS]
    return own or preps_on(objects, (prep,))


def prep_objects_first_object(token: Token, prep: str, objects: Sequence[Token]
                              ) -> list[Token]:
    """Like prep_objects_near, but only the first object (with the nouns it is
    coordinated with) that has such a PP: "tariffs on imports from Canada and a
    duty on goods from China" gives both countries, a second object does not add."""
    # "launched strikes on bases of the RSF on Sunday": a day is no target
    found = [o for o in syntax.prep_objects(token, prep) if o.ent_type_ not in TIME_LABELS]
    if found:
        return found
    for obj in objects:
        found = preps_on(syntax.with_conjuncts(obj), (prep,))
        if found:
            return found
    for obj in objects:
        # one "of"/"in" deeper: "sent a message of congratulations to X", "$800
        # million in security assistance for Ukraine"
        inner = [o for pp in obj.children if pp.dep_ == "prep" and pp.lower_ in ("of", "in")
                 for o in pp.children if o.dep_ == "pobj"]
        found = preps_on(inner, (prep,))
        if found:
            return found
    # "discussed the crisis by telephone with X": the parser hangs the party on
    # the means of the act
    means = [o for pp in token.children if pp.dep_ == "prep" and pp.lower_ in MEANS_PREPS
             for o in pp.children if o.dep_ == "pobj" and o.lemma_.lower() in MEANS_NOUNS]
    return preps_on(means, (prep,))
