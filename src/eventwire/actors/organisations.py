"""Organisation nouns: which organisation "the bloc", "the world body", "the
27-nation bloc" or "the Vienna-based watchdog" stands for.

Apart from the resolver because such a noun names no organisation itself: its
words (data/kb/org_descriptions.json), else the organisations the article named
before it, decide, and a wrong guess gives an organisation's code to a state's
court or to a news agency. ``igo_actor`` lives here so that every rule that
finds an organisation, by name, by noun or through its official, hands on the
same actor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from eventwire.actors.coref import IGO_KINDS, IGO_NOT_KINDS, igo_anaphor
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.memory import Memory, retext
from eventwire.actors.phrases import Candidate, igo_noun_of, modifier_country, modifier_org
from eventwire.model import Actor

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


def igo_actor(text: str, key: str, kb: KnowledgeBase) -> Actor:
    return Actor(text, f"igo:{key}", kb.orgs[key].name, key, None, "igo", None, key)


def igo_phrase(doc: Doc, span: Span, cand: Candidate, kb: KnowledgeBase,
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
