"""The events stage: patterns over the dependency parse -> event candidates.

For every token that is the trigger of some pattern (verb lemma or event
noun), the first pattern whose constraints hold decides the code (curated
patterns before converted dictionaries, the most specific first); the parse
decides who acts on whom:

1. verbs first, so that "issued an arrest warrant" is one event and the noun
   "warrant" it consumed does not fire again (unless the verb found no parties);
2. the source is the grammatical agent (syntax.grammatical_subject: subject,
   passive by-phrase, the controller of "is scheduled to visit" or "urged X to
   drop", the subject shared by "..., accusing"); an event noun takes its
   possessor, its by-phrase, or the agent of the verb it hangs on ("embark on a
   visit", "hosted Xi for talks", "was received for a state visit": the guest);
   an unresolved pronoun in a reported clause is the speaker;
3. the target sits where the pattern says, else in another object or PP, the
   subject of a demanded clause, a place inside the object ("shelled towns
   inside Armenia"), the other side of "between"; a capital stands for its
   government, another place for its country;
4. coordinated actors give one event each; reciprocal phrasing ("X and Y
   met", "each other", "talks between X and Y") gives both directions;
5. attribution ("according to X", "X said that ...") never makes X the source;
   it makes the event reported when X is another party;
6. modality (modality.py) sets the status; promised acts take their "express
   intent" code (CAMEO 03);
7. what the article implies (pattern ``extras``, see patterns.py): the dateline
   venue of a visit, the own country of a curfew, the author of the accusation
   a denial answers, the agent of an agentless passive that continues the act
   before it ("... and 66 people were detained"), the sides of the talks a
   definite act noun names again ("Iraq hosted the talks"; "the agreement was
   reached last week", with no doer, is between them).

The steps live in modules named for them: match.py (which pattern a trigger
satisfies), mentions.py (which coded party a token names), targets.py (sources
and targets from the parse), dyads.py (the source-target pairs of one trigger),
candidates.py (the candidates of one trigger: status, places, intent codes),
demands.py (what a party says another must or should do), discourse.py (what
the rest of the article supplies: agents of passives, whom a reaction answers),
authors.py (whose act a reaction's object names, when its words say) and
recall.py (acts named again by a definite noun or repeated with "also").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Doc, Token

from eventwire.events.candidates import PLACE_LABELS, events_for, one_threat
from eventwire.events.counterparts import fill_counterparts
from eventwire.events.demands import add_demands
from eventwire.events.discourse import answer_accusers, answered_by, borrow_agents
from eventwire.events.match import match_pattern
from eventwire.events.mentions import PLACE_KINDS, MentionIndex
from eventwire.events.patterns import Pattern, PatternSet
from eventwire.events.recall import echo_targets, recall_parties
from eventwire.events.refusals import add_refusals
from eventwire.model import Actor, ActorMention, EventCandidate

TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN"}
# Claiming an act ("claimed responsibility for the attack") leaves the act itself
# to be coded too, as the claimant's.
CLAIM_CODES = frozenset({"015"})


def extract_candidates(
    doc: Doc,
    mentions: Sequence[ActorMention],
    article_id: str,
    patterns: Mapping[tuple[str, str], Sequence[Pattern]],
    venue: Actor | None = None,
) -> list[EventCandidate]:
    """Events in one parsed article. ``patterns`` maps (lemma, pos) to the
    patterns of that trigger, most specific first; ``venue`` is the state the
    story is filed from (its dateline), the destination of a visit that names
    none."""
    index = MentionIndex(mentions)
    # doc.ents and sent.ents rebuild span lists on every access: take them once.
    place_ents = [e for e in doc.ents if e.label_ in PLACE_LABELS]
    consumed: set[int] = set()
    # nouns a verb phrase matched but found no parties for, with that phrase's root
    sensed: dict[int, str] = {}
    found: list[EventCandidate] = []
    # one pass over the doc finds the words some pattern is filed under; verbs
    # are then tried before nouns (a verb phrase uses up its event noun)
    triggers: dict[str, list[tuple[Token, Sequence[Pattern]]]] = {"VERB": [], "NOUN": []}
    for token in doc:
        pos = TRIGGER_POS.get(token.pos_)
        if pos is not None:
            candidates = patterns.get((token.lemma_.lower(), pos))
            if candidates:
                triggers[pos].append((token, candidates))
    for pos in ("VERB", "NOUN"):
        for token, candidates in triggers[pos]:
            if token.i in consumed:
                continue
            if pos == "NOUN" and index.at(token) is not None and token.pos_ == "PROPN":
                continue
            match = match_pattern(token, candidates)
            if match is None:
                continue
            if match.pattern.is_null:
                consumed |= match.consumed
                continue  # a blocking pattern: this phrase is not an event
            if sensed.get(token.i, match.pattern.code[:2]) != match.pattern.code[:2]:
                continue  # "lodge a protest" is not a demonstration, even without parties
            here = events_for(token, match.pattern, index, article_id, place_ents, venue)
            if here:
                # the event noun the verb phrase used up ("held talks") does not fire
                # again; if the verb found no parties, the noun may still, in the
                # same sense ("talks with X"); an act claimed ("claimed a drone
                # attack on the UAE") is still the claimant's act
                if match.pattern.code not in CLAIM_CODES:
                    consumed |= match.consumed
            else:
                sensed.update((i, match.pattern.code[:2]) for i in match.consumed
                              if doc[i].dep_ == "dobj" and doc[i].head.i == token.i)
            found.extend(here)
    found.sort(key=lambda c: (c.trigger_start, c.code))
    # where things happen: "in Havana", "in China", "in the United States" (the
    # place entity inside the mention), "in a U.S. court" (a court is its state's)
    places: dict[str, str] = {}
    for m in mentions:
        if m.actor.kind in (*PLACE_KINDS, "state", "judiciary") and m.actor.country:
            places[doc[m.start:m.end].text] = m.actor.country
            for ent in place_ents:
                if m.start <= ent.start and ent.end <= m.end:
                    places.setdefault(ent.text, m.actor.country)
    sentence_starts = [s.start_char for s in doc.sents]
    found = borrow_agents(found, sentence_starts, venue, places)
    found = add_refusals(one_threat(found, doc), doc, index)
    found = add_demands(found, doc, index, article_id)
    unanswered = {c.rule for c in found if c.target is None}
    found = answer_accusers(found, {p.id: answered_by(p) for p in _responses(patterns)
                                    if p.id in unanswered}, doc, home=venue, index=index)
    found = echo_targets(found, sentence_starts)
    return fill_counterparts(recall_parties(found))


def _responses(patterns: Mapping[tuple[str, str], Sequence[Pattern]]) -> Iterable[Pattern]:
    """Patterns that answer an earlier event: a PatternSet indexes them once; a
    plain mapping (as tests build) is scanned."""
    if isinstance(patterns, PatternSet):
        return patterns.responses
    return (p for group in patterns.values() for p in group
            if p.extras.get("answer") or p.extras.get("reacts"))
