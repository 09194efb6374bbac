"""Acts the article told before, named again or repeated by another party.

"Iraq hosted the talks", "the court issued the warrant": a definite act noun
names an act told earlier, which lends the parties this sentence leaves out
(``RECALL``). "The agreement was reached last week": a settlement with no doer
is between the sides told before. "Han also attended the ceremony": "also"
repeats the last act of its kind by another party, aimed where that one was
(``ALSO``). These run over the article's candidates in order, after all
sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Token

from eventwire.events import syntax
from eventwire.events.mentions import same_actor
from eventwire.model import Actor, EventCandidate

# What an agreement is called.
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "declaration",
                             "settlement", "truce", "ceasefire"})


def definite(noun: Token) -> bool:
    """"the decision", "this move", "Monday's vote": an act already told."""
    return any(d.dep_ == "det" and d.lower_ in ("the", "this", "that")
               or d.dep_ == "poss" for d in noun.children)


# Rule suffix of a candidate whose act, named by a definite noun ("the warrant",
# "hosted the talks"), was told earlier with the party it lacks.
RECALL = ".recall"
# Act nouns a verb phrase may take as its object and refer back with ("hosted
# the talks", "issued the warrant"): an event noun of its own.
RECALLED_NOUNS = frozenset({
    "talk", "talks", "meeting", "visit", "summit", "trip", "negotiation", "negotiations",
    "consultation", "consultations", "warrant", "sanction", "sanctions", "conference"})
# Modifiers that make a definite act a new one ("the first meeting", "the next round").
NEW_ACT = frozenset({"first", "second", "third", "next", "new", "upcoming", "another", "last",
                     "latest", "final"})
# Acts that have no direction: a meeting's host met its guest, and the guest the host.
MUTUAL_ROOTS = frozenset({"04"})
# Hosting and mediating (CAMEO 043, 045): the host is no side of the talks.
HOSTING = ("043", "045")
# What talks end in: their sides are the talks' (an agreement, a ceasefire).
SETTLING = ("057", "0871")
# Going somewhere (CAMEO 042): a visit, attending a summit.
VISITS = "042"


def definite_act(trigger: Token) -> bool:
    """"the warrant", "the talks", "hosted the talks": a definite event noun (the
    trigger, or the act noun a verb takes as its object) names an act already
    told. Not one with a possessor ("Putin's visit": it says whose), a new one
    ("the first meeting of a new council") or one only named ("called the
    meeting a victory")."""
    if trigger.pos_ == "NOUN":
        noun = trigger
    else:
        objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in RECALLED_NOUNS]
        if not objs:
            return False
        if any(c.dep_ == "oprd" for c in trigger.children):
            return False
        noun = objs[0]
    dets = [d for d in noun.children if d.dep_ == "det"]
    return bool(dets) and all(d.lower_ in ("the", "this", "that") for d in dets) \
        and not any(c.dep_ == "poss" or c.dep_ == "amod" and c.lower_ in NEW_ACT
                    for c in noun.children)


def nameless_settlement(trigger: Token, code: str) -> bool:
    """"The agreement was reached last week", "the truce was signed on Monday":
    a settlement told in the passive with no "by", of a definite agreement noun
    (not "a deal was signed", a new one, nor "their deal", whose owners say
    whose)."""
    if trigger.pos_ != "VERB" or not code.startswith(SETTLING) \
            or not syntax.is_passive(trigger) or syntax.prep_objects(trigger, "by"):
        return False
    nouns = [c for c in trigger.children if c.dep_ == "nsubjpass"]
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
        nouns.append(trigger.head)  # "the agreement, signed in Bridgetown on Tuesday"
    return any(n.lemma_.lower() in AGREEMENT_NOUNS and definite(n)
               and not any(c.dep_ == "poss" for c in n.children) for n in nouns)


def _settled_sides(cand: EventCandidate, earlier: list[EventCandidate]) -> list[Actor]:
    """The two sides of the settlement an agentless "the agreement was reached"
    names again: those of the last deal, truce, talks or agreeing told before
    it, or the two a mediator dealt with ("under a deal brokered by Egypt")."""
    for c in reversed(earlier):
        if c.trigger_start >= cand.trigger_start or c.source is None or c.target is None:
            continue
        if c.code.startswith(HOSTING):
            sides = {t.party: t for d in earlier if d.trigger_start == c.trigger_start
                     and d.code == c.code and d.target is not None
                     for t in [d.target]}
            if len(sides) == 2:
                return list(sides.values())
            continue
        if c.code.startswith((*SETTLING, "046", "03")) and c.source.party != c.target.party:
            return [c.source, c.target]
    return []


def recall_parties(found: list[EventCandidate]) -> list[EventCandidate]:
    """A definite act with its source but no target (``RECALL``) takes the target
    of the last act of the same kind (code root) its source did earlier in the
    article. Of a mutual act (talks, meetings) it takes the other side of the
    last such act, or agreement, its source took part in, or, for a third party
    that hosts or brokers it, both sides ("Iran and Saudi Arabia held talks ...
    Wang Yi hosted the talks"). A dyad the article already codes for that kind
    is the same act told again, not a new one; with no party found the
    candidate is dropped."""
    out: list[EventCandidate] = []
    for cand in found:
        if not cand.rule.endswith(RECALL):
            out.append(cand)
            continue
        rule = cand.rule[:-len(RECALL)]
        told = {(c.source.party, c.target.party) for c in found
                if c.code[:2] == cand.code[:2] and c.source is not None and c.target is not None}
        if cand.source is None and cand.target is None:
            # "the agreement was reached": each side with the other, unless coded
            sides = _settled_sides(cand, out)
            settled = {(c.source.party, c.target.party) for c in found
                       if c.code.startswith(SETTLING) and c.source is not None
                       and c.target is not None}
            out += [replace(cand, source=a, target=b, rule=rule) for a in sides for b in sides
                    if a is not b and (a.party, b.party) not in settled]
            continue
        if cand.source is None:
            continue
        for other in _recalled(cand, out):
            if (cand.source.party, other.party) not in told:  # the same act, coded already
                out.append(replace(cand, target=other, rule=rule))
    return out


def _recalled(cand: EventCandidate, earlier: list[EventCandidate]) -> list[Actor]:
    """The parties ``cand`` lacks, from the last act of its kind told before it."""
    if cand.source is None:
        return []
    party = cand.source.party
    mutual = cand.code[:2] in MUTUAL_ROOTS
    # going to a summit ("attended the summit") is no side of what was met or agreed
    settled = mutual and not cand.code.startswith(VISITS)
    # only a host or broker deals with both sides: "the meeting" of one who is
    # neither side is a misread party, not a third one
    hosting = cand.code.startswith(HOSTING)
    for c in reversed(earlier):
        if not (c.code[:2] == cand.code[:2] or settled and c.code.startswith(SETTLING)) \
                or c.source is None or c.target is None \
                or c.trigger_start >= cand.trigger_start:
            continue
        if c.source.party == c.target.party:  # talks within a country ("the government
            # and Tigray forces"): their host dealt with that country
            if hosting and party != c.source.party and not c.code.startswith(HOSTING):
                return [c.source]
            continue
        if c.source.party == party:
            return [c.target]
        if mutual and c.code.startswith(HOSTING):
            continue  # the host is no side of the talks it hosted
        if mutual and c.target.party == party:
            return [c.source]
        if hosting:
            return [c.source, c.target]
    return []


# Rule suffix of a candidate whose "also" says it repeats an act told just before.
ALSO = ".also"
# Adverbs that make an act a second party's doing of the one just told.
ALSO_WORDS = frozenset({"also", "too", "likewise", "similarly"})


def says_also(trigger: Token) -> bool:
    """"The EU also called for an inquiry": the act is told as one more of the
    kind just reported."""
    return any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in trigger.children)


def _same_kind(told: str, code: str) -> bool:
    """Acts of one kind for "also": the same root, and for going somewhere
    (042) a visit too: "X held talks with Harris. Han also attended the
    ceremony" does not go to Harris."""
    if code.startswith(VISITS) or told.startswith(VISITS):
        return told[:3] == code[:3]
    return told[:2] == code[:2]


def echo_targets(found: list[EventCandidate], sentence_starts: list[int]
                 ) -> list[EventCandidate]:
    """A candidate with ``ALSO`` and no target is aimed where the last act of its
    kind (code root) by another party, in its own sentence or the one before,
    was: "Bachelet urged the authorities to show restraint. The EU also called
    for an inquiry" (at the same authorities), each of them when that act had
    several. Dropped when there is none."""
    def sentence_of(cand: EventCandidate) -> int:
        return bisect_right(sentence_starts, cand.sentence_start) - 1

    out: list[EventCandidate] = []
    for cand in found:
        if not cand.rule.endswith(ALSO):
            out.append(cand)
            continue
        here = sentence_of(cand)
        earlier = [c for c in out if _same_kind(c.code, cand.code) and c.target is not None
                   and c.source is not None and not same_actor(c.source, cand.source)
                   and here - sentence_of(c) <= 1 and c.trigger_start < cand.trigger_start]
        last = [c for c in earlier if c.trigger_start == earlier[-1].trigger_start] \
            if earlier else []
        for target in dict.fromkeys(c.target for c in last if c.target is not None):
            # "urged both countries ... The EU also called for restraint": both
            if not same_actor(target, cand.source):
                out.append(replace(cand, target=target, rule=cand.rule[:-len(ALSO)]))
    return out

