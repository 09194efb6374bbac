"""What the rest of the article supplies to a sentence's events.

Some events name a party only implicitly: an agentless passive continues an act
reported just before it, and a denial answers whoever made the accusation.
These run over the article's candidates in order, after all sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Token

from eventwire.actors.memory import reach_start
from eventwire.events import syntax
from eventwire.events.claims import VICTIM_CLAIM
from eventwire.events.counterparts import SUFFIX as COUNTERPART
from eventwire.events.counterparts import wants_author
from eventwire.events.mentions import MentionIndex, actors_of, coded, home_state, same_actor
from eventwire.events.patterns import Pattern
from eventwire.model import Actor, EventCandidate

# What a denial answers: accusations, threats and hostile acts.
ANSWERED_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19"})
# The object of a reaction names the kind of act it reacts to ("condemned the
# attack" answers force, not the last act done to the one condemning), and
# whether that act must have been done to the one reacting (an attack is
# condemned by anyone). Denials of allegations have patterns of their own.
REACTION_OBJECTS: dict[str, tuple[tuple[str, ...], bool]] = {
    **dict.fromkeys(("attack", "strike", "airstrike", "bombing", "shelling", "raid",
                     "offensive", "invasion", "killing", "assault"),
                    (("18", "19", "20"), False)),
    # an incursion may be a flight or a sailing into another's air or sea (15)
    **dict.fromkeys(("incursion", "intrusion"), (("15", "18", "19"), False)),
    **dict.fromkeys(("sanction", "embargo", "tariff", "expulsion", "ban"),
                    (("16", "17"), False)),
    **dict.fromkeys(("arrest", "detention", "sentence", "verdict", "conviction"),
                    (("17",), False)),
}


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
# What an agreement is called.
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "declaration",
                             "settlement", "truce", "ceasefire"})


# A reaction to "the decision" or "the vote" reacts to an act the article may
# have told in other words, or not coded at all: the nouns that name the same
# act, and the verbs whose subject did it ("the Council voted to",
# "Nauru decided to", "the court ruled"). Not an agreement: one side's "agreed
# to" names half of it, and the sides of a coded one are known (answer_accusers).
_DECIDING = frozenset({"decide", "vote", "rule", "adopt", "approve", "authorise", "authorize",
                       "agree"})
_VOTING = frozenset({"vote", "adopt", "approve", "authorise", "authorize", "pass"})
_RULING = frozenset({"rule", "award"})
_ATTACKING = frozenset({"attack", "launch", "claim", "bomb", "shell", "raid"})
_ATTACKS = frozenset({"attack", "strike", "airstrike", "bombing", "shelling", "raid"})
_RULINGS = frozenset({"judgment", "judgement", "ruling", "verdict"})
ACT_NOUNS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    **dict.fromkeys(("decision", "move", "step"),
                    (frozenset({"decision", "move", "step", "order", "ban", "decree"}),
                     _DECIDING)),
    **dict.fromkeys(("vote", "resolution"), (frozenset({"vote", "resolution"}), _VOTING)),
    **dict.fromkeys(_RULINGS, (_RULINGS, _RULING)),
    **dict.fromkeys(_ATTACKS, (_ATTACKS, _ATTACKING)),
}
DECISION_NOUNS = frozenset(k for k in ACT_NOUNS if k not in _ATTACKS)
# What is only said: "troubled by the vote" reacts to no demand or criticism.
SPOKEN_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# ... nor thanks, praise, verbal support, an apology or the call they were said
# on ("Zelenskiy thanked Scholz by telephone ... Russia called the decision
# dangerous": Germany's decision).
SPOKEN_CODES = ("041", "051", "052", "053", "055", "056")


def _spoken(code: str) -> bool:
    """Only said, so no decision a reaction could be to."""
    return code[:2] in SPOKEN_ROOTS or code.startswith(SPOKEN_CODES)
# Verbs whose subject did the act their object names ("claimed the attack",
# "adopted a resolution", "took the decision").
AUTHOR_VERBS = frozenset({"make", "take", "launch", "carry", "conduct", "stage", "mount",
                          "claim", "adopt", "pass", "issue", "deliver", "hand", "announce"})
# Verbs whose "by" names someone other than the act's author ("a resolution
# drafted by the US" is adopted by the Council).
NOT_AUTHORING = frozenset({"draft", "propose", "sponsor", "table", "submit", "circulate",
                           "back", "support", "oppose", "criticise", "criticize", "welcome",
                           "condemn", "reject", "endorse", "praise"})
# Verbs that govern an act not done.
REFUSING = frozenset({"refuse", "decline", "fail", "reject", "threaten", "plan", "consider"})


# Verbs whose object feels what their subject causes ("the vote disappointed
# Washington"): the reaction is to the subject, or to the passive's "by".
STIRRING_VERBS = frozenset({"disappoint", "trouble", "dismay", "worry", "alarm", "anger",
                            "upset", "concern", "outrage", "sadden", "frustrate"})


# Seizures of power are no CAMEO event of their own; a reaction to one is aimed at
# the country where it happened (the story's dateline country).
SEIZURE_NOUNS = frozenset({"coup", "putsch", "takeover", "seizure", "junta", "mutiny"})
POWER_GRABS = frozenset({"take", "seize", "grab", "usurp", "snatch"})


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
        obj = _object_token(cand, doc)  # what the reaction is to, read once
        lemma = _object_lemma(obj)
        if home is not None and home.party != party and lemma in SEIZURE_NOUNS:
            out.append(replace(cand, target=home))  # "condemned the coup"
            continue
        mediated = _mediated_act(cand, doc, found)
        if mediated is not None:
            # "talks mediated by Erdogan": the sides of those talks, or nobody
            out += [replace(cand, target=a) for a in mediated
                    if a.party not in (None, party)]
            continue
        authors = named_author(cand, obj, index) or _called_doers(cand, doc, index)
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
        earlier = [c for c in out if c.target is not None and c.source is not None
                   and not (c.status == "reported" and c.trigger_start in alleged)
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
    if obj is None or index is None or not _definite(obj):
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


def _called_doers(cand: EventCandidate, doc: Doc | None, index: MentionIndex | None
                  ) -> list[Actor]:
    """"Moscow had spent days putting forward what he called absurd versions":
    a thing named by "what X called" is the object of another verb, whose
    subject, when another party, did what is judged."""
    root = syntax.trigger_token(doc, cand)
    if root is None or index is None:
        return []
    if root.dep_ not in ("ccomp", "dobj", "pcomp", "xcomp") or not any(
            c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in root.children):
        return []
    subject = syntax.grammatical_subject(root.head)
    if subject is None:
        return []
    party = cand.source.party if cand.source else None
    return [m.actor for m in coded(actors_of([subject], index)) if m.actor.party != party]


def _object_lemma(obj: Token | None) -> str | None:
    """The reaction's object noun ("condemned the attack"; "condemned what he
    called an attempted coup" reads the named thing)."""
    if obj is None:
        return None
    words = {t.lemma_.lower() for t in obj.subtree}
    if "power" in words and words & POWER_GRABS:  # "any attempt to seize power"
        return "seizure"
    return obj.lemma_.lower()


def _object_token(cand: EventCandidate, doc: Doc | None) -> Token | None:
    root = syntax.trigger_token(doc, cand)
    if root is None:
        return None
    if root.lemma_.lower() in STIRRING_VERBS:
        # "Biden was disappointed by the decision", "the decision troubled Rome"
        stimulus = [o for prep in ("by", "at", "over", "with", "about")
                    for o in syntax.prep_objects(root, prep)] if syntax.is_passive(root) \
            else syntax.children(root, {"nsubj"})
        return stimulus[0] if stimulus else None
    for child in root.children:
        if child.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")
                                         for c in child.children):
            child = next(c for c in child.children if c.dep_ == "dobj")
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.tag_ in ("WP", "WDT"):  # "what he called an attempted coup"
                named = [t for t in child.head.children if t.dep_ in ("oprd", "attr")]
                return named[0] if named else None
            return child
    if root.dep_ == "relcl" and root.head.pos_ == "NOUN" and any(
            c.dep_ == "nsubj" and c.lower_ not in syntax.RELATIVE_PRONOUNS
            for c in root.children):
        return root.head  # "..., a decision Guterres rejected": the decision
    for clause in root.children:  # "said the vote was illegal": the vote
        if clause.dep_ == "ccomp" and clause.lemma_ == "be":
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "NOUN":
                return subject
    return None


def named_author(cand: EventCandidate, obj: Token | None, index: MentionIndex | None
                 ) -> list[Actor]:
    """Whose act the reaction's object is, when the text says it: its own owner
    ("condemned Rwanda's support"), or, for "the test", the owners or doers of
    the last test the article mentioned ("North Korea's fourth nuclear test",
    "U.S. and British warships struck ... condemned the strikes"). A definite
    noun names an act already told."""
    if obj is None or index is None or obj.pos_ != "NOUN":
        return []
    party = cand.source.party if cand.source else None
    own = _owners_of(obj, index, party)
    lemma = obj.lemma_.lower()
    if not own and lemma in ACT_NOUNS and obj.dep_ == "appos":
        own = _summed_up(obj, index, party)
    if own or not (_definite(obj) or lemma in ACT_NOUNS):
        return own
    # "disappointed by a shortsighted decision": an act just told, in this
    # sentence or the one before
    start = 0 if _definite(obj) else reach_start(obj, 1)
    for tok in reversed(obj.doc[start: obj.i]):
        if tok.lemma_.lower() != lemma:
            continue
        if tok.pos_ == "NOUN":
            found = _owners_of(tok, index, party) or _done_by(tok, index, party)
        elif tok.pos_ == "VERB":
            subject = syntax.grammatical_subject(tok)
            mentions = coded(actors_of([subject], index)) if subject is not None else []
            found = [m.actor for m in mentions if m.actor.party != party]
        else:
            continue
        if found:
            return found
    # the same act in other words: "welcomed the judgment" after "the court
    # ruled", "welcomed the vote" after "the Council authorised", "condemned the
    # decision" after "a Taliban order"
    nouns, verbs = ACT_NOUNS.get(lemma, (frozenset(), frozenset()))
    for tok in reversed(obj.doc[start: obj.i]):
        word = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and word in nouns and word != lemma:
            found = _owners_of(tok, index, party) or _done_by(tok, index, party)
        elif tok.pos_ == "VERB" and word in verbs:
            found = _deciders(tok, index, party)
        else:
            continue
        if found:
            return found
    return []


def _summed_up(noun: Token, index: MentionIndex, party: str | None) -> list[Actor]:
    """The parties of the clause an appositive act noun sums up ("... gave the
    staff 24 hours to leave, a decision Guterres rejected"): the coded subject of
    the verb the apposition hangs on, or of the clause above it (a parse may
    hang "gave" on a relative clause before it)."""
    verb = noun.head
    for _ in range(3):
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        subject = syntax.grammatical_subject(verb)
        mentions = coded(actors_of([subject], index)) if subject is not None else []
        found = [m.actor for m in mentions
                 if m.actor.party != party and m.actor.kind not in ("place", "city")]
        if found or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []


def _definite(noun: Token) -> bool:
    """"the decision", "this move", "Monday's vote": an act already told."""
    return any(d.dep_ == "det" and d.lower_ in ("the", "this", "that")
               or d.dep_ == "poss" for d in noun.children)


def _done_by(noun: Token, index: MentionIndex, party: str | None) -> list[Actor]:
    """Who did the act a noun names, from the verb it is the object of: "the
    Houthis claimed a drone attack", "the council adopted a resolution"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in AUTHOR_VERBS \
            or noun.lemma_.lower() not in ACT_NOUNS:
        return []
    return _deciders(verb, index, party)


def _deciders(verb: Token, index: MentionIndex, party: str | None) -> list[Actor]:
    """The coded parties who did what a verb of deciding, voting, ruling or
    launching says ("the Council voted to", "Nauru decided to", "the Houthis
    claimed a drone attack"), but not one that did not
    ("refused to sign"), not a pronoun ("it approves the mission" may be the
    resolution) and not the one reacting."""
    if any(c.dep_ == "neg" for c in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING):
        return []
    if verb.lemma_.lower() == "agree" and not syntax.children(verb, {"xcomp"}):
        return []  # "agreed to cut output" is a decision; "agreed with X" is not
    subject = syntax.grammatical_subject(verb)
    # "it approves the mission": a pronoun may stand for the act itself
    tokens = [subject] if subject is not None and subject.pos_ != "PRON" else []
    return [m.actor for m in coded(actors_of(tokens, index))
            if m.actor.party != party and m.actor.kind not in ("place", "city")]


def _owners_of(noun: Token, index: MentionIndex, party: str | None) -> list[Actor]:
    """The parties a noun's possessor or modifiers name ("Rwanda's support",
    "U.S. and British strikes"), but the reacting party's own."""
    # an adjective says who did a strike ("Israeli strikes") but not whose a law
    # is ("the Russian law", as protesters call theirs)
    deps = ("poss", "compound", "nmod", "amod") if noun.lemma_.lower() in REACTION_OBJECTS \
        else ("poss", "compound", "nmod")
    owners = [c for c in noun.children if c.dep_ in deps and c.i < noun.i]
    # "a ruling by X", "the attack carried out by X", "the attack ... had been
    # orchestrated by X"
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
             and c.lemma_.lower() not in NOT_AUTHORING]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    owners += [o for v in [noun, *verbs] for o in syntax.prep_objects(v, "by")]
    return [m.actor for m in coded(actors_of(owners, index))
            if m.actor.party != party and m.actor.kind not in ("place", "city")]


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
    return any(n.lemma_.lower() in AGREEMENT_NOUNS and _definite(n)
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

