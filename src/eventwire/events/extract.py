"""The events stage: patterns over the dependency parse -> event candidates.

For every token that is the trigger of some pattern (verb lemma or event
noun), the most specific pattern whose constraints hold decides the code; the
parse decides who acts on whom:

1. verbs first, so that "issued an arrest warrant" is one event and the noun
   "warrant" it consumed does not fire again;
2. the source is the grammatical agent (subject, passive by-phrase, or the
   controller of "is scheduled to visit"); an event noun takes its possessor
   ("Putin's visit") or the agent of the verb it hangs on ("embark on a visit");
3. the target sits where the pattern says (direct object, or the object of a
   named preposition), falling back to the other slot the pattern allows;
4. coordinated actors ("Putin and Japarov agreed") give one event each, and a
   coordinated subject with no target makes the parties each other's targets;
5. attribution ("according to X", "X said that ...") never makes X the source;
6. modality (modality.py) sets the status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.events import syntax
from eventwire.events.modality import Modality, modality_of
from eventwire.events.patterns import Pattern
from eventwire.model import Actor, ActorMention, EventCandidate

TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN"}
# Where to look for a target when the pattern's own slot holds no actor: PETRARCH
# patterns name the object slot, news English often puts the party in a PP.
FALLBACK_PREPS = ("with", "to", "against", "on", "for", "at", "into", "from")
# Roots whose events make sense without a target (a protest, a show of force).
ONE_SIDED_ROOTS = frozenset({"14", "15"})
# Codes where "X and Y did it" with no object means they did it to each other.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
RECIPROCAL_CODES = frozenset({"193", "0871"})
# A place ("in Moscow", "Bishkek") is a party only as the target of a visit, an
# attack or a protest; everywhere else it only says where.
PLACE_KINDS = frozenset({"place", "region", "city"})
PLACE_TARGET_ROOTS = frozenset({"04", "14", "18", "19"})
# Roots where a party acting on its own country is not an event ("Putin left Russia").
NO_SELF_ROOTS = frozenset({"03", "04", "05", "06", "07"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class _Match:
    pattern: Pattern
    consumed: frozenset[int]


class MentionIndex:
    """Token index -> the actor mention covering it (the innermost one)."""

    def __init__(self, mentions: Iterable[ActorMention]) -> None:
        self._by_token: dict[int, ActorMention] = {}
        for m in sorted(mentions, key=lambda m: m.end - m.start, reverse=True):
            for i in range(m.start, m.end):
                self._by_token[i] = m

    def at(self, token: Token | None) -> ActorMention | None:
        if token is None:
            return None
        return self._by_token.get(token.i)

    def actor_under(self, token: Token) -> ActorMention | None:
        """The mention at the token, or the one on its head noun phrase ("office of X")."""
        found = self.at(token)
        if found is not None:
            return found
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                inner = self.at(child)
                if inner is not None:
                    return inner
        return None


def _lemma_sets_hold(sets: Sequence[frozenset[str]], lemmas: set[str]) -> bool:
    return all(not s.isdisjoint(lemmas) for s in sets)


def _match(token: Token, candidates: Sequence[Pattern]) -> _Match | None:
    right: set[str] | None = None
    objects = syntax.direct_objects(token)
    prep_cache: dict[str, list[Token]] = {}

    def objects_of(prep: str) -> list[Token]:
        if prep not in prep_cache:
            found = syntax.prep_objects(token, prep)
            if not found:
                for obj in objects:
                    found.extend(syntax.prep_objects(obj, prep))
            prep_cache[prep] = found
        return prep_cache[prep]

    for pattern in candidates:
        if pattern.particle and not any(
            c.dep_ == "prt" and c.lower_ == pattern.particle for c in token.children
        ):
            continue
        if pattern.words:
            right = right if right is not None else syntax.right_lemmas(token)
            if not _lemma_sets_hold(pattern.words, right):
                continue
        ok = True
        consumed: set[int] = set()
        for prep in pattern.preps:
            objs = objects_of(prep.prep)
            if not objs:
                ok = False
                break
            if prep.words:
                lemmas = {t.lemma_.lower() for o in objs for t in o.subtree}
                lemmas |= {t.lower_ for o in objs for t in o.subtree}
                if not _lemma_sets_hold(prep.words, lemmas):
                    ok = False
                    break
            consumed.update(o.i for o in objs if o.pos_ == "NOUN")
        if not ok:
            continue
        if pattern.words:
            consumed.update(t.i for c in objects for t in c.subtree if t.pos_ == "NOUN")
        return _Match(pattern, frozenset(consumed))
    return None


def _target_tokens(trigger: Token, pattern: Pattern) -> list[Token]:
    slot = pattern.target
    if slot == "none":
        return []
    if slot.startswith("pobj:"):
        found = syntax.prep_objects(trigger, slot[5:])
        if not found:
            for obj in syntax.direct_objects(trigger):
                found = syntax.prep_objects(obj, slot[5:])
                if found:
                    break
        return found
    if trigger.pos_ == "VERB":
        objs = syntax.direct_objects(trigger)
        if objs:
            return objs
        return syntax.prep_objects(trigger, "with") or syntax.prep_objects(trigger, "against")
    for prep in ("to", "with", "against", "on", "for", "of"):
        found = syntax.prep_objects(trigger, prep)
        if found:
            return found
    return []


def _source_token(trigger: Token) -> Token | None:
    if trigger.pos_ == "VERB":
        return syntax.grammatical_subject(trigger)
    poss = syntax.children(trigger, {"poss"})
    if poss:
        return poss[0]
    for child in trigger.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < trigger.i:
            if child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN":
                return child
    by = syntax.prep_objects(trigger, "by")
    if by:
        return by[0]
    verb = syntax.governing_verb(trigger)
    if verb is not None and verb.lemma_.lower() in syntax.LIGHT_VERBS:
        return syntax.grammatical_subject(verb)
    return None


def _actors(tokens: Iterable[Token], index: MentionIndex) -> list[ActorMention]:
    out: list[ActorMention] = []
    seen: set[tuple[int, int]] = set()
    for tok in tokens:
        for conj in syntax.with_conjuncts(tok):
            mention = index.actor_under(conj)
            if mention is not None and (mention.start, mention.end) not in seen:
                seen.add((mention.start, mention.end))
                out.append(mention)
    return out


def _usable(actor: Actor | None) -> bool:
    """An actor we can code: it has a country or IGO, or the knowledge base knows it."""
    return actor is not None and (actor.party is not None or actor.actor_id is not None)


def _fallback_targets(trigger: Token, index: MentionIndex) -> list[ActorMention]:
    slots = [*syntax.direct_objects(trigger)]
    for prep in FALLBACK_PREPS:
        slots.extend(syntax.prep_objects(trigger, prep))
    for obj in syntax.direct_objects(trigger):
        for prep in FALLBACK_PREPS:
            slots.extend(syntax.prep_objects(obj, prep))
    for tok in slots:
        found = _actors([tok], index)
        if found:
            return found
    return []


def _same(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return a.code is not None and a.code == b.code and a.kind == b.kind


LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around"})


def _places(trigger: Token, place_ents: Sequence[Span]) -> tuple[str, ...]:
    """Places named in a locative phrase of the trigger's clause ("in Bishkek"),
    nearest first; "children from Ukraine" does not place an event in Ukraine."""
    near = [
        t for t in syntax.clause_tokens(trigger)
        if t.ent_type_ in PLACE_LABELS and _locative(t)
    ]
    ents = place_ents
    ordered = sorted(
        (e for e in ents if any(e.start <= t.i < e.end for t in near)),
        key=lambda e: abs(e.start - trigger.i),
    )
    return tuple(dict.fromkeys(e.text for e in ordered))


def _as_government(mention: ActorMention) -> Actor:
    """A capital that acts ("Prague expelled ...") is metonymy for its government."""
    actor = mention.actor
    if mention.rule == "place.capital" and actor.country:
        return replace(actor, code=f"{actor.country}GOV", kind="government",
                       actor_id=f"gov:{actor.country}", role=None)
    return actor


def _locative(token: Token) -> bool:
    head = token
    while head.dep_ in ("compound", "amod", "conj", "appos") and head.head is not head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


def _status(mod: Modality, source: ActorMention | None, index: MentionIndex) -> str:
    if mod.status != "reported" or mod.speech is None:
        return mod.status
    speaker_tok = syntax.grammatical_subject(mod.speech)
    speaker = index.at(speaker_tok) if speaker_tok is not None else None
    if speaker is not None and source is not None and _same(speaker.actor, source.actor):
        return "asserted"
    if speaker is not None and source is not None and speaker_tok is not None:
        # "Russia said it would ...": the pronoun subject is the speaker itself.
        if speaker_tok.i == source.head:
            return "asserted"
    return "reported"


def extract_candidates(
    doc: Doc,
    mentions: Sequence[ActorMention],
    article_id: str,
    patterns: Mapping[tuple[str, str], Sequence[Pattern]],
) -> list[EventCandidate]:
    """Events in one parsed article. ``patterns`` maps (lemma, pos) to the
    patterns of that trigger, most specific first."""
    index = MentionIndex(mentions)
    # doc.ents and sent.ents rebuild span lists on every access: take them once.
    place_ents = [e for e in doc.ents if e.label_ in PLACE_LABELS]
    consumed: set[int] = set()
    found: list[EventCandidate] = []
    for pos in ("VERB", "NOUN"):
        for token in doc:
            if TRIGGER_POS.get(token.pos_) != pos or token.i in consumed:
                continue
            candidates = patterns.get((token.lemma_.lower(), pos))
            if not candidates:
                continue
            if pos == "NOUN" and index.at(token) is not None and token.pos_ == "PROPN":
                continue
            match = _match(token, candidates)
            if match is None:
                continue
            consumed |= match.consumed
            if match.pattern.is_null:
                continue  # a blocking pattern: this phrase is not an event
            found.extend(_events_for(token, match.pattern, index, article_id, place_ents))
    found.sort(key=lambda c: (c.trigger_start, c.code))
    return found


def _events_for(
    trigger: Token, pattern: Pattern, index: MentionIndex, article_id: str,
    place_ents: Sequence[Span],
) -> list[EventCandidate]:
    source_tok = _source_token(trigger)
    sources = _actors([source_tok], index) if source_tok is not None else []
    targets = _actors(_target_tokens(trigger, pattern), index)
    if not targets and pattern.target != "none":
        targets = _fallback_targets(trigger, index)
    reciprocal = pattern.code[:2] in RECIPROCAL_ROOTS or pattern.code in RECIPROCAL_CODES
    pairs: list[tuple[ActorMention | None, ActorMention | None]]
    if not targets and len(sources) > 1 and reciprocal:
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        slots: list[ActorMention | None] = [*targets] if targets else [None]
        pairs = [(s, t) for s in sources for t in slots]
    mod = modality_of(trigger)
    sent = trigger.sent
    places = _places(trigger, [e for e in place_ents if sent.start <= e.start < sent.end])
    if pattern.extras.get("reverse"):
        pairs = [(t, s) for s, t in pairs if t is not None]
    out: list[EventCandidate] = []
    for src, tgt in pairs:
        s_actor = _as_government(src) if src else None
        t_actor = tgt.actor if tgt else None
        if s_actor is not None and s_actor.kind in PLACE_KINDS:
            continue
        if (t_actor is not None and t_actor.kind in PLACE_KINDS
                and pattern.code[:2] not in PLACE_TARGET_ROOTS):
            t_actor = None
        if not _usable(s_actor):
            continue
        if _same(s_actor, t_actor):
            continue
        if not _usable(t_actor) and pattern.code[:2] not in ONE_SIDED_ROOTS:
            continue  # no dyad, no event: a coder needs to know whom it was done to
        if (pattern.code[:2] in NO_SELF_ROOTS and s_actor and t_actor
                and s_actor.party is not None and s_actor.party == t_actor.party):
            continue
        out.append(
            EventCandidate(
                article_id=article_id,
                code=pattern.code,
                rule=pattern.id,
                trigger=trigger.text,
                trigger_start=trigger.idx,
                trigger_end=trigger.idx + len(trigger.text),
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                source=s_actor,
                target=t_actor if _usable(t_actor) else None,
                status=_status(mod, src, index),  # type: ignore[arg-type]
                tense=mod.tense,
                cue=mod.cue,
                places=places,
            )
        )
        reverse = pattern.extras.get("reverse_code")
        if isinstance(reverse, str) and _usable(t_actor):
            # TABARI paired codes: "A visits B" also says "B hosts A".
            out.append(replace(out[-1], code=reverse, source=t_actor, target=s_actor,
                               rule=f"{pattern.id}.reverse"))
    return out
