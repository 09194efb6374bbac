"""Proper names: whether "Moscow", "Munich", "Singapore" or "NATO" is a state,
its government, a place, an organisation or a user dictionary's actor.

Apart from the resolver because a name's meaning depends on where it stands as
much as on the knowledge base ("Moscow rejects" is RUSGOV, "in Moscow" a place,
"Singapore said" the city-state), and because role nouns read the name that owns
them ("Japan's ministry") here too. ``state_actor`` and ``government_actor`` live
here so that every rule that finds a state hands on the same actor.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventwire.actors.coref import local_subjects
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.memory import Memory, retext
from eventwire.actors.organisations import igo_actor
from eventwire.actors.ownership import LOCATIVE_PREPS
from eventwire.actors.people import person_actor
from eventwire.actors.records import norm
from eventwire.model import Actor

# Nouns after which "from X" names who sent it: "calls from Kyiv", "pressure from Brussels".
FROM_NOUNS = {"call", "criticism", "pressure", "demand", "support", "message", "letter",
              "request", "warning", "protest", "condemnation", "invitation", "offer",
              "response", "reaction", "threat", "objection", "appeal", "praise", "backing"}
# Where a city acts as its government: a verb's subject or object, "by/with X".
POLITICAL_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent"}
POLITICAL_PREPS = {"by", "with", "against", "between"}
# "its NATO ally", "an EU partner": one member state, named before.
ALLY_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor"})


def state_actor(text: str, iso3: str, kb: KnowledgeBase) -> Actor:
    return Actor(text, f"state:{iso3}", kb.countries[iso3].name, iso3, iso3, "state")


def government_actor(text: str, iso3: str, kb: KnowledgeBase) -> Actor:
    name = f"Government of {kb.countries[iso3].name}"
    return Actor(text, f"gov:{iso3}", name, f"{iso3}GOV", iso3, "government")


def entity(text: str, ent: Span, head: Token, on: date | None, kb: KnowledgeBase,
           memory: Memory) -> tuple[Actor, str] | None:
    name = ent.text
    mine = kb.user_entry(name)
    if mine is not None:  # the user's dictionary decides first
        return person_actor(text, mine, on, kb, kind=mine.kind), "actor.user"
    metonym = kb.metonym(name)
    if metonym is not None and not located(head):
        city = kb.country_of(name) is not None or kb.place(name) is not None
        allowed = metonym.condition != "org_mentioned" or metonym.target in memory.orgs
        if allowed and (not city or _political(head)):
            if metonym.kind == "igo":
                return igo_actor(text, metonym.target, kb), "metonym.seat"
            return government_actor(text, metonym.target, kb), "metonym.government"
    org = kb.org_of(name)
    if org is not None and head.dep_ == "compound" and head.head.tag_ == "NN" \
            and head.head.lemma_.lower() in ALLY_NOUNS:
        # "Washington stands with its NATO ally": a member state, the one the story
        # is about, never the organisation itself nor the one standing with it
        standing = {a.country for a in local_subjects(head, memory)}
        ally = next((s for s, _, _ in reversed(memory.states)
                     if s.country not in standing), None)
        return (state_actor(text, ally.country, kb), "coref.ally") \
            if ally is not None and ally.country else None
    if org is not None:
        return igo_actor(text, org, kb), "igo.kb"
    named = kb.named_actor(name)
    if named is not None:  # a user's group: "Wagner Group" -> RUSUAF
        return person_actor(text, named, on, kb, kind=named.kind), "actor.kb"
    place = kb.place(name)
    if place is not None and not _country_name(name, place.iso3, kb):
        return Actor(text, None, place.name, None, place.iso3, "region" if
                     place.kind == "region" else "place"), "place.kb"
    iso3 = kb.country_of(name)
    if iso3 is not None:
        if ent.label_ == "NORP":
            kind = "ethnic" if "ethnic" in text.lower() else "people"
            return Actor(text, None, name, iso3, iso3, kind), "people.demonym"
        if norm(name) in {norm(c) for c in kb.countries[iso3].capitals}:
            if _political(head) and _country_name(name, iso3, kb):
                return state_actor(text, iso3, kb), "state.city_state"  # "Singapore said"
            if _political(head):  # "Ankara rejected ...": the government acts
                return government_actor(text, iso3, kb), "metonym.capital"
            return Actor(text, None, name, iso3, iso3, "place"), "place.capital"
        if kb.is_city(name) and not _country_name(name, iso3, kb):
            # "Munich" is a place in Germany, not Germany
            return Actor(text, None, name, None, iso3, "place"), "place.city"
        return state_actor(text, iso3, kb), "state.kb"
    if len(ent) == 1 and norm(name) in memory.surnames:
        # "Vice President Mike Pence ... Pence said": a surname the tagger took for
        # an organisation is still the person named before
        return retext(memory.surnames[norm(name)], text), "coref.surname"
    if ent.label_ in {"ORG", "NORP", "GPE"} and name[:1].isupper():
        kind = "organization" if ent.label_ == "ORG" else "group"
        return Actor(text, None, name, None, None, kind), "entity.unknown"
    return None


def _country_name(name: str, iso3: str | None, kb: KnowledgeBase) -> bool:
    """``name`` is what the country ``iso3`` itself is called: "Taiwan" is a state
    even where a list of territories holds it, and "Singapore" acting is the
    city-state, not its capital's government."""
    country = kb.countries.get(iso3) if iso3 else None
    return country is not None and norm(name) in {
        norm(n) for n in (country.name, country.official_name, *country.variants)}


def _political(tok: Token) -> bool:
    """Subject/object of a verb (or "by/with X"): where a city acts as its government."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in POLITICAL_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        return tok.head.head.lemma_.lower() in FROM_NOUNS
    return tok.dep_ == "pobj" and tok.head.lower_ in POLITICAL_PREPS


def located(tok: Token) -> bool:
    """"talks at the White House", "in Washington": a place where, not a party."""
    while tok.dep_ in {"compound", "conj"}:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def named_owner(owner: Token, kb: KnowledgeBase, on: date | None) -> Actor | None:
    """Who "X's" is when X was not a mention of its own (it sits inside this one)."""
    ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    if ent is None:
        return None
    name = ent.text.replace("\u2019", "'").removesuffix("'s")
    if ent.label_ == "PERSON":
        entry = kb.person(name, on)
        return person_actor(name, entry, on, kb) if entry else None
    org = kb.org_of(name)
    if org:
        return igo_actor(name, org, kb)
    iso3 = kb.country_of(name)
    return state_actor(name, iso3, kb) if iso3 else None
