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
   before it ("... and 66 people were detained").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.events import syntax
from eventwire.events.modality import Modality, modality_of, speaker_of
from eventwire.events.patterns import Pattern
from eventwire.model import Actor, ActorMention, EventCandidate

TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN"}
# Where to look for a target when the pattern's own slot holds no actor: PETRARCH
# patterns name the object slot, news English often puts the party in a PP.
FALLBACK_PREPS = ("with", "to", "against", "on", "for", "at", "into", "from")
# Roots whose events make sense without a target (a protest, a show of force).
# Protests with no named target are aimed at the protesters' own authorities.
HOME_TARGET_ROOTS = frozenset({"14"})
# Codes where "X and Y did it" with no object means they did it to each other;
# not a visit, a hosting or a mediation ("co-hosted by the EU and Sweden").
RECIPROCAL_ROOTS = frozenset({"03", "05", "06"})
RECIPROCAL_CODES = frozenset({"040", "041", "044", "046", "193", "0871"})
# ... even with an object when the object is what they share ("signed a
# declaration", "held talks"); "X and Y sent messages" is not an exchange.
AGREEMENT_CODES = frozenset({"057", "0871", "046"})
# Who can be visited, hosted or consulted: not a population or a crowd.
NON_GUEST_KINDS = frozenset({"civilian", "ethnic", "refugee", "ppl", "criminal"})
# Soldiers and planes arriving are a deployment, not a visit.
NO_VISIT_KINDS = frozenset({"military"})
# A place ("in Moscow", "Bishkek") is a party only as the target of a visit, an
# attack or a protest; everywhere else it only says where.
PLACE_KINDS = frozenset({"place", "region", "city"})
PLACE_TARGET_ROOTS = frozenset({"04", "14", "18", "19"})
# Roots where a party acting on its own country is not an event ("Putin left Russia").
NO_SELF_ROOTS = frozenset({"01", "03", "04", "05", "06", "07", "16"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Force and coercion aimed at a place: the place's country is the target
# ("shelled towns inside Armenia", "raided offices in Minsk").
OBJECT_PLACE_ROOTS = frozenset({"17", "18", "19"})
OBJECT_PLACE_PREPS = ("inside", "in", "near", "of", "across")
# Appeals, demands, accusations and threats: the one meant may be the subject
# of the clause they govern ("warned that the US would pay a heavy price").
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})
# ... or the country the clause is about: an appeal for calm in Pakistan, aid
# towards rebuilding in Turkey, a strike on a camp inside Pakistan.
COUNTRY_WITHIN_ROOTS = frozenset({"02", "03", "07", "10", "18", "19"})
# Material cooperation, aid and concessions that are only promised become the
# matching "express intent to" code (CAMEO 031, 033, 035).
INTENT_CODES = {
    "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "0841": "0353", "0842": "0353", "085": "0354",
}
PROMISING_VERBS = frozenset({"agree", "pledge", "promise", "vow", "offer", "commit", "undertake"})
# Codes whose event is saying something: expressing an intent, threatening.
STATEMENT_ROOTS = frozenset({"03", "13"})
# Plans a party announces for itself: a meeting or talks with no other agent.
ANNOUNCED_ROOTS = frozenset({"03", "04", "05"})
INNER_ROOTS = frozenset({"11", "12", "13", "16", "18", "19"})
# Acts whose agentless passive continues an act just reported ("... and more
# than 1,000 supporters were arrested"): sanctions and coercion, not casualty
# counts ("50 servicemen had been killed").
BORROW_ROOTS = frozenset({"16", "17"})
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# What a denial answers: accusations, threats and hostile acts.
ANSWERED_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19"})


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
        """The mention at the token, or the one on its modifiers ("Iran's
        Revolutionary Guards" when the Guards themselves are not coded)."""
        found = self.at(token)
        if found is not None and _usable(found.actor):
            return found
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                inner = self.at(child)
                if inner is not None and inner is not found and _usable(inner.actor):
                    return inner
        return found


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

    predicative = any(c.dep_ in ("oprd", "ccomp") for c in token.children)
    for pattern in candidates:
        if pattern.extras.get("plain_object") and predicative:
            continue  # "called the decision a hostile step" is not a call
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
                # "tariffs on imports from Canada and a duty on goods from China"
                found = [o for c in syntax.with_conjuncts(obj)
                         for o in syntax.prep_objects(c, slot[5:])]
                if found:
                    break
        verb = syntax.event_verb(trigger) if trigger.pos_ != "VERB" and not found else None
        if verb is not None:
            # "a prosecution was started against X": the noun's argument on its verb
            found = syntax.prep_objects(verb, slot[5:])
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


def _source_token(trigger: Token, code: str) -> Token | None:
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
    return _noun_agent(trigger, code)


def _noun_agent(noun: Token, code: str) -> Token | None:
    """Who does what an event noun names, from the verb it hangs on: the
    subject of a light or motion verb ("Putin embarked on a visit", "Cameron
    hosted Xi for talks"), but the guest for a visit ("Xi was received ... for
    a state visit": Xi makes the visit)."""
    verb = syntax.event_verb(noun)
    if verb is None:
        return None
    if code == "042" and verb.lemma_.lower() in syntax.HOSTING_VERBS:
        guests = syntax.direct_objects(verb)
        return guests[0] if guests else None
    return syntax.grammatical_subject(verb)


def _noun_other(noun: Token, code: str) -> list[Token]:
    """The other party an event noun's verb names: the guest of "hosted Xi for
    talks", the host of "Xi was received for a visit"."""
    verb = syntax.event_verb(noun)
    if verb is None:
        return []
    if code == "042" and verb.lemma_.lower() in syntax.HOSTING_VERBS:
        host = syntax.grammatical_subject(verb)
        return [host] if host is not None else []
    return syntax.direct_objects(verb)


def _actors(tokens: Iterable[Token], index: MentionIndex) -> list[ActorMention]:
    out: list[ActorMention] = []
    seen: set[tuple[int, int]] = set()
    for tok in tokens:
        for conj in syntax.with_conjuncts(tok):
            mention = index.actor_under(conj)
            if mention is not None and (mention.start, mention.end) not in seen:
                seen.add((mention.start, mention.end))
                # a group ("the two countries") is one party per member
                out += [replace(mention, actor=m, members=()) for m in mention.members] or [
                    mention]
    return out


def _usable(actor: Actor | None) -> bool:
    """An actor we can code: it has a country or IGO, or the knowledge base knows it."""
    return actor is not None and (actor.party is not None or actor.actor_id is not None)


def _fallback_targets(trigger: Token, pattern: Pattern, index: MentionIndex,
                      sources: Sequence[ActorMention]) -> list[ActorMention]:
    """The party acted on when the pattern's own slot holds none: another
    object or PP of the trigger; for an event noun, the object of its verb
    ("hosted Xi for talks"); for force and coercion, a place inside the object
    ("shelled towns inside Armenia")."""
    objects = syntax.direct_objects(trigger)
    slots = [*objects]
    for prep in FALLBACK_PREPS:
        slots.extend(syntax.prep_objects(trigger, prep))
    for obj in objects:
        for prep in FALLBACK_PREPS:
            slots.extend(syntax.prep_objects(obj, prep))
    verb = syntax.event_verb(trigger) if trigger.pos_ != "VERB" else None
    if verb is not None:
        slots.extend(_noun_other(trigger, pattern.code))
        if pattern.code[:2] == "04":
            slots.extend(syntax.prep_objects(verb, "to") + syntax.prep_objects(verb, "in"))
    if pattern.code[:2] in OBJECT_PLACE_ROOTS:
        for obj in objects:
            for prep in OBJECT_PLACE_PREPS:
                slots.extend(syntax.prep_objects(obj, prep))
    if pattern.code[:2] in CLAUSE_TARGET_ROOTS:
        # "demanded that Denmark withdraw", "warned that the US would pay", "the
        # allegation that her government ...": the one meant is the clause's subject
        for clause in syntax.children(trigger, {"ccomp", "acl"}):
            subject = syntax.grammatical_subject(clause)
            if subject is not None:
                slots.append(subject)
    # an inferred target is someone else, except where a state acts on its own
    # people (arrests, repression, protests)
    own = {m.actor.party for m in sources if m.actor.party} \
        if pattern.code[:2] in NO_SELF_ROOTS | CLAUSE_TARGET_ROOTS else set()
    for tok in slots:
        found = [m for m in _coded(_actors([tok], index)) if m.actor.party not in own]
        if found:
            return found
    if pattern.code[:2] in COUNTRY_WITHIN_ROOTS:
        return [m for m in _country_within(trigger, index) if m.actor.party not in own]
    return _speakers_own(objects, trigger, index)


def _country_within(trigger: Token, index: MentionIndex) -> list[ActorMention]:
    """An appeal about a country is addressed to it, a strike on a place in a
    country hits it: "called for respect for the rule of law in Pakistan",
    "struck what New Delhi described as a camp inside Pakistan" (the object
    clause counts, coordinated and adverbial clauses do not)."""
    stack = [c for c in trigger.children if c.i > trigger.i]
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("conj", "advcl", "relcl", "parataxis"):
            continue
        stack.extend(tok.children)
        if syntax.is_locative(tok):
            mention = index.at(tok)
            if mention is not None and mention.actor.kind in ("state", *PLACE_KINDS) \
                    and _usable(mention.actor):
                return [mention]
    return []


def _speakers_own(objects: Sequence[Token], trigger: Token, index: MentionIndex
                  ) -> list[ActorMention]:
    """In reported speech an unresolved "its"/"their" on the object is the
    speaker's: "the ministry said Azerbaijan had attacked its positions"."""
    for obj in objects:
        owner = syntax.children(obj, {"poss"})
        if owner and owner[0].lower_ in ("its", "their", "our") \
                and not _usable(_actor_at(index, owner[0])):
            speaker = syntax.reporter(trigger)
            found = _actors([speaker], index) if speaker is not None else []
            if found:
                return found
    return []


def _same(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return a.code is not None and a.code == b.code and a.kind == b.kind


def _places(trigger: Token, place_ents: Sequence[Span]) -> tuple[str, ...]:
    """Places named in a locative phrase of the trigger's clause ("in Bishkek"),
    nearest first; "children from Ukraine" does not place an event in Ukraine."""
    near = [
        t for t in syntax.clause_tokens(trigger)
        if t.ent_type_ in PLACE_LABELS and syntax.is_locative(t)
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


def _status(mod: Modality, source: ActorMention | None, index: MentionIndex) -> str:
    """A claim is "reported" when someone else makes it; a government speaking
    for its own leader or forces ("Blinken urged ..., the State Department
    said") asserts it."""
    if mod.status != "reported" or mod.speech is None:
        return mod.status
    speaker_tok = speaker_of(mod.speech)
    speaker = index.actor_under(speaker_tok) if speaker_tok is not None else None
    if speaker is not None and source is not None and (
            _same(speaker.actor, source.actor)
            or (speaker.actor.party is not None and speaker.actor.party == source.actor.party)):
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
            if match.pattern.is_null:
                consumed |= match.consumed
                continue  # a blocking pattern: this phrase is not an event
            here = _events_for(token, match.pattern, index, article_id, place_ents, venue)
            if here:
                # the event noun the verb phrase used up ("held talks") does not fire
                # again; if the verb found no parties, the noun may still
                consumed |= match.consumed
            found.extend(here)
    found.sort(key=lambda c: (c.trigger_start, c.code))
    found = _borrow(found, [s.start_char for s in doc.sents])
    return _answer(found, {p.id: _answered(p) for group in patterns.values()
                           for p in group if p.extras.get("answer") or p.extras.get("reacts")})


def _borrow(found: list[EventCandidate], sentence_starts: list[int]) -> list[EventCandidate]:
    """An agentless passive ("66 people were detained", "sanctions were also
    imposed on 78 individuals") continues the last act of the same kind in its
    own or the previous sentence: that act's source is its agent. Dropped when
    there is none."""
    def sentence_of(cand: EventCandidate) -> int:
        return bisect_right(sentence_starts, cand.sentence_start) - 1

    out: list[EventCandidate] = []
    for cand in found:
        if cand.source is not None:
            out.append(cand)
            continue
        here = sentence_of(cand)
        earlier = [c for c in out if c.code[:2] == cand.code[:2] and c.source is not None
                   and here - sentence_of(c) <= 1 and c.trigger_start < cand.trigger_start]
        if earlier and not _same(earlier[-1].source, cand.target):
            out.append(replace(cand, source=earlier[-1].source))
    return out


def _answer(found: list[EventCandidate],
            answering: Mapping[str, tuple[tuple[str, ...], bool]]) -> list[EventCandidate]:
    """A denial or condemnation that names nobody ("Iran denied the
    allegations", "Minsk condemned the sanctions") answers the last act of the
    kind its pattern lists (``answer``: roots, default ANSWERED_ROOTS) done to
    its source earlier in the article by another party; that party is the
    target. One that answers nothing is dropped."""
    out: list[EventCandidate] = []
    for cand in found:
        if cand.target is not None or cand.rule not in answering:
            out.append(cand)
            continue
        party = cand.source.party if cand.source else None
        roots, done_to_me = answering[cand.rule]
        earlier = [c for c in out if c.target is not None and c.source is not None
                   and c.source.party != party and c.code.startswith(roots)
                   and (c.target.party == party or not done_to_me)
                   and c.trigger_start < cand.trigger_start]
        if earlier and earlier[-1].source is not None:
            out.append(replace(cand, target=earlier[-1].source))
    return out


def _answered(pattern: Pattern) -> tuple[tuple[str, ...], bool]:
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


Pair = tuple[ActorMention | None, Actor | None]


def _pairs(trigger: Token, pattern: Pattern, index: MentionIndex, venue: Actor | None
           ) -> list[Pair]:
    """(source mention, target actor): one pair per coordinated party.

    Reciprocal phrasing makes the parties each other's targets: a coordinated
    subject with no object for a cooperative code ("Putin and Japarov met"),
    "each other" ("Canada and India expelled each other's diplomats"), and an
    event noun's "between X and Y" ("talks between Modi and Abe"). When the
    parse gives no target, a pattern may name where it is: ``venue`` (a visit
    with no destination goes to where the story is filed) or ``self_target``
    (a state of emergency is declared over the source's own country).
    """
    source_tok = _source_token(trigger, pattern.code)
    if source_tok is not None and source_tok.lower_ in PERSONAL_PRONOUNS \
            and not _usable(_actor_at(index, source_tok)):
        source_tok = syntax.reporter(trigger) or source_tok
    if source_tok is None and trigger.pos_ != "VERB" and pattern.code[:2] in ANNOUNCED_ROOTS:
        # "Pashinyan announced preparations for a meeting with X": the announcer meets
        source_tok = syntax.reporter(trigger)
    sources = _actors([source_tok], index) if source_tok is not None else []
    if not sources and trigger.dep_ == "acl" and trigger.tag_ == "VBG" \
            and trigger.head.dep_ == "dobj":
        # "signed orders imposing tariffs": the orders' signer imposes them
        subject = syntax.grammatical_subject(trigger.head.head)
        sources = _actors([subject], index) if subject is not None else []
    target_toks = [_unbound(t, trigger, sources, index)
                   for t in _target_tokens(trigger, pattern)]
    named = _coded(_actors(target_toks, index))
    targets = _others(named, sources, pattern) or _others(
        _coded(_actors(_inner_objects(target_toks, pattern.code), index)), sources, pattern)
    sides = _between_sides(trigger, index)
    if not sources and len(sides) > 1:
        heads = [side[0] for side in sides]
        return [(s, _target_actor(t, pattern)) for s in heads for t in heads if s is not t]
    if sides and not targets:
        # the other side of "a summit between Biden and the leaders of Jordan, ...",
        # whichever side the source is on
        own = {m.actor.party for m in sources}
        targets = [m for side in sides if not own & {x.actor.party for x in side}
                   for m in side]
    if not targets and pattern.target != "none":
        targets = _fallback_targets(trigger, pattern, index, sources)
    # "X and Y agreed to halt fighting": the halt is the shared event, not the agreeing
    reciprocal = (pattern.code[:2] in RECIPROCAL_ROOTS or pattern.code in RECIPROCAL_CODES) \
        and (not syntax.direct_objects(trigger) or pattern.code in AGREEMENT_CODES) \
        and not syntax.children(trigger, {"xcomp"})
    if len(sources) > 1 and (
        any(syntax.says_each_other(t) for t in target_toks) or (not targets and reciprocal)
    ):
        return [(s, _target_actor(t, pattern)) for s in sources for t in sources if s is not t]
    if targets and not sources and pattern.code[:2] in BORROW_ROOTS \
            and syntax.is_passive(trigger) and not syntax.prep_objects(trigger, "by"):
        # "66 people were detained": the agent is borrowed later (see _borrow)
        return [(None, _target_actor(t, pattern)) for t in targets]
    if targets:
        return [(s, _target_actor(t, pattern)) for s in sources for t in targets]
    if pattern.extras.get("venue") and venue is not None and not named \
            and not _names_elsewhere(trigger, sources, index, venue):
        return [(s, venue) for s in sources]
    if pattern.extras.get("self_target") or pattern.code[:2] in HOME_TARGET_ROOTS:
        return [(s, _home_state(s.actor)) for s in sources]
    return [(s, None) for s in sources]


def _unbound(target: Token, trigger: Token, sources: list[ActorMention],
             index: MentionIndex) -> Token:
    """A plain object pronoun never means the clause's own subject ("Putin
    called Erdogan to congratulate him": him is not Putin). When it was
    resolved to the source anyway, the object of the governing verb is meant."""
    if target.lower_ not in ("him", "her", "them") or not sources:
        return target
    mention = index.at(target)
    if mention is None or not any(_same(mention.actor, s.actor) for s in sources):
        return target
    if trigger.dep_ in ("xcomp", "advcl"):
        objects = syntax.children(trigger.head, {"dobj"})
        if objects:
            return objects[0]
    return target


def _coded(found: list[ActorMention]) -> list[ActorMention]:
    """Mentions that can be a party: "the mayor's office" with no country is
    not one, and the search for the target goes on."""
    return [m for m in found if _usable(m.actor)]


def _others(found: list[ActorMention], sources: list[ActorMention], pattern: Pattern
            ) -> list[ActorMention]:
    """Targets that can be the other side: for codes that need two countries,
    not the source's own ("tariffs on Canadian dollars of American goods")."""
    if pattern.code[:2] not in NO_SELF_ROOTS:
        return found
    own = {s.actor.party for s in sources if s.actor.party}
    return [t for t in found if t.actor.party is None or t.actor.party not in own]


def _names_elsewhere(trigger: Token, sources: list[ActorMention], index: MentionIndex,
                     venue: Actor) -> bool:
    """The sentence names a country other than the source's and the venue's:
    the visit may be to it even if the parse did not say so, so the dateline
    is no evidence. Only the trigger's own clause counts ("on the second day of
    Xi's state visit" is not about France because the sentence names EDF)."""
    own = {s.actor.party for s in sources}
    for tok in syntax.clause_tokens(syntax.clause_head(trigger)):
        mention = index.at(tok)
        if (mention is not None and mention.actor.party not in own
                and mention.actor.party != venue.party
                and mention.actor.kind in ("state", "government", *PLACE_KINDS)):
            return True
    return False


def _target_actor(mention: ActorMention, pattern: Pattern) -> Actor:
    """A capital named as a target stands for its government ("recalled its
    ambassador from Tehran") and another place for its country, except where a
    place itself is what is visited, attacked or protested in."""
    if pattern.code[:2] in PLACE_TARGET_ROOTS:
        return mention.actor
    actor = _as_government(mention)
    if actor.kind in PLACE_KINDS and actor.country and pattern.code[:2] not in ("17", "20"):
        return _home_state(actor) or actor  # "cancelled a visit to Turkey": the country
    return actor


def _home_state(actor: Actor) -> Actor | None:
    """The state a party belongs to, for acts a government does over its own
    country; None for a party with no country (an IGO)."""
    if actor.country is None:
        return None
    return Actor(text=actor.country, actor_id=f"state:{actor.country}", code=actor.country,
                 country=actor.country, kind="state")


def _between_sides(trigger: Token, index: MentionIndex) -> list[list[ActorMention]]:
    """The sides of "talks between X and Y", each with the coded parties it
    names ("between Biden and the leaders of Jordan, Egypt and the PA" has two
    sides), found on the trigger or anywhere in its object ("cancelled a summit
    planned for Wednesday between ...")."""
    found = syntax.prep_objects(trigger, "between")
    for obj in syntax.direct_objects(trigger) if not found else ():
        found = [o for tok in obj.subtree if tok.dep_ == "prep" and tok.lower_ == "between"
                 for o in syntax.children(tok, {"pobj"})]
        if found:
            break
    sides = []
    for head in (t for pobj in found for t in [pobj, *pobj.conjuncts]):
        stack, side = [head], []
        while stack:
            tok = stack.pop()
            mention = index.actor_under(tok)
            if mention is not None and _usable(mention.actor) and mention not in side:
                side.append(mention)
            stack.extend(c for c in tok.children if not (tok.i == head.i and c.dep_ in
                                                          ("conj", "cc")))
        if side:
            sides.append(side)
    return sides


def _inner_objects(tokens: Sequence[Token], code: str) -> list[Token]:
    """One level into a slot that names no party, for criticism, threats,
    sanctions and force: "tariffs on goods *from* China", "strikes on bases *of*
    the RSF", "consequences for relations *with* Ankara" (a warrant "for the
    deportation *of* children" does not target the children)."""
    if code[:2] not in INNER_ROOTS:
        return []
    return [o for t in tokens if not syntax.names_an_act(t)
            for prep in ("from", "of", "with") for o in syntax.prep_objects(t, prep)]


def _intent_code(trigger: Token, code: str, status: str) -> str:
    """"Agreed to exchange prisoners", "offered to cooperate", "would send
    aid": what is promised or announced is coded as the intent to do it
    (CAMEO's 03 family), since the promise is the event the sentence reports."""
    intent = INTENT_CODES.get(code)
    if intent is None:
        return code
    if status == "planned" or (trigger.dep_ == "xcomp"
                               and trigger.head.lemma_.lower() in PROMISING_VERBS):
        return intent
    return code


def _candidate(trigger: Token, pattern: Pattern, article_id: str, source: Actor | None,
               target: Actor | None, mod: Modality, status: str, places: tuple[str, ...]
               ) -> EventCandidate:
    sent = trigger.sent
    code = _intent_code(trigger, pattern.code, mod.status)
    if status == "planned" and _said_now(trigger, code):
        status = "asserted"
    return EventCandidate(
        article_id=article_id,
        code=code,
        rule=pattern.id,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        source=source,
        target=target,
        status=status,  # type: ignore[arg-type]
        tense=mod.tense,
        cue=mod.cue,
        places=places,
    )


def _said_now(trigger: Token, code: str) -> bool:
    """Intentions and threats are events when they are voiced ("would send
    aid", "would respond with tariffs"), and so is an agreement to act ("agreed
    to halt fighting"): the future is what is promised, not the event."""
    if code[:2] in STATEMENT_ROOTS:
        return True
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PROMISING_VERBS


def _plausible(code: str, source: Actor | None, target: Actor | None) -> bool:
    """Dyads a coder would not sign: a deployment coded as a visit, a crowd as
    the host of one, a state attacking a place in its own country (taking back
    its own territory is aimed at whoever held it, which the sentence may not
    say)."""
    root = code[:2]
    if root == "04" and target is not None and target.kind in NON_GUEST_KINDS:
        return False
    if code in ("042", "043") and source is not None and source.kind in NO_VISIT_KINDS:
        return False
    if (root in ("18", "19") and source is not None and target is not None
            and target.kind in PLACE_KINDS and target.country == source.party):
        return False
    return True


def _meets_at_home(trigger: Token, target: Actor | None, source: Actor | None,
                   index: MentionIndex) -> bool:
    """A meeting placed ("in Ankara") in the country of the one met, by a party
    from elsewhere, is a visit there."""
    if target is None or source is None or target.country is None \
            or target.country == source.party:
        return False
    for tok in syntax.clause_tokens(trigger):
        if syntax.is_locative(tok):
            mention = index.at(tok)
            if mention is not None and mention.actor.kind in (*PLACE_KINDS, "state") \
                    and mention.actor.country == target.country:
                return True
    return False


def _hosts(target: Actor | None, venue: Actor | None) -> bool:
    """A visit's destination also hosts it (TABARI's paired 042/043) when it is
    a state, a government or a person named as the destination, not a city and
    not the dateline venue the visit was only inferred to."""
    return (_usable(target) and target is not venue and target is not None
            and target.kind not in PLACE_KINDS)


def _actor_at(index: MentionIndex, token: Token) -> Actor | None:
    mention = index.at(token)
    return mention.actor if mention is not None else None


def _events_for(
    trigger: Token, pattern: Pattern, index: MentionIndex, article_id: str,
    place_ents: Sequence[Span], venue: Actor | None,
) -> list[EventCandidate]:
    pairs = _pairs(trigger, pattern, index, venue)
    mod = modality_of(trigger)
    sent = trigger.sent
    places = _places(trigger, [e for e in place_ents if sent.start <= e.start < sent.end])
    answer = bool(pattern.extras.get("answer") or pattern.extras.get("reacts"))
    single_target = len({(t.actor_id, t.code) for _, t in pairs if t is not None}) == 1
    out: list[EventCandidate] = []
    for src, t_actor in pairs:
        if src is None:
            if _usable(t_actor):
                out.append(_candidate(trigger, pattern, article_id, None, t_actor, mod,
                                      "asserted" if mod.status == "reported" else mod.status,
                                      places))
            continue
        s_actor: Actor | None = _as_government(src)
        if pattern.extras.get("reverse"):
            if t_actor is None:
                continue
            s_actor, t_actor = t_actor, s_actor
        if s_actor is not None and s_actor.kind in PLACE_KINDS:
            continue
        if (t_actor is not None and t_actor.kind in PLACE_KINDS
                and pattern.code[:2] not in PLACE_TARGET_ROOTS):
            t_actor = None
        if not _usable(s_actor):
            continue
        if _same(s_actor, t_actor):
            continue
        if not _usable(t_actor) and not answer:
            continue  # no dyad, no event: a coder needs to know whom it was done to
        if (pattern.code[:2] in NO_SELF_ROOTS and s_actor and t_actor
                and s_actor.party is not None and s_actor.party == t_actor.party):
            continue
        if not _plausible(pattern.code, s_actor, t_actor):
            continue
        out.append(_candidate(trigger, pattern, article_id, s_actor,
                              t_actor if _usable(t_actor) else None, mod,
                              _status(mod, src, index), places))
        if pattern.code == "040" and _meets_at_home(trigger, t_actor, s_actor, index):
            # "Zelenskiy met Erdogan in Ankara": a visit to the host, and its hosting
            out.append(replace(out[-1], code="042", rule=f"{pattern.id}.visit"))
            out.append(replace(out[-1], code="043", source=t_actor, target=s_actor,
                               rule=f"{pattern.id}.host"))
        reverse = pattern.extras.get("reverse_code")
        if isinstance(reverse, str) and _hosts(t_actor, venue) and single_target:
            # TABARI paired codes: "A visits B" also says "B hosts A" (not for a
            # list of trips: "has travelled to China, North Korea and Vietnam")
            out.append(replace(out[-1], code=reverse, source=t_actor, target=s_actor,
                               rule=f"{pattern.id}.reverse"))
    return out
