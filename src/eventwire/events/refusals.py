"""Refusals: a source saying it will not do something is an event of its own.

Modality codes "Serbia would never recognise Kosovo" as a negated 054, which
is right for the recognition (it did not happen) but loses what did happen:
Serbia refused. The annotation guide codes a refusal as an asserted CAMEO 12
event next to the negated act, so for every negated candidate whose negation
is the source's own refusal we add that 12x event and keep the negated one.

Not every negation is a refusal. We take:

- a refusing governor ("refused to", "declined to", "its refusal to");
- a negated modal future of the act ("will not", "would never", "won't"),
  the source's stated stance;
- a negated acceptance in the past ("did not recognise the results"; the
  present "does not recognise" is a standing position, not the day's act);
- "no commitment/intention to" the act.

A plain past non-event ("did not attend", "did not arrest him"), a condition
("if Minsk did not release"), a counterfactual ("would not have"), and a
negation inside another party's report about the source stay negated only.
Which refusal code a refused act gives is data (``data/patterns/refusal_codes.json``):
an act with no refusal code there (a visit, an attack) gives none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.errors import DataFileError
from eventwire.events.mentions import MentionIndex, usable
from eventwire.events.modality import HYPOTHETICAL_MARKS, SPEECH_VERBS, own_negation, tense_of
from eventwire.events.patterns import read_pattern_table
from eventwire.events.syntax import grammatical_subject, trigger_token
from eventwire.model import Actor, EventCandidate

RULES_FILE = "refusal_codes.json"
# How the words of one governed act hang together: "refused [to] cooperate",
# "no commitment [to] free", "will not allow [investigators to] enter". A ccomp
# ("said that ...") ends the walk: the clause above is someone speaking.
CHAIN_DEPS = frozenset({"xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "advcl"})


@dataclass(frozen=True, slots=True)
class RefusalRules:
    """The data of ``refusal_codes.json``, checked."""

    codes: Mapping[str, str]
    lemmas: Mapping[str, str]
    court_codes: frozenset[str]
    court_refusal: str
    court_parties: frozenset[str]
    refusing_governors: frozenset[str]
    modal_auxiliaries: frozenset[str]
    accepting_verbs: frozenset[str]
    commitment_nouns: frozenset[str]


def rules_from_dict(data: Mapping[str, Any], where: str) -> RefusalRules:
    """Checked rules from the JSON object: a typo in a hand-edited file must
    not silently turn refusals off."""
    def table(key: str) -> dict[str, str]:
        value = data.get(key)
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and v.startswith("12")
                for k, v in value.items()):
            raise DataFileError(where, f"{key} must map strings to 12x codes")
        return dict(value)

    def words(value: Any, key: str) -> frozenset[str]:
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            raise DataFileError(where, f"{key} must be a list of words")
        return frozenset(value)

    court = data.get("court_codes")
    if not isinstance(court, dict) or not isinstance(court.get("refusal"), str):
        raise DataFileError(where, "court_codes must be {codes, refusal, parties}")
    return RefusalRules(
        codes=table("codes"),
        lemmas=table("lemmas"),
        court_codes=words(court.get("codes"), "court_codes.codes"),
        court_refusal=court["refusal"],
        court_parties=words(court.get("parties"), "court_codes.parties"),
        refusing_governors=words(data.get("refusing_governors"), "refusing_governors"),
        modal_auxiliaries=words(data.get("modal_auxiliaries"), "modal_auxiliaries"),
        accepting_verbs=words(data.get("accepting_verbs"), "accepting_verbs"),
        commitment_nouns=words(data.get("commitment_nouns"), "commitment_nouns"),
    )


@cache
def load_refusal_rules() -> RefusalRules:
    """The shipped rules, read once (``load_refusal_rules.cache_clear()`` resets)."""
    return rules_from_dict(*read_pattern_table(RULES_FILE, "refusal rules"))


def refusal_code(code: str, lemma: str, target: Actor | None, rules: RefusalRules) -> str | None:
    """The 12x code refusing an act: by the longest code prefix of the act,
    else by its verb ("recognise"); cooperation refused to a court is judicial."""
    found = next((rules.codes[code[:n]] for n in range(len(code), 1, -1)
                  if code[:n] in rules.codes), None)
    if found is None:
        found = rules.lemmas.get(lemma)
    if (found in rules.court_codes and target is not None
            and target.party in rules.court_parties):
        return rules.court_refusal
    return found


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it that belong to the same act, up to
    (not across) a clause of saying."""
    chain = [trigger]
    current = trigger
    for _ in range(5):
        if current.dep_ not in CHAIN_DEPS or current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain


def refuses(trigger: Token, rules: RefusalRules) -> bool:
    """Whether the negation over the trigger is a refusal (see the module
    docstring), not a plain non-event or a condition."""
    chain = governing_chain(trigger)
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS
           for tok in chain for c in tok.children):
        return False
    for i, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        if i > 0 and lemma in rules.refusing_governors:
            return True
        negated = any(own_negation(c) for c in tok.children)
        if not negated:
            continue
        if tok.pos_ == "NOUN":
            return lemma in rules.commitment_nouns
        if _modal_future(tok, rules):
            return True
        # "did not recognise the results" answers something now; "does not
        # recognise" is a standing position, background to the day's news
        if lemma in rules.accepting_verbs and tense_of(tok) == "past":
            return True
    return False


def _modal_future(verb: Token, rules: RefusalRules) -> bool:
    """"will not", "would never", "won't"; not "would not have" (counterfactual)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):
        return False
    return any(a.lower_ in rules.modal_auxiliaries for a in auxes)


def speech_above(chain: Sequence[Token]) -> Token | None:
    """The verb of saying whose clause the act is ("X said Y would not ...")."""
    top = chain[-1]
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in SPEECH_VERBS:
        return top.head
    return None


def own_refusal(chain: Sequence[Token], candidate: EventCandidate, index: MentionIndex) -> bool:
    """The refusal is the source's own: the source is the one who would act
    (not the host of a visit coded in reverse), and nobody else reports it."""
    source = candidate.source
    if source is None:
        return False
    acting = next((grammatical_subject(t) for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if not _same_party(acting, source, index):
        return False
    speech = speech_above(chain)
    return speech is None or _same_party(grammatical_subject(speech), source, index)


def _same_party(token: Token | None, source: Actor, index: MentionIndex) -> bool:
    """An unknown or uncoded speaker or agent does not contradict the source,
    and a coordinated one speaks for each of its parts ("Mexico and Argentina
    said they would not recognise him": Argentina refuses too)."""
    if token is None:
        return True
    for part in (token, *token.conjuncts):
        mention = index.actor_under(part)
        if mention is None or not usable(mention.actor):
            return True
        party = mention.actor.party
        if party is None or party == source.party:
            return True
    return False


def add_refusals(found: list[EventCandidate], doc: Doc, index: MentionIndex,
                 rules: RefusalRules | None = None) -> list[EventCandidate]:
    """``found`` with an asserted refusal after each negated candidate that is
    its source's own refusal, unless the sentence already has a 12x event for
    the same parties ("rejected the demand and would not ...")."""
    rules = rules or load_refusal_rules()
    seen = {_key(c) for c in found if c.code.startswith("12")}
    out: list[EventCandidate] = []
    for cand in found:
        out.append(cand)
        refusal = _refusal_of(cand, doc, index, rules)
        if refusal is not None and _key(refusal) not in seen:
            seen.add(_key(refusal))
            out.append(refusal)
    return out


def _key(c: EventCandidate) -> tuple[int, str | None, str | None]:
    return (c.sentence_start, c.source.party if c.source else None,
            c.target.party if c.target else None)


def _refusal_of(cand: EventCandidate, doc: Doc, index: MentionIndex,
                rules: RefusalRules) -> EventCandidate | None:
    if cand.status != "negated" or cand.source is None or cand.target is None:
        return None
    trigger = trigger_token(doc, cand)
    if trigger is None:
        return None
    code = refusal_code(cand.code, trigger.lemma_.lower(), cand.target, rules)
    if code is None or not refuses(trigger, rules):
        return None
    chain = governing_chain(trigger)
    if not own_refusal(chain, cand, index):
        return None
    # the refusal is voiced when it is said or refused: "said it would not" and
    # "refused to" are past, "will not" is now
    voiced = speech_above(chain) or chain[-1]
    tense = tense_of(voiced)
    if tense in (None, "future"):
        tense = "present"
    # the word that voices it is the trigger, so the refusal takes the date of
    # the saying ("said on Monday that it would not hold talks this year")
    return replace(cand, code=code, status="asserted", tense=tense,
                   rule=f"{cand.rule}.refusal", trigger=voiced.text,
                   trigger_start=voiced.idx, trigger_end=voiced.idx + len(voiced.text))
