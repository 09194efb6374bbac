"""Unnamed people a state's own forces arrest, detain or repress at home.

"Haitian police arrested two men", "troops detained 20 suspects": the gold
guide codes a domestic act with the same party on both sides (police arresting
protesters is HTI>HTI 173), but "two men" names no country, so the act found no
target and was dropped as having none. When the source is a state's police,
army, court or government, the act is one a state does to people at home
(CAMEO 17: arrests, detentions, repression), the story is filed from that
state, and the object is people named by a common noun or a count, the target
is the source's own state. Another country's troops detaining "two men"
abroad, or a named foreigner, are left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.ownership import counts_people
from eventwire.events import syntax
from eventwire.events.mentions import home_state
from eventwire.model import Actor

DOMESTIC_ROOTS = ("17",)
STATE_FORCE_KINDS = frozenset({"police", "military", "government", "judiciary", "state"})
# Words for people that say nothing of whose: "two men", "20 suspects".
PEOPLE_NOUNS = frozenset({
    "man", "men", "woman", "women", "people", "person", "persons", "other", "others",
    "suspect", "attacker", "assassin", "gunman", "militant", "member", "activist",
    "demonstrator", "protester", "protestor", "student", "worker", "leader", "official",
    "civilian", "resident", "villager", "youth", "supporter", "organiser", "organizer",
    "dissident", "critic", "blogger", "fighter", "insurgent", "rioter", "looter",
})


def own_people(trigger: Token, code: str, source: Actor | None,
               venue: Actor | None) -> Actor | None:
    """The source's own state as the target of a domestic act on unnamed
    people, or None."""
    if not code.startswith(DOMESTIC_ROOTS) or source is None or source.country is None \
            or source.kind not in STATE_FORCE_KINDS:
        return None
    if venue is None or venue.country != source.country:
        return None
    if not any(_people(o) for o in syntax.direct_objects(trigger)):
        return None
    return home_state(source)


def _people(token: Token) -> bool:
    if token.pos_ == "PROPN" or token.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
        return False
    lemma = token.lemma_.lower()
    if lemma in PEOPLE_NOUNS or token.lower_ in PEOPLE_NOUNS:
        return True
    if counts_people(token):
        # "arrested dozens of protesters", "detained 20": a count of people,
        # unless it counts something else ("dozens of weapons")
        of = syntax.prep_objects(token, "of")
        return not of or any(_people(o) for o in of)
    return False
