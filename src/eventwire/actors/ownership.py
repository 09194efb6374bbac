"""Who owns a role noun or an official the text gives no country of.

"protesters", "police", "Vice Foreign Minister Le Yucheng": the phrase names a
sector or an office but not whose. The article around it says: the place the
crowd acts in, the country named earlier in the sentence or just before, the
dateline. These guesses are kept apart from the resolver because they are the
part most likely to be wrong, and each one says why it chose what it did.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventwire.actors.coref import IGO_KINDS
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.memory import PRONOUN_REACH, Memory, reach_start
from eventwire.actors.phrases import name_at
from eventwire.model import STATE_KINDS, Actor

# Unowned role nouns that are most likely where the story is filed from.
LOCAL_SECTORS = {"OPP", "CVL", "COP", "AGR", "LAB", "EDU", "HLH", "BUS", "REL", "CRM", "MED"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across"}
# Parts of a town a crowd fills: "took to the streets of Tashkent".
SCENE_NOUNS = frozenset({"street", "square", "centre", "center", "outskirts", "heart",
                         "downtown", "avenue", "road"})
# Buildings of a foreign state: whoever storms or guards one is not its owner.
MISSION_NOUNS = {"embassy", "consulate", "mission", "legation"}
# Heads that only count the people an "of" names: "thousands of Cubans", "tens of
# thousands of Palestinians", "crowds of students" ("a group of", "the Lima Group
# of governments" name a body of their own).
COUNT_NOUNS = frozenset({"thousand", "hundred", "dozen", "ten", "score", "million",
                         "crowd"})
# Clauses inside a clause: their places are not where the outer subject acts.
NESTED_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}


def counts_people(token: Token) -> bool:
    """A lower-case count ("thousands", "crowds", "100") whose "of" names who."""
    return (token.lemma_.lower() in COUNT_NOUNS and token.pos_ == "NOUN") \
        or (token.tag_ == "CD" and token.pos_ == "NUM")


def counting_head(token: Token) -> Token:
    """The count a noun is counted by ("thousands of *protesters*" -> thousands):
    the word that stands in the clause for them."""
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i \
            and counts_people(of.head):
        return of.head
    return token


def clause_tokens(head: Token) -> list[Token]:
    """The tokens of the clause a subject ``head`` acts in, without the clauses
    nested in it (what someone said, why, who else): its verb and the verb's
    coordinated verbs ("stormed the embassy and set it on fire")."""
    head = counting_head(head)
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    found: list[Token] = []
    stack = [head.head]
    while stack:
        tok = stack.pop()
        found.append(tok)
        stack.extend(c for c in tok.children
                     if c.i != head.i and c.dep_ not in NESTED_CLAUSE_DEPS)
    return found


def place_country(name: str, kb: KnowledgeBase, on: date | None) -> str | None:
    iso3 = kb.state_code(name, on)
    place = kb.place(name) if iso3 is None else None
    return place.iso3 if place is not None else iso3


def scene_country(head: Token, kb: KnowledgeBase, on: date | None) -> str | None:
    """The country of the place a crowd's own clause happens in: "protesters stormed
    the Swedish embassy in Baghdad" are Iraq's, whichever country the sentence
    named before them. Crowds and police are where they act."""
    for tok in sorted(clause_tokens(head), key=lambda t: t.i):
        if tok.dep_ == "pobj" and _locative(tok.head) and tok.ent_type_ in {"GPE", "LOC"}:
            iso3 = place_country(name_at(tok), kb, on)
            if iso3 is not None:
                return iso3
    return None


def _locative(prep: Token) -> bool:
    """"in Baghdad", and "the streets of Tashkent": a place's own "of"."""
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in SCENE_NOUNS


def missions_acted_on(head: Token, kb: KnowledgeBase) -> set[str]:
    """Countries whose embassy or consulate a subject's clause acts on ("stormed the
    Swedish embassy"): a crowd at a foreign mission is not that country's own."""
    found: set[str] = set()
    for tok in clause_tokens(head):
        if tok.lemma_.lower() not in MISSION_NOUNS:
            continue
        for mod in tok.children:
            if mod.dep_ in {"amod", "compound", "poss"} and mod.text[:1].isupper():
                iso3 = kb.country_of(name_at(mod).removesuffix("'s"))
                if iso3 is not None:
                    found.add(iso3)
    return found


# Verbs by which one party asks another to act: a state urges another state's
# "authorities" or "junta", not its own (it orders or instructs its own); its
# own people and protesters it does urge ("urged protesters to go home").
APPEALING_VERBS = frozenset({"urge", "press", "implore", "exhort", "appeal", "call"})
RULING_SECTORS = frozenset({"GOV", "MIL"})


def appealed_by(head: Token, memory: Memory) -> set[str]:
    """The country of a state or office holder that urges the role noun to act
    ("Obama urged the authorities to end the violence", "called on the junta to
    free her"): the role noun is another country's."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "on" and verb.dep_ == "prep":
        verb = verb.head
    elif head.dep_ != "dobj":
        return set()
    if verb.lemma_.lower() not in APPEALING_VERBS:
        return set()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return set()
    span = range(subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    return {actor.country for i, _, actor in memory.owners
            if i in span and actor.country and (actor.kind in STATE_KINDS or (
                actor.kind == "person" and (actor.code or "").endswith("GOV")))}


def context_owner(head: Token, memory: Memory, sector: str | None = None,
                   foreign: set[str] | frozenset[str] = frozenset(),
                   home_first: bool = False) -> Actor | None:
    """The last country named in this sentence or the one before ("protesters" in a
    story about Georgia): the best guess for the owner of a role noun with no
    modifier. For crowds, police and farmers (``LOCAL_SECTORS``) the dateline's
    country comes before the sentence before: they are where the reporter is,
    while that sentence may be about a visitor; an official is more often the
    previous sentence's ("Beijing protested. Vice Foreign Minister Le said ...").
    Judges and prosecutors next to a court in the sentence are the court's. No
    country in ``foreign`` (whose mission the role noun acts on, or whom an official
    deals with) is its owner; ``home_first`` puts the dateline's country before the
    sentence before for others than crowds."""
    first = reach_start(head, PRONOUN_REACH)
    local = sector in LOCAL_SECTORS
    if sector is not None and fronted_aside(head):
        # "Speaking to troops at the range, Putin said": those the opening clause
        # addresses are its subject's own (not yet read), never a country named
        # in the sentence before
        return None
    # An official is not owned by the city someone spoke in ("Blinken, speaking in
    # Wellington, called for the president's release").
    def owns(actor: Actor) -> bool:
        return bool(actor.country) and actor.country not in foreign and (
            local or actor.kind not in {"place", "region"})

    for i, sent, actor in reversed(memory.owners):
        if i >= head.i or sent != head.sent.start:
            continue
        if owns(actor):
            return actor
        if sector == "JUD" and actor.org in IGO_KINDS["court"]:
            return actor
    topic = memory.topic
    if local and memory.home is not None and topic is not None \
            and topic.country not in (memory.home.country, *foreign):
        # filed from one country about another ("BANDAR SERI BEGAWAN - ... Myanmar's
        # junta ... Security forces have killed"): the crowds and police are the
        # other country's
        return topic
    if (local or home_first) and memory.home is not None \
            and memory.home.country not in foreign:
        return memory.home
    for i, sent, actor in reversed(memory.owners):
        if i < head.i and first <= sent < head.sent.start and owns(actor):
            return actor
    return memory.home if memory.home is None or owns(memory.home) else None


def fronted_aside(head: Token) -> bool:
    """``head`` is the object of a participle opening its sentence, before the
    subject it shares ("*Speaking to troops*, Putin said", "Addressing soldiers
    in the east, the president ...")."""
    verb = head.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.dep_ in {"prep", "pobj"}:
        verb = verb.head
    return verb.pos_ == "VERB" and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
        and verb.i == verb.sent.start and verb.head.i > head.i


def official_country(head: Token, ent: Span, memory: Memory, kb: KnowledgeBase
                      ) -> str | None:
    """The country of a titled official the knowledge base does not know and the
    text gives no country ("Justice Minister Bojan Bozovic approved the U.S.
    request"): one named before him in his sentence, else a state that was the
    subject of the sentence before ("Beijing protested. Vice Foreign Minister Le
    said ..."), else the dateline's, else the sentence before's. A country his own
    sentence names after him is whom he deals with, never his own ("Vice Foreign
    Minister Le Yucheng summoned Canada's ambassador" in an Ottawa story is not
    Canadian)."""
    foreign = countries_after(ent, kb)
    first = reach_start(head, PRONOUN_REACH)
    named_here = any(s == head.sent.start and i < head.i and a.country
                     for i, s, a in memory.owners)
    for state, subject, sent in reversed(memory.states):
        # a named state or capital, not a role noun ("the U.S. Attorney's office")
        if not named_here and subject and state.role is None \
                and first <= sent < head.sent.start and state.country not in foreign:
            return state.country
    owner = context_owner(head, memory, None, foreign, home_first=True)
    return owner.country if owner else None


def countries_after(ent: Span, kb: KnowledgeBase) -> set[str]:
    """Countries named (by name, demonym or capital) in the rest of ``ent``'s sentence."""
    sent = ent.sent
    found: set[str] = set()
    for other in ent.doc.ents:
        if ent.end <= other.start < sent.end and other.label_ in {"GPE", "NORP"}:
            iso3 = kb.country_of(other.text.replace("\u2019", "'").removesuffix("'s"))
            if iso3 is not None:
                found.add(iso3)
    return found
