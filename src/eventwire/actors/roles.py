"""Role nouns: whose "the Kyrgyz presidential administration", "the court",
"the bloc's envoy" or "Russian and Ukrainian negotiators" are.

Apart from the resolver because a role noun says its sector (GOV, MIL, JUD, ...)
but its owner only through the words around it: a modifier, a possessor, the
title's holder on the day, the court's town, the place the clause happens in,
the country named before. Which of those is believed first, and when none is,
is all this module decides; the guesses from the article around a phrase are
ownership.py's.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.coref import group_members, igo_anaphor, possessive, syntax_conjuncts
from eventwire.actors.kb import TITLE_ROLES, KnowledgeBase
from eventwire.actors.memory import Memory, retext
from eventwire.actors.names import located, named_owner
from eventwire.actors.organisations import igo_actor, igo_phrase
from eventwire.actors.ownership import (
    LOCAL_SECTORS,
    RULING_SECTORS,
    appealed_by,
    context_owner,
    missions_acted_on,
    place_country,
    scene_country,
)
from eventwire.actors.people import own_state, person_actor
from eventwire.actors.phrases import (
    IGO_DESC_NOUNS,
    IGO_NOUNS,
    POSSESSIVES,
    STATE_SECTORS,
    Candidate,
    group_kind,
    located_in,
    modifier_country,
    modifier_org,
    name_at,
    possessor,
    regional_modifier,
    stance_of,
)
from eventwire.model import Actor

SECTOR_KINDS = {
    "GOV": "government", "MIL": "military", "COP": "police", "REB": "rebel",
    "OPP": "opposition", "CVL": "civilian", "JUD": "judiciary", "LEG": "legislature",
    "MED": "media", "BUS": "business", "CRM": "criminal", "SPY": "intelligence",
    "UAF": "armed group", "EDU": "education", "HLH": "health", "AGR": "agriculture",
    "LAB": "labor", "REL": "religious", "ELI": "elite", "PTY": "party", "NGO": "ngo",
    "REF": "refugee", "HRI": "human rights", "ENV": "environment", "DEV": "development",
    "IGO": "igo", "MNC": "business",
}
# Who a later count of the same noun ("three soldiers") stays part of.
UNIFORMED_KINDS = {"military", "police", "rebel", "armed group"}
# Role nouns that name an institution, not one person: they get a stable id.
INSTITUTIONS = {"government", "administration", "office", "ministry", "military", "army",
                "forces", "troops", "police", "navy", "cabinet", "authorities", "kremlin",
                "parliament"}
# Role nouns that are also buildings: "at the chancellery" is where, not who.
VENUE_NOUNS = {"chancellery", "ministry", "embassy", "consulate", "palace", "headquarters",
               "parliament", "office", "court", "presidency", "residence"}
# Weapons act for a state only when the text says whose they are ("Russian
# jets"); an unowned "drone" is no party, whatever country the story is about.
OWNED_NOUNS = {"jet", "aircraft", "drone", "tank", "helicopter", "submarine",
               "gunboat", "boat", "vessel", "ship", "warship", "warplane", "bomber", "frigate",
               "destroyer", "rocket", "missile", "artillery", "shell"}
# Bodies that, named with no country, are the UN's: "the Security Council" (but
# "Russia's Security Council" is Russian).
UNOWNED_BODIES = {"security council": "UN", "general assembly": "UN",
                  "human rights council": "UN"}
# Courts named by their jurisdiction: "a federal court", "a district judge".
JURISDICTION_WORDS = {"federal", "district", "municipal", "provincial", "county", "city"}


def agent(text: str, doc: Doc, cand: Candidate, on: date | None, kb: KnowledgeBase,
          memory: Memory) -> tuple[Actor, str] | None:
    assert cand.agent is not None and cand.agent_text is not None
    head = doc[cand.head]
    sector = cand.agent.sector
    iso3 = modifier_country(doc, cand, kb, None)
    org = kb.org_of(cand.of_ent.text) if cand.of_ent is not None else None
    org = org or (modifier_org(doc, cand, kb) if iso3 is None else None)
    rule = "agent.modifier"
    owner = possessor(doc, head)
    if iso3 is None and owner is not None:
        owner_actor = memory.by_token.get(owner.i) or (
            possessive(owner, memory) if owner.lower_ in POSSESSIVES
            else named_owner(owner, kb, on))
        if owner_actor is None and owner.lemma_.lower() in IGO_NOUNS | IGO_DESC_NOUNS:
            # "the bloc's leaders", "the 27-nation bloc's envoy"
            whose = Candidate(_left_edge_of(owner), owner.i + 1, owner.i, None, None, None,
                              None, igo_noun=True)
            found = igo_phrase(doc, doc[whose.start: whose.end], whose, kb, memory)
            owner_actor = found[0] if found else None
        if owner_actor is not None and owner_actor.org and not owner_actor.country:
            # "the bloc's leaders", and "his spokesman" for the U.N. Secretary-General
            return igo_actor(text, owner_actor.org, kb), "agent.igo_possessor"
        if owner.lower_ == "country" and memory.last_state:
            iso3, rule = memory.last_state, "agent.country_poss"
        elif owner_actor is not None and (owner_actor.country or own_state(owner_actor, kb)):
            iso3, rule = owner_actor.country or own_state(owner_actor, kb), "agent.possessor"
    determiner = next((c.lower_ for c in head.lefts if c.dep_ == "det"), None)
    definite = determiner in {"the", "this", "that"} or owner is not None or (
        determiner is None and iso3 is not None)
    title = _title(cand.agent_text)
    if title and iso3 and definite and org is None:
        holder = kb.holder(iso3, title, on)
        if holder is not None:
            return person_actor(text, holder, on, kb), "title.holder"
    if org is not None and definite:
        head_of = kb.org_holder(org, cand.agent_text, on)
        if head_of is not None:
            return person_actor(text, head_of, on, kb), "title.org_holder"
    if iso3 is None and org is None and owner is None and sector == "JUD":
        iso3 = _court_seat(doc, cand, kb, on, memory)
        rule = "agent.court_seat" if iso3 else rule
    if iso3 is None and org is None and owner is None and located(head) \
            and head.lemma_.lower() in VENUE_NOUNS:
        # "met at the chancellery", "outside the ministry": a place where, whose
        # owner the sentence does not say; guessing one from context misleads the
        # role nouns that come after it.
        return Actor(text, None, None, None, None, "place", cand.agent_text), "agent.venue"
    if iso3 is None and org is None and cand.agent_text.lower().startswith("member"):
        # "member states" with no owner: those of the organisation just named; bare
        # "members" of anything else ("members of the crowd") are no party
        return igo_anaphor(head, text, memory) if head.lemma_.lower() != "member" else None
    if iso3 is None and org is None and head.lemma_.lower() in OWNED_NOUNS:
        return None
    body = UNOWNED_BODIES.get(cand.agent_text.lower())
    if iso3 is None and org is None and owner is None and body is not None:
        return igo_actor(text, body, kb), "agent.igo_body"  # "the Security Council"
    if iso3 is None and org is None and determiner == "the":
        earlier = memory.by_head.get(head.lemma_.lower())
        if earlier is not None:
            return retext(earlier, text), "coref.definite"
    if iso3 is None and org is None and owner is None and determiner is None \
            and head.tag_ == "NNS" and any(c.dep_ == "nummod" for c in head.children):
        # "Forty-six Ivorian soldiers ... Three female soldiers": a count of the
        # soldiers (police, fighters) already named is some of them, not a new
        # side; "66 people", "30 officials" are anyone's
        earlier = memory.by_head.get(head.lemma_.lower())
        if earlier is not None and earlier.country and earlier.kind in UNIFORMED_KINDS:
            return retext(earlier, text), "coref.subset"
    kind = SECTOR_KINDS.get(sector, sector.lower())
    regions = regional_modifier(doc, cand, kb.descriptions.regions) \
        if org is None and owner is None else None
    if regions is not None:
        # "Southeast Asian foreign ministers" in a story that names ASEAN speak
        # for it; "Western governments" and "Latin American governments" are no
        # one state, whatever the story is about or filed from
        named = {r for r in regions if r is not None and r in memory.orgs}
        if len(regions) == 1 and named and sector in STATE_SECTORS:
            org = named.pop()
            return Actor(text, None, None, org, None, kind, cand.agent_text, org), "agent.region"
        return Actor(text, None, None, sector, None, kind, cand.agent_text), "agent.region_bare"
    if org is not None:
        return Actor(text, None, None, org, None, kind, cand.agent_text, org), "agent.igo"
    if iso3 is None:
        place = located_in(doc, cand.end)
        iso3 = kb.state_code(place.text, on) if place is not None else None
        if iso3 is None and place is not None and kb.place(place.text) is not None:
            iso3 = kb.place(place.text).iso3  # type: ignore[union-attr]
        rule = "agent.located" if iso3 else "agent.context"
        if iso3 is None and sector in LOCAL_SECTORS:
            iso3 = scene_country(head, kb, on)
            rule = "agent.scene" if iso3 else rule
        urged = appealed_by(head, memory) if sector in RULING_SECTORS else set()
        context = None if iso3 else context_owner(
            head, memory, sector, missions_acted_on(head, kb) | urged)
        if context is not None and context.org and not context.country:
            kind = SECTOR_KINDS.get(sector, sector.lower())
            return Actor(text, None, None, context.org, None, kind, cand.agent_text,
                         context.org), "agent.igo_context"
        iso3 = iso3 or (context.country if context else None)
    if iso3 is None:
        return Actor(text, None, None, sector, None, kind, cand.agent_text), "agent.bare"
    institution = head.lemma_.lower() in INSTITUTIONS or head.lower_ in INSTITUTIONS
    actor_id = f"{sector.lower()}:{iso3}" if institution else None
    code = cand.agent.code_for(iso3)
    state = kb.countries.get(iso3)
    name = f"{state.name if state else iso3} {cand.agent_text}" if institution else None
    return Actor(text, actor_id, name, code, iso3, kind, cand.agent_text), rule


def _court_seat(doc: Doc, cand: Candidate, kb: KnowledgeBase, on: date | None,
                memory: Memory) -> str | None:
    """The state of a court or judge named by its town or jurisdiction: "a Brooklyn
    federal court" (a town the knowledge base does not know is in the dateline's
    country), "a Paris court", "a federal judge" in a story filed from that state."""
    home = memory.home.country if memory.home is not None else None
    if located_in(doc, cand.end) is not None:
        return None  # "a federal judge in Texas": the place after it says
    for tok in doc[cand.start: cand.head]:
        if tok.ent_type_ in {"GPE", "LOC"} and tok.text[:1].isupper() and not stance_of(tok):
            name = name_at(tok)
            found = kb.country_of(name) or place_country(name, kb, on)
            if found is not None:
                return found
            return home
        if tok.lower_ in JURISDICTION_WORDS and tok.dep_ in {"amod", "compound"}:
            return home
    return None


def _title(agent_text: str) -> str | None:
    words = agent_text.split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in TITLE_ROLES:
            return phrase
    return None


def _left_edge_of(tok: Token) -> int:
    """Where a possessor's own phrase starts ("the 27-nation bloc" of "the 27-nation
    bloc's envoy")."""
    return min([tok.i, *(c.left_edge.i for c in tok.lefts if c.dep_ != "case")])


def shared_agent(doc: Doc, span: Span, cand: Candidate, kb: KnowledgeBase
                 ) -> tuple[Actor, ...]:
    """Members of a role noun shared by coordinated demonyms or countries
    ("Russian and Ukrainian negotiators", "the ambassadors of Arnor, Osgiliath and
    Gondor")."""
    if cand.agent is None:
        return ()
    found: list[str] = []
    if cand.of_ent is not None:
        for tok in syntax_conjuncts(cand.of_ent.root):
            code = kb.state_code(name_at(tok)) if tok.text[:1].isupper() else None
            if code and code not in found:
                found.append(code)
        if len(found) >= 2:
            return _agent_members(span, cand, found)
        found = []
    for tok in span:
        if tok.i == cand.head or tok.dep_ not in {"amod", "compound", "conj", "nmod"}:
            continue
        if not any(t.lower_ == "and" for t in doc[span.start: cand.head]):
            return ()
        iso3 = kb.country_of(name_at(tok)) if tok.text[:1].isupper() else None
        if iso3 and iso3 not in found:
            found.append(iso3)
    return _agent_members(span, cand, found) if len(found) >= 2 else ()


def group_agent(span: Span, cand: Candidate, memory: Memory) -> tuple[Actor, ...]:
    """Members of a role noun owned by a counted group ("troops of the two
    countries", "leaders of both sides"): one party per country."""
    if cand.agent is None:
        return ()
    head = span.doc[cand.head]
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and group_kind(obj) == "state":
                states = [a.country for a in group_members("state", obj, memory) if a.country]
                return _agent_members(span, cand, states) if len(states) == 2 else ()
    return ()


def _agent_members(span: Span, cand: Candidate, states: list[str]) -> tuple[Actor, ...]:
    assert cand.agent is not None
    sector, text = cand.agent.sector, cand.agent_text or ""
    kind = SECTOR_KINDS.get(sector, sector.lower())
    return tuple(Actor(span.text, None, None, cand.agent.code_for(iso3), iso3, kind, text)
                 for iso3 in states)
