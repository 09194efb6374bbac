"""What a reaction's object says about the act it reacts to: which words name
that act ("condemned the attack", "disappointed by the decision", "what he
called an attempted coup"), what kind of act they name, and whose act it is
when the text says so ("Rwanda's support", "a ruling by the court", "the
Houthis claimed a drone attack", "the Council voted to").

Apart from discourse.py, which chooses whom a reaction answers from the events
told before it, because this is a reading of the reaction's own words, with
word lists of its own, and it comes first: when the object says whose act it
is, no earlier event is looked at.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.memory import reach_start
from eventwire.events import syntax
from eventwire.events.mentions import MentionIndex, actors_of, coded
from eventwire.events.recall import definite
from eventwire.model import Actor, EventCandidate

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


# Verbs whose object feels what their subject causes ("the vote disappointed
# Washington"): the reaction is to the subject, or to the passive's "by".
STIRRING_VERBS = frozenset({"disappoint", "trouble", "dismay", "worry", "alarm", "anger",
                            "upset", "concern", "outrage", "sadden", "frustrate"})
# "any attempt to seize power": a seizure, whatever the noun that says it.
POWER_GRABS = frozenset({"take", "seize", "grab", "usurp", "snatch"})


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


def object_token(cand: EventCandidate, doc: Doc | None) -> Token | None:
    """What a reaction is to: its object ("condemned the attack"), what stirred
    it ("disappointed by the decision"), the noun it is a relative clause on
    ("a decision Guterres rejected") or the subject of what it said ("said the
    vote was illegal")."""
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


def object_lemma(obj: Token | None) -> str | None:
    """The reaction's object noun ("condemned the attack"; "condemned what he
    called an attempted coup" reads the named thing)."""
    if obj is None:
        return None
    words = {t.lemma_.lower() for t in obj.subtree}
    if "power" in words and words & POWER_GRABS:  # "any attempt to seize power"
        return "seizure"
    return obj.lemma_.lower()


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
    if own or not (definite(obj) or lemma in ACT_NOUNS):
        return own
    # "disappointed by a shortsighted decision": an act just told, in this
    # sentence or the one before
    start = 0 if definite(obj) else reach_start(obj, 1)
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


def called_doers(cand: EventCandidate, doc: Doc | None, index: MentionIndex | None
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
