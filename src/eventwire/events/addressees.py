"""Whom an appeal is to when it names only "all sides" or nobody.

"The European Union urged all sides to show restraint", "the United States
urged calm": in a story filed from the country in crisis, a foreign party's
appeal is addressed to that country, and the gold guide's coders code it so
(EU>ARM 0256). Without this the appeal has no target and is dropped. Only an
appeal (CAMEO 02) by a party from elsewhere, addressed to words for the sides
of the crisis, or asking only for calm or restraint of no one named, is read
this way; an appeal to someone named but not resolved stays unresolved, and so
does a call for anything else ("called for an inquiry").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import syntax
from eventwire.model import Actor

APPEAL_ROOTS = ("02",)
# Words for the sides of a crisis: "all sides", "both sides", "the parties",
# "all political forces", "everyone involved".
SIDE_NOUNS = frozenset({"side", "party", "camp", "faction", "force", "everyone", "all",
                        "both"})
# What an appeal asks for when it names no one: "urged calm", "called for restraint".
CALM_NOUNS = frozenset({"calm", "restraint", "dialogue", "moderation", "patience"})


def crisis_country(trigger: Token, code: str, source: Actor | None,
                   venue: Actor | None) -> Actor | None:
    """The dateline's state as the addressee of a foreign party's appeal to
    "all sides" or to no one, or None."""
    if not code.startswith(APPEAL_ROOTS) or source is None or venue is None \
            or venue.country is None:
        return None
    if source.country == venue.country or (source.country is None and source.org is None):
        return None
    addressees = syntax.direct_objects(trigger) + syntax.prep_objects(trigger, "on")
    sides = [a for a in addressees if _named(a, SIDE_NOUNS)]
    if sides and len(sides) == len(addressees):
        return venue  # "urged all sides to ..."
    asked = addressees + syntax.prep_objects(trigger, "for")
    if asked and all(_named(a, CALM_NOUNS) for a in asked):
        return venue  # "urged calm", "called for restraint"
    return None


def _named(token: Token, nouns: frozenset[str]) -> bool:
    return token.lemma_.lower() in nouns and token.pos_ != "PROPN"
