"""Resolve actor phrases in a parsed article to coded, dated Actors.

The events stage matches syntactic slots against ``ActorMention.head`` and reads
the CAMEO-style code from the mention's Actor, so this module decides who each
phrase means *on the article's date*: named people through the KB's office terms,
titles through office holders ("the Russian president" -> Putin in 2023,
Medvedev in 2010), role nouns through their modifiers ("Kyrgyz presidential
administration" -> KGZGOV), metonyms by position ("Moscow rejects" -> RUSGOV,
"in Moscow" -> a place), and pronouns and bare surnames through a left-to-right
memory of the article. Each mention records the id of the rule that fired.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import islice

from spacy.tokens import Doc, Span, Token

from eventwire.actors.coref import (
    IGO_KINDS,
    IGO_NOT_KINDS,
    coordinated_subject,
    group_members,
    igo_anaphor,
    local_subjects,
    possessive,
    pronoun,
    syntax_conjuncts,
    verb_above,
)
from eventwire.actors.kb import TITLE_ROLES, KnowledgeBase
from eventwire.actors.memory import PRONOUN_REACH, Memory, reach_start, retext
from eventwire.actors.ownership import (
    LOCAL_SECTORS,
    LOCATIVE_PREPS,
    context_owner,
    missions_acted_on,
    official_country,
    place_country,
    scene_country,
)
from eventwire.actors.phrases import (
    IGO_DESC_NOUNS,
    IGO_NOUNS,
    POSSESSIVES,
    STATE_SECTORS,
    Candidate,
    agent_at,
    candidates,
    group_kind,
    igo_noun_of,
    located_in,
    modifier_country,
    modifier_org,
    name_at,
    possessor,
    regional_modifier,
    stance_of,
)
from eventwire.actors.records import Agent, Entry, norm
from eventwire.ingest.dateline import find_dateline
from eventwire.model import Actor, ActorMention
from eventwire.nlp.boundaries import text_of

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
# What a later "the president" or "the minister" can mean, by the role a person held.
TITLE_WORDS = {"head of state": ("president", "leader"),
               "head of government": ("minister", "premier", "chancellor"),
               "foreign minister": ("minister",),
               "head of organization": ("secretary-general", "chief", "head")}
# Nouns after which "from X" names who sent it: "calls from Kyiv", "pressure from Brussels".
FROM_NOUNS = {"call", "criticism", "pressure", "demand", "support", "message", "letter",
              "request", "warning", "protest", "condemnation", "invitation", "offer",
              "response", "reaction", "threat", "objection", "appeal", "praise", "backing"}
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
# "flew to X", "arrived in X": X is a place whatever the tagger says.
TRAVEL_VERBS = frozenset({"fly", "travel", "go", "arrive", "return", "head", "come", "drive"})
TRAVEL_PREPS = frozenset({"to", "in", "into", "from"})
POLITICAL_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent"}
POLITICAL_PREPS = {"by", "with", "against", "between"}


def resolve_mentions(doc: Doc, on: date | None, kb: KnowledgeBase,
                     home: str | None = None) -> list[ActorMention]:
    """One ActorMention per actor-like phrase of ``doc``, resolved as of ``on``;
    ``home`` is the ISO3 code of the dateline's country, when the story has one."""
    memory = Memory(orgs={key for e in doc.ents if e.label_ == "ORG"
                           for key in [kb.org_of(e.text)] if key})
    if home is not None and home in kb.countries:
        memory.home = state_actor(kb.countries[home].name, home, kb)
    topic = topic_country(doc, kb, home)
    memory.topic = state_actor(kb.countries[topic].name, topic, kb) \
        if topic in kb.countries else None
    mentions: list[ActorMention] = []
    for cand in candidates(doc, kb):
        span = doc[cand.start: cand.end]
        if cand.group is not None:
            members = tuple(retext(m, span.text) for m in group_members(
                cand.group, doc[cand.head], memory, cand.size))
            if len(members) == cand.size:
                group = Actor(span.text, None, " and ".join(m.name or m.text for m in members),
                              None, None, "group")
                mentions.append(ActorMention(cand.start, cand.end, cand.head, span.start_char,
                                             span.end_char, group, "coref.group", members))
                memory.groups.append((cand.head, span.sent.start, members))
            continue
        if cand.pronoun and doc[cand.head].lower_ in {"they", "them"}:
            joint = coordinated_subject(doc[cand.head], memory) or _group_pronoun(
                doc[cand.head], memory)
            if joint:  # "Macron, Merkel and May said they regretted": one party each
                group = Actor(span.text, None, " and ".join(m.name or m.text for m in joint),
                              None, None, "group")
                mentions.append(ActorMention(cand.start, cand.end, cand.head, span.start_char,
                                             span.end_char, group, "coref.pronoun.joint",
                                             tuple(retext(m, span.text) for m in joint)))
                continue
        shared = _shared_agent(doc, span, cand, kb) or _group_agent(span, cand, memory)
        if shared:  # "Russian and Ukrainian negotiators": one group, a party each
            group = Actor(span.text, None, span.text, None, None, "group")
            mentions.append(ActorMention(cand.start, cand.end, cand.head, span.start_char,
                                         span.end_char, group, "agent.coordinated", shared))
            continue
        found = _resolve(doc, span, cand, on, kb, memory)
        before = mentions[-1] if mentions else None
        if before is not None and _parenthetical(doc, cand, before):
            found = retext(before.actor, span.text), "coref.parenthesis"  # "the EU (EU)"
        if found is None:
            continue
        actor, rule = found
        mentions.append(ActorMention(cand.start, cand.end, cand.head, span.start_char,
                                     span.end_char, actor, rule))
        _remember(memory, cand, span, actor, _office_title(actor, on, kb))
        if actor.kind == "person" and cand.ent is not None and not cand.pronoun:
            _remember_title(memory, span, cand.ent, actor, kb)
        if actor.kind == "person" and actor.org in kb.orgs:
            # "EU foreign policy chief Kaja Kallas said the bloc could ...": the bloc
            # is the organisation its official speaks for
            memory.igos.append((cand.head, span.sent.start,
                                igo_actor(span.text, actor.org, kb)))
        _remember_possessor(memory, doc, cand, on, kb)
    return mentions


def topic_country(doc: Doc, kb: KnowledgeBase, home: str | None) -> str | None:
    """The one country the lead sentence names, when it is not the dateline's:
    a story filed from Brunei whose lead is about Myanmar's junta is about
    Myanmar, and its unowned police and crowds are Myanmar's. None when the
    lead names the dateline's country too, or several countries, or none, or
    when the article names that country no more often than the dateline's."""
    if home is None:
        return None
    # the dateline ("SEOUL, Nov 29 (Wire) -") is most often a sentence of its own
    lead = next((s for s in islice(doc.sents, 3) if s.root.pos_ in ("VERB", "AUX")), None)
    if lead is None:
        return None
    dateline = find_dateline(text_of(doc))
    body = dateline.end if dateline is not None else 0  # the dateline's place is no topic
    named: set[str] = set()
    counts = {home: 0}
    for ent in doc.ents:
        if ent.start_char < body or ent.label_ not in {"GPE", "NORP"}:
            continue
        iso3 = kb.country_of(ent.text.replace("\u2019", "'").removesuffix("'s"))
        if iso3 is None:
            continue
        counts[iso3] = counts.get(iso3, 0) + 1
        if lead.start <= ent.start < lead.end:
            named.add(iso3)
    if len(named) != 1 or home in named:
        return None
    topic = named.pop()
    # ... and named more often than the dateline's country: a visitor the lead
    # is about ("Orban will not attend the summit") is not what the story is about
    return topic if counts[topic] > max(1, counts[home]) else None


def _group_pronoun(tok: Token, memory: Memory) -> tuple[Actor, ...]:
    """The two members of a counted group ("both leaders") that is the latest plural
    named before "they"/"them", in its sentence or the one before: "spoke to both
    leaders and called on them to stand down"."""
    first = reach_start(tok, PRONOUN_REACH)
    groups = [(i, members) for i, s, members in memory.groups if i < tok.i and s >= first]
    if not groups:
        return ()
    plurals = memory.plurals + (memory.plural_objects if tok.lower_ == "them" else [])
    if any(groups[-1][0] < i < tok.i for i, _, _ in plurals):
        return ()
    return groups[-1][1]


def _remember_title(memory: Memory, span: Span, ent: Span, actor: Actor,
                    kb: KnowledgeBase) -> None:
    """"Crown Prince Mohammed bin Salman ... the crown prince": the title a person
    is named with, before the name or inside the tagger's entity, is a later
    definite reference to that person (its head noun: "Secretary of State X" is
    "the secretary")."""
    role = _title_before(span, ent, kb) or next(
        (kb.agent(ent[:n].text.lower()) for n in (3, 2, 1)
         if n < len(ent) and kb.agent(ent[:n].text.lower()) is not None), None)
    if role is None:
        return
    words = role.phrase.split()
    memory.by_head[words[0] if "of" in words else words[-1]] = actor


def _remember_possessor(memory: Memory, doc: Doc, cand: Candidate, on: date | None,
                        kb: KnowledgeBase) -> None:
    """A known person named only as an office's owner ("President Park Geun-hye's
    office") is still named: a later bare "Park" is that person."""
    if cand.agent is None:
        return
    owner = possessor(doc, doc[cand.head])
    if owner is None or owner.ent_type_ != "PERSON":
        return  # doc.ents builds a list on each access: only look when it can help
    ent = next((e for e in doc.ents if e.start <= owner.i < e.end and e.label_ == "PERSON"),
               None)
    if ent is None or len(ent) < 2:
        return
    name = ent.text.replace("\u2019", "'").removesuffix("'s")
    entry = kb.person(name, on)
    if entry is None:
        return
    actor = person_actor(name, entry, on, kb)
    words = [t for t in ent if t.dep_ != "case" and t.text not in {"'s", "\u2019s"}]
    memory.surnames.setdefault(norm(words[-1].text), actor)
    memory.surnames.setdefault(norm(words[0].text), actor)


def _office_title(actor: Actor, on: date | None, kb: KnowledgeBase) -> str:
    """The title of the office a known person holds on the day ("chancellor")."""
    entry = kb.entry(actor.actor_id) if actor.actor_id and actor.kind == "person" else None
    period = kb.period_on(entry, on) if entry is not None else None
    return (period.title or "").lower() if period is not None else ""


def _destination(head: Token) -> bool:
    """Where someone travels is a place even when the tagger calls an unknown town
    a person ("flew to Nukus"): no later "he" may mean it."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in TRAVEL_PREPS \
        and prep.head.lemma_.lower() in TRAVEL_VERBS


def _remember(memory: Memory, cand: Candidate, span: Span, actor: Actor,
              title: str = "") -> None:
    for i in range(cand.start, cand.end):
        memory.by_token[i] = actor
    if actor.kind == "person" and not cand.pronoun \
            and not (actor.party is None and _destination(span.doc[cand.head])):
        memory.people.append((cand.head, actor))
        if cand.ent is not None and len(cand.ent) > 1:
            memory.surnames[norm(cand.ent[-1].text)] = actor
            # family name first ("Kim Jong Un" ... "Kim", "Xi Jinping" ... "Xi"); a
            # last name seen in the article keeps its meaning
            memory.surnames.setdefault(norm(cand.ent[0].text), actor)
    if stance_of(span.doc[span.start]):
        return  # "anti-Chinese rioting": whom a crowd is against owns nothing near it
    if actor.kind == "state" and actor.country:
        memory.last_state = actor.country
    head = span.doc[cand.head]
    coded = actor.code is not None and actor.kind not in {"place", "region", "person"}
    if coded and not cand.pronoun and head.dep_ in {"nsubj", "nsubjpass"}:
        if head.tag_ in {"NNS", "NNPS"} and actor.kind not in {"state", "government", "igo"}:
            memory.plurals.append((cand.head, head.sent.start, actor))
        else:
            memory.things.append((cand.head, head.sent.start, actor))
    plural_object = head.dep_ == "dobj" and head.tag_ in {"NNS", "NNPS"}
    if coded and not cand.pronoun and plural_object and actor.kind != "state":
        memory.plural_objects.append((cand.head, head.sent.start, actor))
    if actor.kind in {"state", "government", "military"} and actor.country and not cand.pronoun:
        subject = head.dep_ in {"nsubj", "nsubjpass"}
        memory.states = [s for s in memory.states if s[0].country != actor.country]
        memory.states.append((actor, subject, head.sent.start))
    if cand.agent is not None:
        memory.by_head[span.root.lemma_.lower()] = actor
    if actor.kind == "igo" and actor.org:
        memory.igos.append((cand.head, head.sent.start, actor))
    if actor.country or actor.org:
        memory.owners.append((cand.head, head.sent.start, actor))
    if actor.kind == "person" and actor.role and not cand.pronoun:
        words = TITLE_WORDS.get(actor.role, ())
        if title:  # a prime minister is no "chancellor", a chancellor no "minister"
            words = tuple(w for w in words if w in title
                          or (w == "premier" and "prime minister" in title))
        for word in words:
            memory.by_head[word] = actor  # "Joe Biden ... the president"


def _parenthetical(doc: Doc, cand: Candidate, before: ActorMention) -> bool:
    """"the European Union (EU)": a short name in brackets right after a mention."""
    start, end = cand.start, cand.end
    return (start >= 2 and end < len(doc) and doc[start - 1].text == "("
            and doc[end].text == ")" and before.end == start - 1 and end - start <= 2)


def _shared_agent(doc: Doc, span: Span, cand: Candidate, kb: KnowledgeBase
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


def _group_agent(span: Span, cand: Candidate, memory: Memory) -> tuple[Actor, ...]:
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
    return tuple(Actor(span.text, None, None, f"{iso3}{sector}" if not cand.agent.prefix
                       else f"{sector}{iso3}", iso3, kind, text) for iso3 in states)


def _resolve(doc: Doc, span: Span, cand: Candidate, on: date | None, kb: KnowledgeBase,
             memory: Memory) -> tuple[Actor, str] | None:
    text = span.text
    if cand.pronoun:
        found = pronoun(doc[cand.head], memory)
        if found is not None and doc[cand.head].lower_ == "its" and any(
                a.code == found[0].code for a in local_subjects(doc[cand.head], memory)):
            return None  # "closed its borders": its own ground, no party acted on
        return found
    if cand.document:
        return _document_author(doc[cand.head], text, memory)
    if cand.igo_noun:
        found = _igo_phrase(doc, span, cand, kb, memory)
        if found is None and cand.agent is not None:
            return _agent(text, doc, cand, on, kb, memory)  # "the court": a state's
        return found
    person = _person_ent(span, cand)
    if person is not None and cand.agent is not None and person.root.dep_ == "poss":
        person = None  # "Japarov's office": the office is the actor
    if person is not None:
        return _person(text, person, span, cand, on, kb, memory)
    if cand.ent is not None:
        return _entity(text, cand.ent, doc[cand.head], on, kb, memory)
    return _agent(text, doc, cand, on, kb, memory)


# An atomic or nuclear agency is the IAEA, which has no key of ours.
NO_PARTY_WORDS = re.compile(r"\b(nuclear|atomic|news|press|wire|anti-doping|doping|"
                            r"health|space)\b")
# Organisations that span the world: no "regional bloc" is one of them.
GLOBAL_ORGS = {"UN", "WHO", "IMF", "WB", "G7", "G20", "BRICS", "ICC", "ICJ", "OPEC"}
# Organisation nouns that mean the one organisation of their kind an article names,
# however far back ("Europe's election watchdog ... the OSCE").
SOLE_NOUNS = {"bloc", "alliance", "watchdog", "organisation", "organization", "grouping",
              "union", "court", "tribunal"}
MEMBER_RE = re.compile(r"\b(\d+)\s*-\s*(nation|member|country|state|strong)\b")


def _igo_phrase(doc: Doc, span: Span, cand: Candidate, kb: KnowledgeBase,
                memory: Memory) -> tuple[Actor, str] | None:
    """"the bloc", "the world body", "the 27-nation bloc", "the head of the
    mission": the organisation an organisation noun stands for, by what its words
    say, else the latest one of its kind named in the last two sentences, else the
    only one of its kind the article names. A state's "the Russian court" is none."""
    text = span.text
    head = doc[cand.head]
    noun = igo_noun_of(head)
    lemma = noun.lemma_.lower()
    if modifier_country(doc, replace(cand, head=noun.i), kb, None) is not None:
        return None  # "the Russian court", "the U.S. mission"
    words = doc[min(span.start, noun.left_edge.i): noun.i].text.lower().replace("\u2019", "'")
    if NO_PARTY_WORDS.search(words):
        return None
    seat = re.search(r"([a-z][a-z .']*?)\s*-\s*based\b", words)
    key = modifier_org(doc, replace(cand, head=noun.i), kb)
    if key is not None:
        return igo_actor(text, key, kb), "igo.described"
    # what the words say (data/kb/org_descriptions.json): "the world body", "the
    # 27-nation bloc", "the Southeast Asian bloc"
    descriptions = kb.descriptions
    for pattern, nouns, named in descriptions.described:
        if lemma in nouns and pattern.search(words):
            return igo_actor(text, named, kb), "igo.described"
    count = MEMBER_RE.search(words)
    sized = descriptions.member_counts[lemma].get(int(count.group(1))) \
        if count is not None and lemma in descriptions.member_counts else None
    if sized is not None:
        return igo_actor(text, sized, kb), "igo.described"
    for region in sorted(descriptions.regions, key=len, reverse=True):  # longest first
        if re.search(rf"(^|[\s]){re.escape(region)}\b", words):
            org = descriptions.regions[region]
            return (igo_actor(text, org, kb), "igo.described") if org else None
    # "the regional bloc", "Europe's election watchdog": no organisation of the world
    regional = re.search(r"\bregional\b|\b(europe|africa|asia|america)'s\b", words) is not None
    found = igo_anaphor(noun, text, memory, far=False) if seat is None else None
    if found is not None and not (regional and found[0].org in GLOBAL_ORGS):
        return retext(found[0], text), found[1]
    if lemma not in SOLE_NOUNS:
        return None
    allowed = IGO_KINDS.get(lemma)
    earlier = {a.org for i, _, a in memory.igos if i < noun.i and a.org}
    fitting = {o for o in earlier | memory.orgs if (allowed is None or o in allowed)
               and o not in IGO_NOT_KINDS.get(lemma, ()) and not (regional and o in GLOBAL_ORGS)}
    if seat is not None:  # "the Vienna-based watchdog": one seated there
        city = seat.group(1).split()[-1] if seat.group(1).split() else ""
        fitting = {o for o in fitting
                   if (kb.orgs[o].seat_city or "").lower().endswith(city)}
    if len(fitting) == 1:
        return igo_actor(text, fitting.pop(), kb), "coref.igo_sole"
    return None


def _person_ent(span: Span, cand: Candidate) -> Span | None:
    if cand.ent is not None and cand.ent.label_ == "PERSON":
        return cand.ent
    if not any(t.ent_type_ == "PERSON" for t in span):
        return None  # span.ents builds a list each time: most phrases have no person
    return next((e for e in span.ents if e.label_ == "PERSON"), None)


def person_actor(text: str, entry: Entry, on: date | None, kb: KnowledgeBase,
                 kind: str = "person") -> Actor:
    """The person's code on ``on``: the office then held; after a curated term has
    ended and nothing else covers the date, the CAMEO elite code ("a former
    president" is KGZELI, not KGZGOV)."""
    period = kb.period_on(entry, on)
    code = period.code if period else entry.country
    country = entry.country or (code[:3] if code and code[:3] in kb.countries else None)
    org = entry.org
    if code in kb.orgs:  # Ban Ki-moon as UN Secretary-General speaks for the UN
        country, org = None, code
    role = (period.role or None) if period else None
    if period is None and on is not None and entry.country:
        ended = [p for p in entry.periods if p.curated and p.end is not None and p.end <= on]
        if ended:
            last = max(ended, key=lambda p: p.end or on)
            code, role = f"{entry.country}ELI", f"former {last.title or last.role}".lower()
    return Actor(text, entry.actor_id, entry.name, code, country, kind, role, org)


def _person(text: str, ent: Span, span: Span, cand: Candidate, on: date | None,
            kb: KnowledgeBase, memory: Memory) -> tuple[Actor, str]:
    name = ent.text.replace("\u2019", "'").removesuffix("'s")
    if len(ent) == 1 and norm(name) in memory.surnames:
        known = memory.surnames[norm(name)]
        return retext(known, text), "coref.surname"
    entry = kb.person(name, on)
    if entry is not None:
        actor = person_actor(text, entry, on, kb)
        state = _own_state(actor, kb) or (
            actor.code if actor.code and actor.code in kb.countries else None)
        role = _title_before(span, ent, kb)
        if state is not None and role is not None:  # "Bree President Romendacil"
            return replace(actor, code=f"{state}{role.sector}"), "person.titled"
        if _former(span, ent) and actor.country:  # "former president X" is elite
            return replace(actor, code=f"{actor.country}ELI"), "person.former"
        stated = _stated_office(span, ent, cand, actor, on, kb, entry)
        if stated is not None:
            return stated, "person.stated"
        return actor, "person.kb"
    iso3 = modifier_country(span.doc, cand, kb, ent)
    title = agent_at(kb, span.doc, span.doc[ent.start - 1]) if ent.start > span.start else None
    sector = title[0].sector if title else None
    rule = "person.unknown"
    if iso3 is None:
        found = _apposition(ent, kb)
        if found is not None:  # "Michael Kovrig, a former Canadian diplomat"
            iso3, sector = found[0], sector or found[1]
            rule = "person.apposition"
    org = modifier_org(span.doc, cand, kb) if iso3 is None and title else None
    if org is not None:  # "U.N. envoy Matthew Nimetz" speaks for the organisation
        return Actor(text, None, name, org, None, "person", title[1] if title else None,
                     org), "person.org_title"
    if iso3 is None and sector is not None:  # "Defence Minister Sergei Shoigu" in a Russian story
        iso3, rule = official_country(span.doc[cand.head], ent, memory, kb), "person.context"
    code = f"{iso3}{sector or ''}" if iso3 else sector
    return Actor(text, None, name, code, iso3, "person", title[1] if title else None,
                 None), rule


def _apposition(ent: Span, kb: KnowledgeBase) -> tuple[str, str | None] | None:
    """Country (and sector) an apposition says a person belongs to: "Kovrig, a former
    Canadian diplomat", "Meng Wanzhou, the chief financial officer of China's
    Huawei" (the first country named in it)."""
    for appos in ent.root.children:
        if appos.dep_ != "appos":
            continue
        for tok in appos.subtree:
            if tok.ent_type_ in ("NORP", "GPE"):
                iso3 = kb.state_code(tok.text) or kb.country_of(tok.text)
                if iso3:
                    role = agent_at(kb, ent.doc, appos)
                    return iso3, role[0].sector if role else None
    return None


def _stated_office(span: Span, ent: Span, cand: Candidate, actor: Actor, on: date | None,
                   kb: KnowledgeBase, entry: Entry) -> Actor | None:
    """"Polish Prime Minister Donald Tusk" in 2024 when the knowledge base holds no
    office of his on that day: the article's own words are fresher than our terms,
    so the stated country and title win over a former-office (ELI) code. An office
    the knowledge base does hold on the day is kept (the text may be loose)."""
    role = _title_before(span, ent, kb)
    iso3 = modifier_country(span.doc, cand, kb, ent) if role is not None else None
    if role is None or iso3 is None:
        return None
    period = kb.period_on(entry, on) if on is not None else None
    contradicted = actor.country is not None and actor.country != iso3
    if not contradicted and (on is None or (
            period is not None and not (period.code or "").endswith("ELI"))):
        return None
    return replace(actor, code=f"{iso3}{role.sector}", country=iso3, org=None,
                   role=role.phrase)


def _title_before(span: Span, ent: Span, kb: KnowledgeBase) -> Agent | None:
    """The role noun just before a name ("Prime Minister" in "Bree Prime Minister X"),
    whatever entity label the model gave those words."""
    doc = span.doc
    for n in (3, 2, 1):
        if ent.start - n < span.start:
            continue
        agent = kb.agent(doc[ent.start - n: ent.start].text.lower())
        if agent is not None:
            return agent
    return None


def _former(span: Span, ent: Span) -> bool:
    return any(t.lower_ in {"former", "ex", "ex-", "then"} or t.lower_.startswith("ex-")
               for t in span if t.i < ent.start)


def state_actor(text: str, iso3: str, kb: KnowledgeBase) -> Actor:
    return Actor(text, f"state:{iso3}", kb.countries[iso3].name, iso3, iso3, "state")


def government_actor(text: str, iso3: str, kb: KnowledgeBase) -> Actor:
    name = f"Government of {kb.countries[iso3].name}"
    return Actor(text, f"gov:{iso3}", name, f"{iso3}GOV", iso3, "government")


def igo_actor(text: str, key: str, kb: KnowledgeBase) -> Actor:
    return Actor(text, f"igo:{key}", kb.orgs[key].name, key, None, "igo", None, key)


def _located(tok: Token) -> bool:
    """"talks at the White House", "in Washington": a place where, not a party."""
    while tok.dep_ in {"compound", "conj"}:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _political(tok: Token) -> bool:
    """Subject/object of a verb (or "by/with X"): where a city acts as its government."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in POLITICAL_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        return tok.head.head.lemma_.lower() in FROM_NOUNS
    return tok.dep_ == "pobj" and tok.head.lower_ in POLITICAL_PREPS


# "its NATO ally", "an EU partner": one member state, named before.
ALLY_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor"})


def _entity(text: str, ent: Span, head: Token, on: date | None, kb: KnowledgeBase,
            memory: Memory) -> tuple[Actor, str] | None:
    name = ent.text
    mine = kb.user_entry(name)
    if mine is not None:  # the user's dictionary decides first
        return person_actor(text, mine, on, kb, kind=mine.kind), "actor.user"
    metonym = kb.metonym(name)
    if metonym is not None and not _located(head):
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


def _agent(text: str, doc: Doc, cand: Candidate, on: date | None, kb: KnowledgeBase,
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
            possessive(owner, memory) if owner.lower_ in POSSESSIVES else _owner(owner, kb, on))
        if owner_actor is None and owner.lemma_.lower() in IGO_NOUNS | IGO_DESC_NOUNS:
            # "the bloc's leaders", "the 27-nation bloc's envoy"
            whose = Candidate(_left_edge_of(owner), owner.i + 1, owner.i, None, None, None,
                              None, igo_noun=True)
            found = _igo_phrase(doc, doc[whose.start: whose.end], whose, kb, memory)
            owner_actor = found[0] if found else None
        if owner_actor is not None and owner_actor.org and not owner_actor.country:
            # "the bloc's leaders", and "his spokesman" for the U.N. Secretary-General
            return igo_actor(text, owner_actor.org, kb), "agent.igo_possessor"
        if owner.lower_ == "country" and memory.last_state:
            iso3, rule = memory.last_state, "agent.country_poss"
        elif owner_actor is not None and (owner_actor.country or _own_state(owner_actor, kb)):
            iso3, rule = owner_actor.country or _own_state(owner_actor, kb), "agent.possessor"
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
    if iso3 is None and org is None and owner is None and _located(head) \
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
        context = None if iso3 else context_owner(head, memory, sector,
                                                   missions_acted_on(head, kb))
        if context is not None and context.org and not context.country:
            kind = SECTOR_KINDS.get(sector, sector.lower())
            return Actor(text, None, None, context.org, None, kind, cand.agent_text,
                         context.org), "agent.igo_context"
        iso3 = iso3 or (context.country if context else None)
    if iso3 is None:
        return Actor(text, None, None, sector, None, kind, cand.agent_text), "agent.bare"
    institution = head.lemma_.lower() in INSTITUTIONS or head.lower_ in INSTITUTIONS
    actor_id = f"{sector.lower()}:{iso3}" if institution else None
    code = f"{iso3}{sector}" if not cand.agent.prefix else f"{sector}{iso3}"
    state = kb.countries.get(iso3)
    name = f"{state.name if state else iso3} {cand.agent_text}" if institution else None
    return Actor(text, actor_id, name, code, iso3, kind, cand.agent_text), rule


# Courts named by their jurisdiction: "a federal court", "a district judge".
JURISDICTION_WORDS = {"federal", "district", "municipal", "provincial", "county", "city"}


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


# How a text is said to come from someone: "said in a statement", "issued a
# communique", "a resolution adopted by the council".
ISSUE_DEPS = {"nsubj", "nsubjpass", "agent"}


def _document_author(tok: Token, text: str, memory: Memory) -> tuple[Actor, str] | None:
    """Who a text that acts ("the resolution extends the mandate", "the statement
    said") stands for: whoever issued, adopted or spoke in one of that name earlier
    in the article ("Brunei said in a statement"; "a resolution adopted by the
    Security Council"); a resolution with no such earlier mention, the organisation
    named last in its sentence or the two before. A joint text is no one's own."""
    lemma = tok.lemma_.lower()
    if any(c.lower_ == "joint" for c in tok.lefts):
        return None
    doc = tok.doc
    for earlier in reversed(doc[: tok.sent.start]):
        if earlier.lemma_.lower() != lemma or any(c.lower_ == "joint" for c in earlier.lefts):
            continue
        author = _issuer(earlier, memory)
        if author is not None:
            return retext(author, text), "coref.document"
        break
    if lemma == "resolution":
        found = igo_anaphor(tok, text, memory)
        if found is not None:
            return retext(found[0], text), "coref.document"
    return None


def _issuer(noun: Token, memory: Memory) -> Actor | None:
    """The remembered subject of the clause a text is issued in, or the agent of
    "adopted by X"."""
    for child in noun.children:  # "a resolution adopted by the council"
        if child.dep_ == "acl":
            for arg in child.children:
                if arg.dep_ == "agent":
                    for obj in arg.children:
                        if obj.i in memory.by_token:
                            return memory.by_token[obj.i]
    verb = verb_above(noun)
    for child in verb.children:
        if child.dep_ in ISSUE_DEPS and child.i in memory.by_token:
            return memory.by_token[child.i]
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.i in memory.by_token:
                    return memory.by_token[obj.i]
    return None


def _left_edge_of(tok: Token) -> int:
    """Where a possessor's own phrase starts ("the 27-nation bloc" of "the 27-nation
    bloc's envoy")."""
    return min([tok.i, *(c.left_edge.i for c in tok.lefts if c.dep_ != "case")])


def _own_state(actor: Actor, kb: KnowledgeBase) -> str | None:
    """A user dictionary's country of its own: a bare three-letter code (GON)."""
    code = actor.code
    if code and len(code) == 3 and code.isupper() and code not in kb.orgs:
        return code
    return None


def _owner(owner: Token, kb: KnowledgeBase, on: date | None) -> Actor | None:
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


def _title(agent_text: str) -> str | None:
    words = agent_text.split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in TITLE_ROLES:
            return phrase
    return None

