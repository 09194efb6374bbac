"""Find actor-like noun phrases in a parsed Doc: their span, head and modifiers.

Why apart from resolve.py: deciding *where* an actor phrase is (the dependency
shape of "the Kyrgyz presidential administration" or "President Ilham Aliyev of
Azerbaijan") is independent of deciding *who* it is; keeping it here keeps the
resolver's rules (resolve.py and the readers it calls) short and testable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.records import Agent

# Sectors of a state's own institutions.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
PRONOUNS = {"he", "she", "him", "her", "it", "they", "them"}
# "the bloc", "the alliance", "the court": a definite noun for an organisation.
IGO_NOUNS = {"bloc", "alliance", "court", "organisation", "organization", "union", "tribunal",
             "grouping", "body"}
# "the watchdog", "the mission": nouns an organisation goes by only once it is
# named in the article (an election watchdog, a peacekeeping mission).
IGO_DESC_NOUNS = {"watchdog", "mission"}
# Officials named by the organisation noun they lead: "the head of the mission",
# "the chief of the alliance", "the bloc's envoy" (the possessive is read in roles.py).
IGO_HEADS = {"head", "chief", "leader", "director", "boss", "chair", "chairman",
             "chairwoman", "chairperson", "president", "secretary-general", "envoy",
             "spokesman", "spokeswoman", "spokesperson", "representative", "commander"}
# A possessive that places an organisation rather than owning it: "Europe's
# election watchdog", "the world's top court".
PLACING_OWNERS = {"europe", "africa", "asia", "america", "latin america", "world",
                  "region", "continent"}
# Texts a body issues that news makes act for it: "the resolution calls for",
# "the statement said", "the communique urged".
DOCUMENT_NOUNS = {"resolution", "statement", "communique", "communiqu\u00e9", "declaration"}
POSSESSIVES = {"his": "person", "her": "person", "its": "thing", "their": "plural"}
# "the two countries", "both leaders": plural nouns that refer back to two actors.
GROUP_NOUNS = {"country": "state", "nation": "state", "state": "state", "side": "state",
               "government": "state", "neighbour": "state", "neighbor": "state",
               "leader": "person", "president": "person", "minister": "person",
               "man": "person", "counterpart": "person"}
# Words that count a group: "the two countries", "all three", "the three leaders".
COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# Where a bare count stands for parties ("complaints against all three", "the pair
# spoke"): an argument of its verb or preposition.
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "iobj", "dative", "conj"}
LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "advmod", "quantmod"}
# "shelled its positions", "violated its airspace": a state's own ground, forces'
# posts or waters, whose possessive pronoun is the party the act is aimed at.
GROUND_NOUNS = {"position", "territory", "airspace", "water", "border", "soil", "post",
                "outpost", "base", "frontier", "coast", "coastline", "village", "town"}
# What a leader calls the state they speak for: "her country", "his nation".
HOME_NOUNS = {"country", "nation"}
CASE = {"'s", "\u2019s", "'", "\u2019"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A phrase that may name an actor. ``agent`` is the role noun phrase ending at
    the head ("presidential administration"), ``ent`` the entity holding the head,
    ``of_ent`` the entity of a trailing "of X" ("the president of Azerbaijan")."""

    start: int
    end: int
    head: int
    ent: Span | None
    agent: Agent | None
    agent_text: str | None
    of_ent: Span | None
    pronoun: bool = False
    group: str | None = None  # "state" or "person" for "the two countries"/"both leaders"
    # (or "any" for a bare "the pair", "all three"); ``size`` is how many it counts
    size: int = 2
    igo_noun: bool = False  # "the bloc", "the alliance": an organisation named before
    document: bool = False  # "the resolution calls for": the body that issued it acts


def agent_at(kb: KnowledgeBase, doc: Doc, head: Token) -> tuple[Agent, str] | None:
    """The longest agent phrase ending at ``head`` ("aerospace forces", "troops")."""
    if head.lower_ not in kb.agent_heads and head.lemma_.lower() not in kb.agent_heads:
        return None  # most nouns end no agent phrase: one set lookup instead of ten
    for n in range(min(kb.max_agent_words, head.i + 1), 0, -1):
        if n > 1 and doc[head.i - n + 1].lower_ not in kb.agent_firsts:
            continue  # no agent phrase starts with that word: skip building the span
        words = doc[head.i - n + 1: head.i + 1]
        if any(t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in words):
            continue
        texts = [t.lower_ for t in words]
        for last in dict.fromkeys((texts[-1], head.lemma_.lower())):
            phrase = " ".join([*texts[:-1], last])
            agent = kb.agent(phrase)
            if agent:
                return agent, " ".join(texts)
    return None


def _trim_case(start: int, end: int, doc: Doc) -> int:
    while end > start + 1 and doc[end - 1].text in CASE:
        end -= 1
    return end


def _left_edge(head: Token) -> int:
    """Where the phrase starts: its left modifiers, but never across a verb or a
    comma (a bad parse can hang a whole clause off a noun)."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in LEFT_DEPS:
            left = min(left, child.left_edge.i)
    doc = head.doc
    for i in range(head.i - 1, left - 1, -1):
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].text in {",", ";", ":", "(", ")", "\u2014"}:
            return i + 1
    return left


def _of_entity(doc: Doc, end: int) -> Span | None:
    """The entity of an "of X" right after ``end`` ("of Kyrgyzstan", "of the ICC")."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ == "the" and not doc[i].ent_type_:
        i += 1
    if i >= len(doc) or not doc[i].ent_iob_ == "B":
        return None
    ent = next((e for e in doc.ents if e.start == i), None)
    if ent is not None and ent.label_ in {"GPE", "ORG", "NORP"}:
        return ent
    return None


def candidates(doc: Doc, kb: KnowledgeBase) -> list[Candidate]:
    """Every actor-like phrase, longest first wins, returned in text order."""
    found: list[Candidate] = []
    ent_of: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        for t in ent:
            ent_of[t.i] = ent
        head = ent.root
        if ent.label_ == "ORG" and _role_org(kb, doc, ent):
            continue  # "Russian Aerospace Forces": a sector noun, found below
        # Only a person's phrase reaches left ("Armenian Prime Minister Nikol
        # Pashinyan"); for places and orgs a left modifier is another actor.
        start = (min(ent.start, _left_edge(head)) if ent.label_ in {"PERSON", "NORP"}
                 else ent.start)
        if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].head.i in range(
                ent.start, ent.end):
            start -= 1
        end = _trim_case(ent.start, ent.end, doc)
        of_ent = _of_entity(doc, end) if ent.label_ == "PERSON" else None
        if of_ent is not None:
            end = _trim_case(of_ent.start, of_ent.end, doc)
        found.append(Candidate(start, end, head.i, ent, None, None, of_ent))
    for ent in _unlabelled_orgs(doc, kb, ent_of):
        start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
            else ent.start
        found.append(Candidate(start, ent.end, ent.root.i, ent, None, None, None))
    for tok in doc:
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and tok.tag_ == "PRP":
            found.append(Candidate(tok.i, tok.i + 1, tok.i, None, None, None, None, True))
            continue
        if tok.lower_ == "its" and tok.dep_ == "poss" \
                and tok.head.lemma_.lower() in GROUND_NOUNS:
            found.append(Candidate(tok.i, tok.i + 1, tok.i, None, None, None, None, True))
            continue
        if tok.lower_ in {"his", "her"} and tok.dep_ == "poss" \
                and tok.head.lemma_.lower() in HOME_NOUNS:
            # "Sandu said her country would expel ...": the speaker's state
            found.append(Candidate(tok.i, tok.i + 1, tok.i, None, None, None, None, True))
            continue
        group = group_kind(tok)
        if group is not None:
            found.append(Candidate(_left_edge(tok), tok.i + 1, tok.i, None, None, None, None,
                                   group=group, size=group_size(tok)))
            continue
        if (tok.lemma_.lower() in IGO_NOUNS | IGO_DESC_NOUNS and tok.i not in ent_of
                and tok.tag_ == "NN" and _igo_definite(tok) and not _state_owned(tok)):
            lead = igo_head_of(tok)
            if lead is not None:  # "the head of the mission": the official is the party
                hit = agent_at(kb, doc, lead)
                found.append(Candidate(_left_edge(lead), tok.i + 1, lead.i, None,
                                       hit[0] if hit else None, hit[1] if hit else None,
                                       None, igo_noun=True))
                continue
            # "the court" may be a state's court: its role noun is kept for when
            # no organisation answers
            hit = agent_at(kb, doc, tok)
            found.append(Candidate(_left_edge(tok), tok.i + 1, tok.i, None,
                                   hit[0] if hit else None, hit[1] if hit else None, None,
                                   igo_noun=True))
            continue
        if (tok.lemma_.lower() in DOCUMENT_NOUNS and tok.i not in ent_of
                and tok.dep_ == "nsubj" and tok.tag_ == "NN" and _igo_definite(tok)):
            found.append(Candidate(_left_edge(tok), tok.i + 1, tok.i, None, None, None, None,
                                   document=True))
            continue
        in_ent = tok.i in ent_of and not (ent_of[tok.i].root == tok and _role_org(
            kb, doc, ent_of[tok.i]))
        if tok.pos_ not in {"NOUN", "PROPN"} or in_ent or tok.dep_ == "compound":
            continue
        end = tok.i + 1
        hit = _of_title(kb, doc, tok)
        if hit is not None:
            end = tok.i + len(hit[1].split())
        else:
            hit = agent_at(kb, doc, tok)
        if hit is None:
            continue
        start = _left_edge(tok)
        of_ent = _of_entity(doc, end)
        if of_ent is not None:
            end = _trim_case(of_ent.start, of_ent.end, doc)
        found.append(Candidate(start, end, tok.i, None, hit[0], hit[1], of_ent))
    return _select(found)


def _igo_definite(tok: Token) -> bool:
    """"the bloc", "this alliance", "Europe's election watchdog": an organisation noun
    that points at one organisation (not "a trade bloc", not "Russia's watchdog")."""
    for child in tok.lefts:
        if child.dep_ == "det" and child.lower_ in {"the", "this", "that"}:
            return True
        if child.dep_ == "poss" and child.lemma_.lower() in PLACING_OWNERS:
            return True
    return False


def _state_owned(tok: Token) -> bool:
    """"the U.S. mission", "Russia's watchdog": a description noun a country names
    is that country's own, left to the other phrases."""
    if tok.lemma_.lower() not in IGO_DESC_NOUNS:
        return False
    return any(t.ent_type_ in {"GPE", "NORP"} for t in tok.doc[_left_edge(tok): tok.i])


def igo_head_of(noun: Token) -> Token | None:
    """The official an organisation noun is the "of" of: "the head of the mission"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    lead = prep.head
    if lead.i >= noun.i or lead.pos_ != "NOUN" or lead.lemma_.lower() not in IGO_HEADS:
        return None
    return lead


def igo_noun_of(head: Token) -> Token:
    """The organisation noun of a phrase found for one: itself, or the "of" noun
    of "the head of the mission"."""
    if head.lemma_.lower() in IGO_NOUNS | IGO_DESC_NOUNS:
        return head
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return head


def _unlabelled_orgs(doc: Doc, kb: KnowledgeBase, ent_of: dict[int, Span]) -> list[Span]:
    """Known organisations the entity recogniser missed: "the Russian-led
    Collective Security Treaty Organisation" comes out with no ORG at all. The
    run of capitalised compounds ending in a proper-noun head is looked up whole."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.i in ent_of:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i <= tok.i and doc[start - 1].i not in ent_of:
            start -= 1
        if start == tok.i:
            continue  # one word: the recogniser's call stands
        span = Span(doc, start, tok.i + 1, label="ORG")
        if kb.org_of(span.text) is not None:
            out.append(span)
    return out


def _of_title(kb: KnowledgeBase, doc: Doc, tok: Token) -> tuple[Agent, str] | None:
    """A title that continues with "of": "secretary of state", "minister of foreign
    affairs" (the parse makes the first noun the head)."""
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    for n in range(3, 0, -1):
        words = doc[tok.i: tok.i + 2 + n]
        if len(words) < 2 + n or any(t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in words[2:]):
            continue
        agent = kb.agent(words.text.lower())
        if agent is not None:
            return agent, words.text.lower()
    return None


def group_kind(tok: Token) -> str | None:
    """"the two countries", "both sides", "the three leaders": a plural group noun
    counted; "the pair", "all three": a bare count of parties named before ("any").
    A count above two is a group only when definite ("the three countries", not
    "three countries", which may be new ones)."""
    size = group_size(tok)
    if size == 0:
        return None
    if tok.tag_ in {"NNS", "NNPS"}:
        if tok.lemma_.lower() in GROUP_NOUNS and (size == 2 or _definite_count(tok)):
            return GROUP_NOUNS[tok.lemma_.lower()]
        return None
    if tok.dep_ in ARGUMENT_DEPS and _definite_count(tok):
        return "any"
    return None


def group_size(tok: Token) -> int:
    """How many a group phrase counts: its count word ("the two countries",
    "all three"), two for "the pair"; 0 when it counts none."""
    if tok.lemma_.lower() == "pair" and tok.tag_ == "NN":
        return 0 if _counts_of(tok) else 2  # "a pair of shoes" is no pair of parties
    if tok.pos_ == "NUM" and tok.lower_ in COUNT_WORDS:
        return 0 if _counts_of(tok) else COUNT_WORDS[tok.lower_]  # "three of the soldiers"
    if tok.tag_ in {"NNS", "NNPS"}:
        counts = [COUNT_WORDS[c.lower_] for c in tok.lefts if c.lower_ in COUNT_WORDS]
        return counts[0] if counts else 0
    return 0


def _counts_of(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)


def _definite_count(tok: Token) -> bool:
    """"the three", "all three countries", "the pair": a count of parties already named."""
    return any(c.dep_ in {"det", "predet"} and c.lower_ in {"the", "all", "these", "those"}
               for c in tok.lefts)


def _role_org(kb: KnowledgeBase, doc: Doc, ent: Span) -> bool:
    """An ORG entity that is no known organisation but ends in a role noun
    ("Aerospace Forces", "Border Guard Service") is a sector of its country."""
    if kb.org_of(ent.text) is not None or kb.metonym(ent.text) is not None:
        return False
    if kb.lookup(ent.text):
        return False
    hit = agent_at(kb, doc, ent.root)
    if hit is None:
        return False
    # "the Southern African Development Community": a one-word role noun for no
    # state institution after a proper name of its own is a body we do not know,
    # not a sector of a country ("the Kurdistan Regional Government" is one)
    named = [t for t in ent if t.i < ent.root.i and t.text[:1].isupper()
             and t.lower_ != "the" and kb.country_of(t.text) is None]
    return not (len(hit[1].split()) == 1 and len(named) >= 2
                and hit[0].sector not in STATE_SECTORS)


def _select(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping phrases: "Armenian Prime Minister Nikol
    Pashinyan" wins over "Armenian"; ties go to the earlier phrase."""
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        span = set(range(c.start, c.end))
        if span & taken:
            continue
        taken |= span
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def modifier_country(doc: Doc, cand: Candidate, kb: KnowledgeBase,
                     skip: Span | None) -> str | None:
    """ISO3 from a demonym, country name or "of X" inside the phrase."""
    if cand.of_ent is not None:
        iso3 = kb.country_of(cand.of_ent.text) or _group_country(cand.of_ent, kb)
        if iso3:
            return iso3
    whole = _multiword_country(doc, cand, kb, skip)
    if whole is not None:
        return whole
    for tok in doc[cand.start: cand.end]:
        if skip is not None and skip.start <= tok.i < skip.end:
            continue
        if cand.of_ent is not None and tok.i >= cand.of_ent.start:
            continue
        if tok.i == cand.head or tok.pos_ not in {"ADJ", "PROPN", "NOUN"} or stance_of(tok):
            continue
        metonym = kb.metonym(tok.text) if tok.text[:1].isupper() else None
        if metonym is not None and metonym.kind == "government":
            return metonym.target  # "Kremlin spokesman Dmitry Peskov"
        if tok.ent_type_ == "ORG":  # "Hamas fighters", "Houthi rebels"
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            iso3 = _group_country(ent, kb) if ent is not None else None
            if iso3:
                return iso3
        if tok.ent_type_ and tok.ent_type_ not in {"GPE", "NORP", "LOC"}:
            continue
        iso3 = kb.state_code(tok.text) if tok.text[:1].isupper() else kb.country_of(tok.text)
        if iso3 and (tok.ent_type_ or tok.text[:1].isupper()):
            return iso3
        if tok.ent_type_ in {"GPE", "LOC"}:  # "Kosovo police", "Gaza health ministry"
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            place = kb.place(ent.text) if ent is not None else None
            if place is not None and place.iso3:
                return place.iso3
    return None


# "anti-Chinese", "pro-Russian": a stance towards a country, not a party of it.
STANCE_PREFIXES = frozenset({"anti", "pro"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def stance_of(tok: Token) -> bool:
    """``tok`` follows "anti-" or "pro-" ("anti-China forces" are not China's)."""
    doc, i = tok.doc, tok.i
    if i >= 1 and doc[i - 1].lower_[-1:] in HYPHENS \
            and doc[i - 1].lower_[:-1] in STANCE_PREFIXES:
        return True
    return i >= 2 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ in STANCE_PREFIXES


def _group_country(ent: Span, kb: KnowledgeBase) -> str | None:
    """The country of a named group ("the Wagner Group" is Russian)."""
    name = ent.text.replace("\u2019", "'").removesuffix("'s")
    if name.lower().startswith("the "):
        name = name[4:]
    group = kb.named_actor(name)
    return group.country if group is not None else None


def _multiword_country(doc: Doc, cand: Candidate, kb: KnowledgeBase,
                       skip: Span | None) -> str | None:
    """"North Korean leader", "Sri Lankan President", "A British Columbia court": a
    demonym or place of two or three capitalised words, which no single word of it
    gives (or gives wrongly: "Korean" alone is South Korea, "British" is Britain).
    The words are read as written, since the tagger often splits such names."""
    usable = [t for t in doc[cand.start: cand.end]
              if t.i != cand.head and t.text[:1].isupper()
              and not (skip is not None and skip.start <= t.i < skip.end)
              and not (cand.of_ent is not None and t.i >= cand.of_ent.start)]
    for n in (3, 2):
        for i in range(len(usable) - n + 1):
            words = usable[i: i + n]
            if words[-1].i - words[0].i != n - 1:
                continue  # not adjacent
            text = doc[words[0].i: words[-1].i + 1].text
            metonym = kb.metonym(text)  # "White House press secretary Karine Jean-Pierre"
            if metonym is not None and metonym.kind == "government":
                return metonym.target
            iso3 = kb.state_code(text) or kb.country_of(text)
            if iso3:
                return iso3
    return None


def regional_modifier(doc: Doc, cand: Candidate, regions: Mapping[str, str | None]
                      ) -> list[str | None] | None:
    """The region organisations of the regional adjectives a plural role noun
    has ("Southeast Asian foreign ministers" -> [ASEAN], "Arab and European
    leaders" -> [ARL, EU], "Latin American governments" -> [None]); None when
    any capitalised modifier is no region ("Pacific Islands Forum leaders"). A
    singular "the Pacific kingdom" is one state, not a region."""
    head = doc[cand.head]
    if head.tag_ not in {"NNS", "NNPS"} or cand.of_ent is not None:
        return None
    runs: list[list[Token]] = []
    for tok in doc[cand.start: cand.head]:
        if not tok.text[:1].isupper() or tok.dep_ == "det":
            continue
        if runs and runs[-1][-1].i == tok.i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    phrases = [" ".join(t.lower_ for t in run) for run in runs]
    if not phrases or any(p not in regions for p in phrases):
        return None
    return [regions[p] for p in phrases]


def modifier_org(doc: Doc, cand: Candidate, kb: KnowledgeBase) -> str | None:
    """IGO key of an organisation named inside the phrase ("the ICC prosecutor"),
    or by modifier words the tagger leaves unnamed ("euro zone leaders")."""
    span = doc[cand.start: cand.head]
    # Span.ents scans every entity of the document: look only when one is here
    for ent in span.ents if any(t.ent_type_ == "ORG" for t in span) else ():
        if ent.label_ == "ORG":
            key = kb.org_of(ent.text)
            if key:
                return key
    for tok in span:
        # "The AU Peace and Security Council": an acronym the tagger left unnamed
        # still says whose body it is
        if not tok.ent_type_ and len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha:
            key = kb.org_of(tok.text)
            if key:
                return key
    words = [t for t in span if t.dep_ == "compound"]
    if words and not any(t.ent_type_ for t in words):
        for last in range(len(words), 0, -1):  # "Eurozone finance ministers"
            key = kb.org_of(doc[words[0].i: words[last - 1].i + 1].text)
            if key:
                return key
    return None


def located_in(doc: Doc, end: int) -> Span | None:
    """The place entity of an "in X" or "from X" right after a phrase ("police in
    Tbilisi", "children from Ukraine")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"in", "from"}:
        return None
    start = end + 1
    while start < min(len(doc), end + 3) and doc[start].pos_ in ("DET", "ADJ") \
            and not doc[start].ent_type_:
        start += 1  # "villages in northeastern Thailand"
    ent = next((e for e in doc.ents if e.start == start), None)
    return ent if ent is not None and ent.label_ in {"GPE", "LOC"} else None


def possessor(doc: Doc, head: Token) -> Token | None:
    return next((c for c in head.lefts if c.dep_ == "poss"), None)


def name_at(token: Token) -> str:
    """The whole name a token is part of: "Faso" alone names no country."""
    if token.ent_type_:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent.text
    return token.text
