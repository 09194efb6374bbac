"""Demands and appeals told as what another party must or should do.

"Beijing said the United States must apologise", "Obama said Gaddafi should
leave now": the act itself has not happened (modality makes it hypothetical);
what happened is the speaker asking it of the clause's subject. A clause with
"must" under a verb of saying is a demand (CAMEO 10), one with
"should" or "ought to" an appeal (CAMEO 02); asking a leader to go is a demand
for a change in leadership (1041) either way, since that is how news reports a
call for a ruler's exit. The kind of act asked for, when a pattern coded it,
narrows the code ("must release" 1053, "should withdraw" 0256), by CAMEO's
parallel families: 02x appeals and 10x demands ask for the same things.

Not taken: a clause said of the speaker's own side ("we must respond"), of
no coded party ("the matter should be settled"), in the passive ("those
responsible must be brought to justice"), and the idioms of blame or threat a
pattern reads on their own verb ("must answer for", "must bear the
consequences").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.errors import DataFileError
from eventwire.events import syntax
from eventwire.events.mentions import (
    POPULATION_KINDS,
    MentionIndex,
    actors_of,
    as_government,
    coded,
    usable,
)
from eventwire.events.modality import SPEECH_VERBS
from eventwire.events.patterns import read_pattern_table
from eventwire.model import Actor, EventCandidate
from eventwire.nlp.boundaries import text_of

DEMANDING_AUX = frozenset({"must"})
APPEALING_AUX = frozenset({"should", "ought"})
MODAL_AUX = DEMANDING_AUX | APPEALING_AUX
REPORTING = SPEECH_VERBS | frozenset({"stress", "insist", "declare", "reiterate", "warn",
                                      "argue", "maintain", "repeat"})
# Verbs of the idioms of blame and threat ("must answer for", "should pay a price",
# "must face the consequences"): coded by their own patterns, if at all.
IDIOM_VERBS = frozenset({"answer", "pay", "bear", "face", "expect", "brace", "prepare",
                         "understand", "know", "realise", "realize", "be", "remember"})
# A ruler going: "should step down", "must resign", "should leave now".
LEAVING_VERBS = frozenset({"resign", "quit", "go", "leave", "abdicate"})
LEAVING_PARTICLES = frozenset({"down", "aside"})
LEADERSHIP = "1041"
CODES_FILE = "appeal_codes.json"


@dataclass(frozen=True, slots=True)
class AppealCodes:
    """The data of ``appeal_codes.json``, checked."""

    codes: Mapping[str, str]
    default: str

    def appeal_for(self, code: str | None) -> str:
        """The appeal for an act of this code, by the longest listed prefix."""
        if code is None:
            return self.default
        return next((self.codes[code[:n]] for n in range(len(code), 1, -1)
                     if code[:n] in self.codes), self.default)


def appeal_codes_from_dict(data: Any, where: str) -> AppealCodes:
    """Checked appeal codes: every one must be a CAMEO 02 code, or a typo would
    turn "should withdraw" into some other kind of event."""
    if not isinstance(data, dict):
        raise DataFileError(where, "appeal codes must be a JSON object")
    codes, default = data.get("codes"), data.get("default")
    if not isinstance(codes, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.startswith("02")
            for k, v in codes.items()):
        raise DataFileError(where, "codes must map code prefixes to 02x appeal codes")
    if not isinstance(default, str) or not default.startswith("02"):
        raise DataFileError(where, "default must be a 02x appeal code")
    return AppealCodes(codes=dict(codes), default=default)


@cache
def load_appeal_codes() -> AppealCodes:
    """The shipped table, read once."""
    return appeal_codes_from_dict(*read_pattern_table(CODES_FILE, "appeal codes"))


def as_demand(appeal: str) -> str:
    """The demand for what an appeal asks (CAMEO 02x -> 10x)."""
    return "10" + appeal[2:] if len(appeal) > 2 else "100"


def _under_modals(doc: Doc) -> list[Token]:
    """The words a must, should or ought hangs on, in text order (most
    articles have none, and this is one pass over the text, not one per verb)."""
    lowered = text_of(doc).lower()
    if not any(word in lowered for word in MODAL_AUX):
        return []
    heads = {tok.head.i for tok in doc if tok.dep_ == "aux" and tok.lower_ in MODAL_AUX}
    return [doc[i] for i in sorted(heads)]


def _modal(verb: Token) -> str | None:
    """"demand" or "appeal" for a verb under must/should/has to, else None."""
    for aux in verb.children:
        if aux.dep_ != "aux":
            continue
        word = aux.lower_
        if word in DEMANDING_AUX:
            return "demand"
        if word in APPEALING_AUX:
            return "appeal"
    return None


def _clause_top(verb: Token) -> Token:
    """The clause under the verb of saying that the modal verb belongs to: itself,
    or the first of coordinated clauses ("said Gaddafi had lost the legitimacy to
    rule and should leave now")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _saying(top: Token) -> Token | None:
    """The verb of saying a clause is reported by: the head of a "said (that) X
    should" complement, or, where the parser hung "that X should" after an aside
    on a noun or as an adverbial clause ("said on Saturday, after a call with
    the chancellor, that X should leave"), the verb of saying above it."""
    if top.dep_ == "ccomp":
        return top.head if top.head.lemma_.lower() in REPORTING else None
    if top.dep_ not in ("relcl", "advcl") or not syntax.children(top, {"nsubj"}) or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in top.children):
        return None
    for above in top.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above if above.lemma_.lower() in REPORTING else None
    return None


def _leaving(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "step":
        return any(c.dep_ == "prt" and c.lower_ in LEAVING_PARTICLES for c in verb.children)
    if lemma in ("leave", "go"):
        # "should leave now", not "should leave Ukraine" (a withdrawal)
        return not syntax.children(verb, {"dobj"})
    return lemma in LEAVING_VERBS


def add_demands(found: list[EventCandidate], doc: Doc, index: MentionIndex,
                article_id: str) -> list[EventCandidate]:
    """``found`` with one demand or appeal for each clause "X must/should V"
    that a coded party says of another."""
    by_trigger: dict[int, list[EventCandidate]] = {}
    for cand in found:
        by_trigger.setdefault(cand.trigger_start, []).append(cand)
    added: list[EventCandidate] = []
    for verb in _under_modals(doc):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in IDIOM_VERBS:
            continue
        kind = _modal(verb)
        if kind is None or syntax.is_passive(verb):
            continue
        said = _saying(_clause_top(verb))
        if said is None:
            continue
        speakers = _parties([syntax.grammatical_subject(said)], index)
        subject = syntax.grammatical_subject(verb)
        targets = _parties([subject], index)
        if not speakers or not targets:
            continue
        acts = [c for c in by_trigger.get(verb.idx, ()) if c.code[:2] not in ("10", "02")]
        if _leaving(verb):
            code = LEADERSHIP
        else:
            appeal = load_appeal_codes().appeal_for(acts[0].code if acts else None)
            code = as_demand(appeal) if kind == "demand" else appeal
        sent = said.sent
        for src in speakers:
            for tgt in targets:
                if src.party is None or src.party == tgt.party:
                    continue
                added.append(EventCandidate(
                    article_id=article_id,
                    code=code, rule=f"core.modal.{kind}.{code}", trigger=said.text,
                    trigger_start=said.idx, trigger_end=said.idx + len(said.text),
                    sentence_start=sent.start_char, sentence_end=sent.end_char,
                    source=src, target=tgt, status="asserted", tense="past"
                    if said.tag_ == "VBD" else "present", cue=verb.text, places=()))
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: (c.trigger_start, c.code))


def _parties(tokens: Sequence[Token | None], index: MentionIndex) -> list[Actor]:
    found = coded(actors_of([t for t in tokens if t is not None], index))
    return [a for a in (as_government(m) for m in found)
            if usable(a) and a.kind not in POPULATION_KINDS]
