"""Modality: did it happen, will it, did it not, might it, or says who?

A coder that drops modality turns "would not be attending" into an attendance
and "could impose sanctions" into sanctions. We walk from the trigger up its
chain of governing verbs (xcomp, ccomp, the noun's verb) and look for the
signals English uses. The first signal on the way up decides within its own
class; across classes the order is negated > hypothetical > planned > reported
> asserted, because a negated plan is a non-event and a planned report is
still a plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.syntax import grammatical_subject, summed_by_denial
from eventwire.model import Status

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
NEGATING_GOVERNORS = frozenset({
    "cancel", "refuse", "decline", "fail", "postpone", "call", "reject", "deny", "scrap",
    "unable", "abandon", "avoid", "skip", "halt", "suspend", "drop", "boycott",
    "failure", "refusal", "stop", "cease", "bar", "prevent", "forbid", "prohibit",
})
# What undoes a plan when said of the same subject ("scheduled ... but postponed").
UNDOING_VERBS = frozenset({"cancel", "postpone", "scrap", "delay", "suspend", "shelve",
                           "abandon", "drop"})
# "would" is not here: in news copy it is reported future ("said it would send").
# "must" and "ought" in news copy ask something of someone ("the United States
# must apologise"): asked, not done (demands.py codes the asking).
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "should", "can", "must", "ought"})
HYPOTHETICAL_GOVERNORS = frozenset({
    "consider", "threaten", "mull", "weigh", "propose", "suggest", "hope", "want", "seek",
    "ponder", "demand", "urge", "call", "ask", "warn", "appeal", "plead", "implore", "beg",
    "press",
})
# Talking about an act is not doing it ("the two discussed deepening ties",
# "debated imposing sanctions"), but what happens during the talk did
# ("discussed security during a visit to Kigali").
TOPIC_GOVERNORS = frozenset({"discuss", "debate", "explore"})
TOPIC_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
TOPIC_PREPS = frozenset({"about", "on", "over"})
# Whoever phones someone "to" do something does it on the call ("called him to
# congratulate him"): that aim is the act.
CALLING_VERBS = frozenset({"call", "phone", "telephone", "ring", "speak"})
# A crowd that gathers or defies a ban "to protest" protests: the infinitive says
# what it did there, not an aim that may have failed.
GATHERING_VERBS = frozenset({"gather", "rally", "assemble", "converge", "march", "defy",
                             "brave", "flock"})
# "became the first sitting president to visit Myanmar": the infinitive is what
# made the subject first, so it happened.
RANKING_WORDS = frozenset({"first", "last", "only"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether", "until"})
# Prepositions of an occasion ("in a phone call", "during talks"): what the verb
# they hang on refuses, plans or asks for is not the occasion itself.
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PLANNING_GOVERNORS = frozenset({
    "schedule", "plan", "expect", "intend", "set", "prepare", "due", "agree", "aim", "arrange",
    "decide", "pledge", "promise", "vow", "invite", "invitation", "preparation", "intention",
})
# Verbs that, with an object told to act, say what one party wants of
# another ("the US expects Caracas to free them", "would require pilots to shoot
# down planes"), not what is planned.
WISHING_GOVERNORS = frozenset({"expect", "require"})
PLANNING_MODIFIERS = frozenset({"planned", "upcoming", "scheduled", "expected", "proposed",
                                "forthcoming", "future", "next"})
# Verbs whose "of"/"for" complement is an allegation ("accused X of spying").
ACCUSING_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "allege", "criticize",
                            "criticise", "condemn"})
SPEECH_VERBS = frozenset({
    "say", "tell", "claim", "report", "state", "allege", "assert", "insist", "add", "note",
    "announce", "write", "believe", "think",
})


@dataclass(frozen=True, slots=True)
class Modality:
    status: Status
    tense: str | None  # "past", "present", "future" or None
    cue: str | None  # the word that decided, for the evidence
    speech: Token | None = None  # the verb of saying (or "according") above the trigger


def _aux_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]


def tense_of(verb: Token) -> str | None:
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = _aux_words(verb)
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return None


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it, up to the clause that states it."""
    chain = [trigger]
    current = trigger
    for _ in range(5):
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            break
        if dep == "acl" and current.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in current.children):
            break  # "a deal brokered by China": done, whatever is said of the deal
        if dep in ("xcomp", "pobj", "dobj", "nsubjpass", "acomp", "prep", "pcomp", "attr",
                   "nsubj", "ccomp", "conj", "compound", "npadvmod", "acl"):
            if dep == "conj" and current.pos_ in ("VERB", "AUX") and not (
                    current.tag_ == "VB"
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)):
                break  # a coordinated clause has its own modality ("to arrest Putin
                # and hand him over" shares the appeal's)
            if dep == "nsubj" and current.pos_ not in ("NOUN", "PROPN"):
                break
            if dep == "ccomp":
                if not summed_by_denial(current):
                    chain.append(head)
                break
            chain.append(head)
            current = head
        else:
            break
    return chain


def modality_of(trigger: Token, phrase_negation: bool = False) -> Modality:
    """The trigger's status from its own words and its governors'. With
    ``phrase_negation`` the trigger's own "not"/"no longer" belongs to the
    phrase ("would not go unpunished", "would not let them down") and does not
    negate it."""
    chain = _chain(trigger)
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    tense = tense_of(verb) if verb is not None else None
    negated = hypothetical = planned = None
    speech: Token | None = None
    for i, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        is_governor = i > 0
        for child in tok.children:
            low = child.lower_
            if phrase_negation and i == 0 and own_negation(child):
                continue
            if own_negation(child):  # "not", "never", "would no longer recognise"
                # "did not say whether he would meet Xi" does not negate the meeting
                if not (is_governor and lemma in SPEECH_VERBS):
                    negated = negated or child.text
            if is_governor and low == "yet" and lemma in ("have", "be"):
                negated = negated or child.text  # "Congress has yet to approve"
            if child.dep_ == "aux" and low in HYPOTHETICAL_AUX:
                hypothetical = hypothetical or child.text
            if child.dep_ == "aux" and low in FUTURE_AUX | {"would"}:
                if low == "would" and _perfect(tok):
                    hypothetical = hypothetical or child.text  # "would have arrested"
                else:
                    planned = planned or child.text
            if child.dep_ == "mark" and low in HYPOTHETICAL_MARKS:
                hypothetical = hypothetical or child.text
            if child.dep_ == "mark" and low == "for" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                # "called for Suu Kyi to be released": what a "for ... to" clause
                # wants, not what happened
                hypothetical = hypothetical or child.text
            if i == 0 and _purpose(tok) and child.dep_ == "aux" and low == "to":
                hypothetical = hypothetical or child.text  # "sent an envoy to free them"
            if child.dep_ == "amod" and low in PLANNING_MODIFIERS and tok.pos_ == "NOUN":
                planned = planned or child.text
            if (is_governor and child.dep_ in ("nsubj", "nsubjpass")
                    and child.lemma_.lower() in PLANNING_GOVERNORS):
                planned = planned or child.text  # "preparations were underway for X"
            if child.dep_ == "prep" and low == "according" and tok.pos_ in ("VERB", "AUX"):
                speech = speech or child  # "according to the office, X did Y"
        if is_governor and lemma in ACCUSING_VERBS and chain[i - 1].dep_ == "prep" \
                and chain[i - 1].lower_ in ("of", "for"):
            speech = speech or tok  # "accused X of laying mines": a claim, not a fact
        if is_governor and tok.pos_ in ("VERB", "AUX") and _undone_by_conjunct(tok):
            negated = negated or tok.text  # "was scheduled for March but was postponed"
        if is_governor and chain[i - 1].dep_ == "prep" \
                and chain[i - 1].lower_ in CIRCUMSTANCE_PREPS:
            # "in a phone call, Biden proposed ...": the call is where the
            # proposal was made, not what was proposed
            continue
        if is_governor and tok.pos_ in ("VERB", "ADJ", "AUX", "NOUN"):
            if lemma in NEGATING_GOVERNORS and not _is_call_for(tok) \
                    and chain[i - 1].dep_ != "conj":
                # ("will refuse or revoke visas": a verb coordinated with the
                # refusing one is an act alongside it, not one it refuses)
                negated = negated or tok.text
            elif lemma in TOPIC_GOVERNORS and (
                    chain[i - 1].dep_ in TOPIC_DEPS
                    or (chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ in TOPIC_PREPS)):
                hypothetical = hypothetical or tok.text
            elif lemma in WISHING_GOVERNORS and _asked_of_another(tok, chain[i - 1]):
                # "expected Caracas to begin releasing prisoners": what one party
                # expects of another is asked for, not planned
                hypothetical = hypothetical or tok.text
            elif lemma in PLANNING_GOVERNORS and _pluperfect(tok):
                negated = negated or tok.text  # "had been due to travel": it did not happen
            elif lemma in PLANNING_GOVERNORS:
                planned = planned or tok.text
            elif lemma in HYPOTHETICAL_GOVERNORS and not _is_phone_call(tok):
                hypothetical = hypothetical or tok.text
            elif lemma in SPEECH_VERBS and tok.dep_ != "xcomp":
                speech = speech or tok
    if negated:
        return Modality("negated", tense, negated, speech)
    if hypothetical:
        return Modality("hypothetical", tense, hypothetical, speech)
    if planned or tense == "future":
        # keep the grammatical tense: "agreed (past) to a visit in May" looks back
        return Modality("planned", tense or "future", planned, speech)
    if speech is not None:
        # Whether a claim is "reported" depends on who says it: the events
        # stage compares the speaker with the source.
        return Modality("reported", tense, speech.text, speech)
    return Modality("asserted", tense, None)


def _asked_of_another(governor: Token, below: Token) -> bool:
    """"expected Caracas to free them": the infinitive below ``governor`` has an
    agent of its own, as the governor's object or as the subject of an
    infinitive clause ("expected Male to begin", parsed as a clause)."""
    if below.dep_ == "xcomp":
        return any(c.dep_ == "dobj" for c in governor.children)
    return below.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in below.children) \
        and any(c.dep_ == "nsubj" for c in below.children)


def _purpose(verb: Token) -> bool:
    """An infinitive hung on another verb as its aim ("sent troops to free the
    hostages") says what was meant to happen, not what did."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    if lemma in CALLING_VERBS or lemma in GATHERING_VERBS:
        return False
    return not any(c.dep_ in ("attr", "dobj") and any(
        m.dep_ == "amod" and m.lower_ in RANKING_WORDS for m in c.children)
        for c in head.children)


def own_negation(child: Token) -> bool:
    """A negation on the word itself: "not", "never", "no longer"."""
    low = child.lower_
    return (child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and low in ("no", "never"))
            or (low == "longer" and any(c.lower_ == "no" for c in child.children)))


def _undone_by_conjunct(verb: Token) -> bool:
    """"The trip was scheduled for March but was postponed": a plan whose own
    subject is then cancelled, postponed or called off, in a coordinated verb
    with no subject of its own."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.lemma_.lower() not in UNDOING_VERBS:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return True
    return False


def _is_call_for(tok: Token) -> bool:
    """'call off' negates, 'call for' appeals: only the particle tells them apart."""
    if tok.lemma_.lower() != "call":
        return False
    return not any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)


def _is_phone_call(tok: Token) -> bool:
    """"called Erdogan to congratulate him" is a call, not an appeal: an appeal
    is "called for" or "called on"."""
    if tok.lemma_.lower() != "call":
        return False
    return not any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon")
                   and not _names_a_day(c) for c in tok.children)


def _names_a_day(prep: Token) -> bool:
    """"on Monday": a preposition whose object is a date, not a party called on."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _perfect(verb: Token) -> bool:
    """"would have done": a counterfactual, not a report of the future."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def speaker_of(speech: Token) -> Token | None:
    """Who says it: the subject of the verb of saying, or the object of
    "according to"."""
    if speech.lower_ == "according":
        for to in speech.children:
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        return None
    return grammatical_subject(speech)


def _pluperfect(governor: Token) -> bool:
    """"had been due/scheduled/expected to": news English uses the past
    perfect of a plan for a plan that fell through."""
    verb = governor.head if governor.dep_ == "acomp" else governor
    words = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb.lower_]
    return "had" in words and "been" in words
