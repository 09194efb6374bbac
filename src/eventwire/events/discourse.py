"""What the rest of the article supplies to a sentence's events.

Some events name a party only implicitly: an agentless passive continues an act
reported just before it, and a denial answers whoever made the accusation.
These run over the article's candidates in order, after all sentences. Acts
named again by a definite noun ("hosted the talks") and acts repeated with
"also" are in recall.py; what a reaction's object names, and whose act that is
when its words say, in authors.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Token

from eventwire.events import syntax
from eventwire.events.authors import (
    DECISION_NOUNS,
    REACTION_OBJECTS,
    called_doers,
    named_author,
    object_lemma,
    object_token,
)
from eventwire.events.claims import VICTIM_CLAIM
from eventwire.events.counterparts import SUFFIX as COUNTERPART
from eventwire.events.counterparts import wants_author
from eventwire.events.mentions import MentionIndex, actors_of, coded, home_state, same_actor
from eventwire.events.patterns import Pattern
from eventwire.events.recall import AGREEMENT_NOUNS, RECALL, definite
from eventwire.model import Actor, EventCandidate

# What a denial answers: accusations, threats and hostile acts.
ANSWERED_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19"})


# Coercion that is a state's own when its doer is unsaid: an arrest or a beating
# happens at the hands of the state where it happens (deportations are done by
# the state people are sent from, and say so).
WHERE_DONE_ROOTS = frozenset({"17"})
NOT_WHERE_DONE = frozenset({"174"})
# A release with no doer frees home's own people at home's hands ("five political
# prisoners were freed" in a Caracas story); its place says nothing (hostages are
# freed wherever their captors held them).
HOME_DONE = ("0841",)


def act_kind(code: str) -> str:
    """What counts as the same kind of act when a passive continues one told
    before: the code root, but a release is no easing of sanctions."""
    return code[:3] if code.startswith("08") else code[:2]


def borrow_agents(found: list[EventCandidate], sentence_starts: list[int],
                  home: Actor | None = None,
                  place_countries: Mapping[str, str] | None = None) -> list[EventCandidate]:
    """An agentless passive ("66 people were detained", "sanctions were also
    imposed on 78 individuals") continues the last act of the same kind in its
    own or the previous sentence: that act's source is its agent. With none, an
    arrest is the act of the state where it happened: the one its clause places
    it in ("were arrested at Bamako airport"; ``place_countries`` maps place
    names to countries), else, for the people of the country the story is filed
    from (``home``), that country's ("more than 100 people were detained" in a
    Havana story, "port officials were placed under house arrest" in a Beirut
    one). Dropped otherwise."""
    def sentence_of(cand: EventCandidate) -> int:
        return bisect_right(sentence_starts, cand.sentence_start) - 1

    out: list[EventCandidate] = []
    for cand in found:
        if cand.source is not None or cand.rule.endswith(RECALL):
            out.append(cand)
            continue
        here = sentence_of(cand)
        earlier = [c for c in out if act_kind(c.code) == act_kind(cand.code)
                   and c.source is not None
                   and here - sentence_of(c) <= 1 and c.trigger_start < cand.trigger_start]
        if earlier and not same_actor(earlier[-1].source, cand.target):
            out.append(replace(cand, source=earlier[-1].source))
        elif not earlier:
            state = holder(cand, out) or where_done(cand, home, place_countries or {})
            if state is not None:
                out.append(replace(cand, source=state))
            elif wants_author(cand.code):  # the target's counterpart, if clear
                out.append(replace(cand, rule=cand.rule + COUNTERPART))
    return out


def holder(cand: EventCandidate, earlier: list[EventCandidate]) -> Actor | None:
    """Who frees people with no doer named: whoever the article said held,
    arrested, sentenced or freed that party before ("the soldiers were arrested
    at Bamako airport ... three of them had been released in September")."""
    if not cand.code.startswith(HOME_DONE) or cand.target is None:
        return None
    held = [c.source for c in earlier
            if (c.code.startswith(HOME_DONE) or c.code[:2] in WHERE_DONE_ROOTS)
            and c.source is not None and c.target is not None
            and c.target.party == cand.target.party and c.trigger_start < cand.trigger_start]
    return held[-1] if held else None


def where_done(cand: EventCandidate, home: Actor | None, place_countries: Mapping[str, str]
               ) -> Actor | None:
    """The state an agentless arrest is done by: the one country its clause
    places it in, else ``home`` for home's own people or officials (not the
    state itself, nor foreigners: "two Americans were detained" says not by
    whom)."""
    target = cand.target
    home_done = cand.code.startswith(HOME_DONE)
    if target is None or target.kind == "state" or cand.code in NOT_WHERE_DONE \
            or not (cand.code[:2] in WHERE_DONE_ROOTS or home_done):
        return None
    where = set() if home_done else \
        {place_countries[p] for p in cand.places if p in place_countries}
    if len(where) == 1:
        country = where.pop()
        return Actor(text=country, actor_id=f"state:{country}", code=country,
                     country=country, kind="state")
    if not where and home is not None and target.country is not None \
            and target.country == home.country:
        return home_state(target)
    return None


# Reactions that, answering no act found in the article, are aimed at the one
# the story is about: criticism (a denial needs an accuser, a threat a clear aim).
PROTAGONIST_ROOTS = frozenset({"11"})
# Threats that answer no act told against their source answer the party the
# source last accused or condemned.
THREAT_ROOTS = frozenset({"13"})
BLAME_ROOTS = frozenset({"11", "12"})
# ... but a bare warning is as often a forecast ("warned that millions would
# go hungry") as a threat: it answers only an act told.
FORECAST_VERBS = frozenset({"warn"})
# ... when what is criticised is the kind of thing the protagonist does ("the
# move", "the launch"), or nothing is named ("voiced concern"); "the attack" or
# "the pact" may be anyone's.
PROTAGONIST_OBJECTS = frozenset({
    "move", "decision", "step", "launch", "test", "action", "measure", "law", "vote",
    "remark", "statement", "comment", "provocation", "drill", "exercise", "plan", "policy",
    "it", "this", "that", "concern", "alarm"})


def protagonist(doc: Doc, index: MentionIndex) -> Actor | None:
    """The party the story is about: the coded subject of the lead sentence's
    main verb ("SEOUL - North Korea fired a new missile ...")."""
    # the dateline ("SEOUL, Nov 29 (Wire) -") is a sentence of its own
    lead = next((s for s in islice(doc.sents, 3) if s.root.pos_ in ("VERB", "AUX")), None)
    if lead is None:
        return None
    subject = syntax.grammatical_subject(lead.root)
    found = coded(actors_of([subject], index)) if subject is not None else []
    return found[0].actor if len(found) == 1 else None


# Praise and criticism of an agreement (not its mediation) concern every side of it.
STANCE_ROOTS = frozenset({"05", "11", "12"})
# Mediation (CAMEO 045): what it answers has two sides, both mediated between.
MEDIATING = "045"
MEDIATED = ("03", "046", "057", "0871", "084")


# What is only said: "troubled by the vote" reacts to no demand or criticism.
SPOKEN_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# ... nor thanks, praise, verbal support, an apology or the call they were said
# on ("Zelenskiy thanked Scholz by telephone ... Russia called the decision
# dangerous": Germany's decision).
SPOKEN_CODES = ("041", "051", "052", "053", "055", "056")


def _spoken(code: str) -> bool:
    """Only said, so no decision a reaction could be to."""
    return code[:2] in SPOKEN_ROOTS or code.startswith(SPOKEN_CODES)


# Seizures of power are no CAMEO event of their own; a reaction to one is aimed at
# the country where it happened (the story's dateline country).
SEIZURE_NOUNS = frozenset({"coup", "putsch", "takeover", "seizure", "junta", "mutiny"})


def answer_accusers(found: list[EventCandidate],
                    answering: Mapping[str, tuple[tuple[str, ...], bool]],
                    doc: Doc | None = None, home: Actor | None = None,
                    index: MentionIndex | None = None) -> list[EventCandidate]:
    """A denial or condemnation that names nobody ("Iran denied the
    allegations", "Minsk condemned the sanctions") answers the last act of the
    kind its pattern lists (``answer``: roots, default ANSWERED_ROOTS) done to
    its source earlier in the article by another party; that party is the
    target. With the parse, the reaction's object narrows the kind
    (``REACTION_OBJECTS``). A criticism of no act found answers the story's
    ``protagonist`` (the lead's subject: "North Korea fired
    a missile ... Abe called the launch a violent act"); anything else that
    answers nothing is dropped."""
    lead = protagonist(doc, index) if doc is not None and index is not None else None
    out: list[EventCandidate] = []
    for cand in found:
        if cand.target is not None or cand.rule not in answering:
            out.append(cand)
            continue
        party = cand.source.party if cand.source else None
        obj = object_token(cand, doc)  # what the reaction is to, read once
        lemma = object_lemma(obj)
        if home is not None and home.party != party and lemma in SEIZURE_NOUNS:
            out.append(replace(cand, target=home))  # "condemned the coup"
            continue
        mediated = _mediated_act(cand, doc, found)
        if mediated is not None:
            # "talks mediated by Erdogan": the sides of those talks, or nobody
            out += [replace(cand, target=a) for a in mediated
                    if a.party not in (None, party)]
            continue
        authors = named_author(cand, obj, index) or called_doers(cand, doc, index)
        if authors:  # "condemned the test"
            out += [replace(cand, target=a) for a in
                    {a.party: a for a in authors}.values()]
            continue
        if lemma in DECISION_NOUNS and lead is not None and lead.party != party and any(
                c.source is not None and c.source.party == lead.party
                and not _spoken(c.code) and c.trigger_start < cand.trigger_start
                for c in out):
            # "called the decision extremely dangerous", no decision told in other
            # words: the one the story leads with ("Germany will send tanks ...")
            out.append(replace(cand, target=lead))
            continue
        roots, done_to_me = (REACTION_OBJECTS.get(lemma) if lemma else None) \
            or answering[cand.rule]
        agreement = cand.code[:2] in STANCE_ROOTS and lemma in AGREEMENT_NOUNS
        # an act only its target alleges ("China said Philippine boats intruded")
        # is that party's accusation, not the act others react to
        alleged = {c.trigger_start for c in out if c.rule.endswith(VICTIM_CLAIM)}
        # an act the reacting party did together with others, to the same target
        # ("the US, Canada and Britain imposed sanctions in response to what they
        # called a sham election"), is no act of its co-authors it reacts to; the
        # other side of a clash it fought is
        joined = {(c.trigger_start, c.target.party) for c in out
                  if c.source is not None and c.source.party == party
                  and c.target is not None}
        earlier = [c for c in out if c.target is not None and c.source is not None
                   and not (c.status == "reported" and c.trigger_start in alleged)
                   and (c.trigger_start, c.target.party) not in joined
                   and c.source.party != party and c.code.startswith(roots)
                   and (c.target.party == party or not done_to_me)
                   and not (lemma in DECISION_NOUNS and _spoken(c.code))
                   and not (agreement and not c.code.startswith(AGREEING_CODES))
                   and c.trigger_start < cand.trigger_start]
        if not earlier and lead is not None and lead.party != party \
                and cand.code[:2] in PROTAGONIST_ROOTS \
                and lemma in (None, *PROTAGONIST_OBJECTS):
            out.append(replace(cand, target=lead))
            continue
        blamed = _last_blamed(cand, out, doc) if not earlier else None
        if blamed is not None:
            # "Moscow blamed Kyiv for the blast, and Putin promised a response"
            out.append(replace(cand, target=blamed))
            continue
        if not earlier and agreement:
            # an agreement within one country ("the government and the
            # opposition agreed on election rules") is no event of its own, but
            # praise of it is aimed at that country
            agreed = _agreed_by(obj, index, party)
            if agreed:
                out += [replace(cand, target=a) for a in agreed]
                continue
        if earlier and earlier[-1].source is not None:
            # every party of that act: "the US, Britain and France launched strikes
            # ... Putin condemned the attack" answers all three; an agreement has
            # both sides as parties ("agreed to hand back villages to Azerbaijan ...
            # the US welcomed the agreement")
            last = earlier[-1]
            # a mediator, like praise of "the agreement", deals with both sides of
            # a deal, truce, talks or exchange ("freed by Israel under a deal
            # brokered by Egypt"), not of one side's phone call
            both = agreement or cand.code.startswith(MEDIATING) \
                and last.code.startswith(MEDIATED)
            doers = [a for c in earlier if c.trigger_start == last.trigger_start
                     and c.code == last.code and c.source is not None
                     for a in ([c.source, c.target] if both and c.target is not None
                               and c.target.party != party else [c.source])]
            seen: set[str | None] = set()
            for doer in doers:
                if doer.party not in seen:
                    seen.add(doer.party)
                    out.append(replace(cand, target=doer))
    return out


# What "the deal" praised or criticised may be: a promise, the talks that made
# it, a signed accord, a ceasefire; not a concession or a sanction told beside it
# ("eased sanctions a day after the government and the opposition agreed").
AGREEING_CODES = ("03", "04", "057", "0871")
# Verbs whose subject makes an agreement ("agreed on", "signed", "reached a deal").
AGREEING_VERBS = frozenset({"agree", "sign", "reach", "conclude", "seal", "ink", "strike"})


def _agreed_by(obj: Token | None, index: MentionIndex | None, party: str | None
               ) -> list[Actor]:
    """The one country whose sides made the agreement a definite noun names,
    from the last verb of agreeing before it ("the government and the opposition
    agreed in Barbados ... Blinken welcomed the deal": Venezuela), when its
    subject names several sides, all of that country and not the one reacting
    (one side's "agreed to free prisoners" is half of a deal told elsewhere)."""
    if obj is None or index is None or not definite(obj):
        return []
    for tok in reversed(obj.doc[:obj.i]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in AGREEING_VERBS \
                or any(c.dep_ == "neg" for c in tok.children):
            continue
        subject = syntax.grammatical_subject(tok)
        if subject is None or subject.pos_ == "PRON":
            continue
        mentions = coded(actors_of([subject], index))
        parties = {m.actor.party for m in mentions}
        if len(mentions) > 1 and len(parties) == 1 and None not in parties \
                and party not in parties:
            return [home_state(mentions[0].actor) or mentions[0].actor]
        return []
    return []


def _mediated_act(cand: EventCandidate, doc: Doc | None, found: list[EventCandidate]
                  ) -> list[Actor] | None:
    """For a mediation told as a participle on the act it brokered ("talks
    mediated by Erdogan", "a truce brokered by Qatar"): the parties of that act
    as the article codes it (none when it codes none: "one mediated by the
    United States" names no sides). None when the mediation is told otherwise."""
    if not cand.code.startswith(MEDIATING):
        return None
    trigger = syntax.trigger_token(doc, cand)
    if trigger is None or trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return None
    head = trigger.head
    sides = {a.party: a for c in found
             if c.trigger_start == head.idx and c.source is not None and c.target is not None
             for a in (c.source, c.target)}
    if not sides and head.pos_ == "NOUN":
        return None  # "a deal brokered by Egypt": the deal may be told in other words
    return list(sides.values())


def _last_blamed(cand: EventCandidate, earlier: list[EventCandidate], doc: Doc | None
                 ) -> Actor | None:
    """For a threat that answers no act told against its source: the party the
    source last accused or condemned before it, if any."""
    if cand.code[:2] not in THREAT_ROOTS or cand.source is None:
        return None
    trigger = syntax.trigger_token(doc, cand)
    if trigger is None or trigger.lemma_.lower() in FORECAST_VERBS:
        return None
    party = cand.source.party
    blamed = [c.target for c in earlier
              if c.code[:2] in BLAME_ROOTS and c.source is not None
              and c.source.party == party and c.target is not None
              and c.target.party not in (None, party)
              and c.trigger_start < cand.trigger_start]
    return blamed[-1] if blamed else None


def answered_by(pattern: Pattern) -> tuple[tuple[str, ...], bool]:
    """(code prefixes it answers, whether the answered act must have been done
    to the source): a denial or condemnation answers what was done to its
    source (``answer``); praise of "the agreement" reacts to any party's act
    (``reacts``)."""
    value = pattern.extras.get("answer")
    if value:
        return (tuple(str(v) for v in value) if isinstance(value, list)
                else tuple(sorted(ANSWERED_ROOTS))), True
    reacts = pattern.extras.get("reacts")
    return (tuple(str(v) for v in reacts) if isinstance(reacts, list) else ()), False
