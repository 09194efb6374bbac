"""Resolve actor phrases in a parsed article to coded, dated Actors.

The events stage matches syntactic slots against ``ActorMention.head`` and reads
the CAMEO-style code from the mention's Actor, so this module decides who each
phrase means *on the article's date*. It walks the phrases left to right and
hands each to the reader of its kind: named people through the KB's office
terms (people.py), proper names by where they stand (names.py: "Moscow rejects"
-> RUSGOV, "in Moscow" -> a place), organisation nouns (organisations.py: "the
bloc"), role nouns and titles through their modifiers and office holders
(roles.py: "Kyrgyz presidential administration" -> KGZGOV, "the Russian
president" -> Putin in 2023, Medvedev in 2010), and pronouns and bare surnames
through the article's memory (coref.py), which only this module writes. Each
mention records the id of the rule that fired.
"""

from __future__ import annotations

from datetime import date
from itertools import islice

from spacy.tokens import Doc, Span, Token

from eventwire.actors.coref import (
    coordinated_subject,
    group_members,
    igo_anaphor,
    local_subjects,
    pronoun,
    verb_above,
)
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.memory import PRONOUN_REACH, Memory, reach_start, retext
from eventwire.actors.names import entity, state_actor
from eventwire.actors.organisations import igo_actor, igo_phrase
from eventwire.actors.people import (
    named_person,
    office_title,
    person_actor,
    person_ent,
    title_before,
)
from eventwire.actors.phrases import Candidate, candidates, possessor, stance_of
from eventwire.actors.records import norm
from eventwire.actors.roles import agent, group_agent, shared_agent
from eventwire.ingest.dateline import find_dateline
from eventwire.model import Actor, ActorMention
from eventwire.nlp.boundaries import text_of

# What a later "the president" or "the minister" can mean, by the role a person held.
TITLE_WORDS = {"head of state": ("president", "leader"),
               "head of government": ("minister", "premier", "chancellor"),
               "foreign minister": ("minister",),
               "head of organization": ("secretary-general", "chief", "head")}
# "flew to X", "arrived in X": X is a place whatever the tagger says.
TRAVEL_VERBS = frozenset({"fly", "travel", "go", "arrive", "return", "head", "come", "drive"})
TRAVEL_PREPS = frozenset({"to", "in", "into", "from"})


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
        shared = shared_agent(doc, span, cand, kb) or group_agent(span, cand, memory)
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
        _remember(memory, cand, span, actor, office_title(actor, on, kb))
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
    role = title_before(span, ent, kb) or next(
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
        found = igo_phrase(doc, span, cand, kb, memory)
        if found is None and cand.agent is not None:
            return agent(text, doc, cand, on, kb, memory)  # "the court": a state's
        return found
    person = person_ent(span, cand)
    if person is not None and cand.agent is not None and person.root.dep_ == "poss":
        person = None  # "Japarov's office": the office is the actor
    if person is not None:
        return named_person(text, person, span, cand, on, kb, memory)
    if cand.ent is not None:
        return entity(text, cand.ent, doc[cand.head], on, kb, memory)
    return agent(text, doc, cand, on, kb, memory)


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
