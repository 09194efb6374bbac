"""Sources and targets from the parse of one trigger.

Each function answers one question about a trigger's arguments: who acts
(the subject, or an event noun's possessor or verb), whom the pattern's slot
names, and where else to look when that slot names nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.events import syntax
from eventwire.events.mentions import (
    PLACE_KINDS,
    POPULATION_KINDS,
    MentionIndex,
    actor_at,
    actors_of,
    as_government,
    coded,
    home_state,
    same_actor,
    usable,
)
from eventwire.events.patterns import Pattern
from eventwire.events.slots import prep_objects_first_object, preps_on
from eventwire.model import Actor, ActorMention

# Where to look for a target when the pattern's own slot holds no actor: PETRARCH
# patterns name the object slot, news English often puts the party in a PP.
FALLBACK_PREPS = ("with", "to", "against", "on", "for", "at", "into", "from")
# Roots where a place itself is the target: a visit, a protest, an attack.
PLACE_TARGET_ROOTS = frozenset({"04", "14", "18", "19"})
# Roots where a party acting on its own country is not an event ("Putin left Russia").
NO_SELF_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "11", "13", "16"})
# Force and coercion aimed at a place: the place's country is the target
# ("shelled towns inside Armenia", "raided offices in Minsk").
OBJECT_PLACE_ROOTS = frozenset({"17", "18", "19"})
# Appeals, whose addressees may hang on what is asked for ("called for restraint
# on both sides").
ASKED_FOR_ROOTS = frozenset({"02"})
OBJECT_PLACE_PREPS = ("inside", "in", "near", "of", "across")
# Appeals, demands, accusations and threats: the one meant may be the subject
# of the clause they govern ("warned that the US would pay a heavy price").
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})
# ... or the country the clause is about: an appeal for calm in Pakistan, aid
# towards rebuilding in Turkey, a strike on a camp inside Pakistan.
COUNTRY_WITHIN_ROOTS = frozenset({"02", "03", "07", "10", "18", "19"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Ways somewhere: "blocked the highway to Georgia" names where the road goes, not
# whom the blockade is against (the parser often hangs "to Georgia" on the verb).
ROUTE_NOUNS = frozenset({"highway", "road", "route", "motorway", "railway", "rail",
                         "bridge", "corridor", "crossing", "pipeline", "street", "path"})
# Gatherings one attends or takes part in: the place they meet in is visited.
GATHERING_NOUNS = frozenset({"meeting", "summit", "conference", "talks", "forum",
                             "ceremony", "inauguration", "funeral", "session", "gathering"})
INNER_ROOTS = frozenset({"07", "11", "12", "13", "16", "18", "19"})
# Promises whose object clause names the other side ("agreed to hand back
# villages to Azerbaijan"; not "ordered delegations to travel to Tel Aviv").
XCOMP_TARGET_ROOTS = frozenset({"03"})
# Appeals and demands: the party may sit inside what is asked for.
APPEAL_ROOTS = frozenset({"02", "10"})
# Things done or asked for whose owner is no addressee ("demanded his resignation").
ASKED_ACT_NOUNS = frozenset({"resignation", "release", "withdrawal", "return", "exit",
                             "removal", "arrest", "ouster", "apology", "support", "help",
                             "aid", "end"})


def source_token(trigger: Token, code: str) -> Token | None:
    if trigger.pos_ == "VERB":
        return syntax.grammatical_subject(trigger)
    poss = syntax.children(trigger, {"poss"})
    if poss:
        return poss[0]
    for child in trigger.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < trigger.i:
            if destination_modifier(child, code):
                continue
            if child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN":
                return child
    by = syntax.prep_objects(trigger, "by")
    if not by:
        # "the arrest of a French tourist by Iran": the parser hangs the agent
        # on the object of "of"
        by = [a for o in syntax.prep_objects(trigger, "of") for a in syntax.prep_objects(o, "by")]
    if not by:
        # "the sanctions imposed by Washington on Havana": the agent of the
        # participle that carries the event
        by = [a for v in _carrying_participles(trigger) for a in syntax.prep_objects(v, "by")]
    if by:
        return by[0]
    return noun_agent(trigger, code)


# Participles that carry the act an event noun names, so that their agent and
# arguments are the noun's ("sanctions imposed by X on Y", "the deal signed by X
# and Y"); not ones that judge, end or undo it ("sanctions lifted by", "the deal
# rejected by").
CARRYING_VERBS = frozenset({
    "impose", "sign", "announce", "grant", "provide", "pledge", "launch", "carry", "conduct",
    "send", "deliver", "stage", "issue", "slap", "level", "file", "lodge", "extend", "offer",
    "propose", "approve", "adopt", "hold", "make", "order", "declare", "unveil", "mount",
    "initiate", "conclude", "reach", "ink", "seal",
})


def _carrying_participles(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in CARRYING_VERBS]


def destination_modifier(child: Token, code: str) -> bool:
    """"the Warsaw trip", "his China visit": a place name before a travel noun is
    where the trip goes; a demonym or a person ("the Chinese visit", "the Putin
    visit") is still the traveller."""
    return code == "042" and child.dep_ == "compound" and child.ent_type_ == "GPE"


def noun_agent(noun: Token, code: str) -> Token | None:
    """Who does what an event noun names, from the verb it hangs on: the
    subject of a light or motion verb ("Putin embarked on a visit", "Cameron
    hosted Xi for talks"), but the guest for a visit ("Xi was received ... for
    a state visit": Xi makes the visit)."""
    verb = syntax.event_verb(noun)
    if verb is None:
        return aside_traveller(noun)
    if code == "042" and verb.lemma_.lower() in syntax.HOSTING_VERBS:
        guests = syntax.direct_objects(verb)
        return guests[0] if guests else None
    return syntax.grammatical_subject(verb)


def aside_traveller(noun: Token) -> Token | None:
    """"Kishida, on a trip to Brazil, praised ...": the parser hangs the aside
    on the name it follows; that person travels."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in syntax.JOURNEY_NOUNS \
            or prep.lower_ not in ("on", "during"):
        return None
    name = prep.head
    return name if prep.dep_ == "prep" and name.pos_ == "PROPN" and name.i < prep.i else None


def noun_other(noun: Token, code: str) -> list[Token]:
    """The other party an event noun's verb names: the guest of "hosted Xi for
    talks", the host of "Xi was received for a visit"."""
    verb = syntax.event_verb(noun)
    if verb is None:
        return []
    if code == "042" and verb.lemma_.lower() in syntax.HOSTING_VERBS:
        host = syntax.grammatical_subject(verb)
        return [host] if host is not None else []
    return syntax.direct_objects(verb)


def target_tokens(trigger: Token, pattern: Pattern) -> list[Token]:
    slot = pattern.target
    if slot == "none":
        return []
    if slot.startswith("pobj:"):
        found = prep_objects_first_object(trigger, slot[5:], syntax.direct_objects(trigger))
        verb = syntax.event_verb(trigger) if trigger.pos_ != "VERB" and not found else None
        if verb is not None:
            # "a prosecution was started against X": the noun's argument on its verb
            found = syntax.prep_objects(verb, slot[5:])
        if not found and trigger.pos_ != "VERB":
            # "the sanctions imposed by Washington on Havana"
            found = [o for v in _carrying_participles(trigger)
                     for o in syntax.prep_objects(v, slot[5:])]
        if not found and trigger.pos_ == "VERB" and pattern.code[:2] in ASKED_FOR_ROOTS:
            # "called on Monday for calm and restraint on both sides": the parties
            # an appeal is addressed to hang on what it asks for
            asked = [c for o in syntax.prep_objects(trigger, "for")
                     for c in syntax.with_conjuncts(o)]
            found = preps_on(asked, (slot[5:],))
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


def unbound(target: Token, trigger: Token, sources: list[ActorMention],
             index: MentionIndex) -> Token:
    """A plain object pronoun never means the clause's own subject ("Putin
    called Erdogan to congratulate him": him is not Putin). When it was
    resolved to the source anyway, the object of the governing verb is meant."""
    if target.lower_ not in ("him", "her", "them") or not sources:
        return target
    mention = index.at(target)
    if mention is None or not any(same_actor(mention.actor, s.actor) for s in sources):
        return target
    if trigger.dep_ in ("xcomp", "advcl"):
        objects = syntax.children(trigger.head, {"dobj"})
        if objects:
            return objects[0]
    return target


def others(found: list[ActorMention], sources: list[ActorMention], pattern: Pattern
            ) -> list[ActorMention]:
    """Targets that can be the other side: for codes that need two countries,
    not the source's own ("tariffs on Canadian dollars of American goods"), and
    for acts a pattern marks ``foreign`` ("massed troops on its border": its
    troops and its border are not what the show of force is aimed at)."""
    foreign = bool(pattern.extras.get("foreign"))
    if not foreign and pattern.code[:2] not in NO_SELF_ROOTS:
        return found
    own = {s.actor.party for s in sources if s.actor.party}
    if foreign:
        return [t for t in found if t.actor.party not in own]
    return [t for t in found if t.actor.party is None or t.actor.party not in own
            or any(domestic(pattern.code, s.actor, t.actor) for s in sources)]


# Appeals and criticism inside one country: the government and its people,
# opposition or rebels ("the presidency urged young people to end the protests");
# and what the two sides of a domestic conflict do together: agree, meet or
# negotiate, sign a deal, call a truce ("the government and the opposition
# signed an electoral deal"; a crowd greeting its leader hosts no visit).
DOMESTIC_ROOTS = frozenset({"02", "11", "13", "03"})
DOMESTIC_CODES = ("040", "046", "057", "0871")
DOMESTIC_SECTORS = frozenset({"PPL", "CVL", "OPP", "REB"})
RULING_SECTORS = frozenset({"GOV", "ELI"})


def domestic(code: str, source: Actor | None, target: Actor | None) -> bool:
    """The government and its people, opposition or rebels, one way or the
    other, for a code that may be domestic (police or soldiers addressed by
    protesters are more often a misread subject than an appeal)."""
    if not (code[:2] in DOMESTIC_ROOTS or code.startswith(DOMESTIC_CODES)) \
            or source is None or target is None:
        return False
    sectors = [a.code[3:] if a.code else "" for a in (source, target)]
    return (sectors[0] in RULING_SECTORS and sectors[1] in DOMESTIC_SECTORS) or (
        sectors[0] in DOMESTIC_SECTORS and sectors[1] in RULING_SECTORS)


def inner_objects(tokens: Sequence[Token], pattern: Pattern) -> list[Token]:
    """One level into a slot that names no party, for aid, criticism, threats,
    sanctions and force: "asylum to the family *of* Castillo", "tariffs on goods
    *from* China", "strikes on bases *of* the RSF", "consequences for relations
    *with* Ankara" (a warrant "for the deportation *of* children" does not
    target the children); and for acts a pattern marks ``foreign``: "troops
    to the border *with* Colombia"."""
    if pattern.code[:2] not in INNER_ROOTS and not pattern.extras.get("foreign"):
        return []
    return [o for t in tokens if not syntax.names_an_act(t)
            for prep in ("from", "of", "with") for o in syntax.prep_objects(t, prep)]


def between_sides(trigger: Token, index: MentionIndex) -> list[list[ActorMention]]:
    """The sides of "talks between X and Y", each with the coded parties it
    names ("between Biden and the leaders of Jordan, Egypt and the PA" has two
    sides), found on the trigger or anywhere in its object ("cancelled a summit
    planned for Wednesday between ...")."""
    found = [o for tok in _between_holders(trigger) for o in syntax.prep_objects(tok, "between")]
    for obj in syntax.direct_objects(trigger) if not found else ():
        found = [o for tok in obj.subtree if tok.dep_ == "prep" and tok.lower_ == "between"
                 for o in syntax.children(tok, {"pobj"})]
        if found:
            break
    sides: list[list[ActorMention]] = []
    for head in (t for pobj in found for t in [pobj, *pobj.conjuncts]):
        stack, side = [head], []
        while stack:
            tok = stack.pop()
            mention = index.actor_under(tok)
            if mention is not None and usable(mention.actor) and mention not in side:
                side.append(mention)
            stack.extend(c for c in tok.children if not (tok.i == head.i and c.dep_ in
                                                          ("conj", "cc")))
        if side and sides and _in_apposition(head) \
                and {m.actor.party for m in side} == {m.actor.party for m in sides[-1]}:
            continue  # "between Iran's official, Ali Shamkhani, and ...": one side
        if side:
            sides.append(side)
    return sides


def _in_apposition(conjunct: Token) -> bool:
    """A conjunct set off by commas before the list's last "and" ("the official,
    Ali Shamkhani, and ...") is the parser's reading of an apposition."""
    before = conjunct.left_edge.i - 1
    return conjunct.dep_ == "conj" and before >= 0 and conjunct.doc[before].text == "," \
        and any(c.i > conjunct.i for c in conjunct.conjuncts)


def _between_holders(trigger: Token) -> list[Token]:
    """Words whose "between" may name an event noun's sides: the noun, and the
    verb of a relative clause on it ("talks that began on Monday between X and Y"),
    also when the clause hangs on a measure of it ("four days of talks that ...")."""
    nouns = [trigger]
    if trigger.pos_ != "VERB" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        nouns.append(trigger.head.head)
    return [trigger] + [c for n in nouns for c in n.children if c.dep_ == "relcl"]


# Aid and its promise: the object is the gift.
GIVING_CODES = ("07", "033")


def _population(token: Token, index: MentionIndex) -> bool:
    """"millions of people would pay the price": those a warning is about, not
    those it warns."""
    mention = index.actor_under(token)
    return mention is not None and mention.actor.kind in POPULATION_KINDS


def _unrouted(preps: Sequence[str], routed: bool) -> tuple[str, ...]:
    """``preps`` without those that say where a road goes."""
    return tuple(p for p in preps if not (routed and p in ("to", "into", "towards")))


def fallback_targets(trigger: Token, pattern: Pattern, index: MentionIndex,
                      sources: Sequence[ActorMention]) -> list[ActorMention]:
    """The party acted on when the pattern's own slot holds none: another
    object or PP of the trigger; for an event noun, the object of its verb
    ("hosted Xi for talks"); for force and coercion, a place inside the object
    ("shelled towns inside Armenia")."""
    objects = syntax.direct_objects(trigger)
    # "fought extradition to the United States": force against an act is no force
    # against whoever the act involves
    inside = [o for o in objects if not (pattern.code[:2] in FORCE_ROOTS
                                         and syntax.names_an_act(o))]
    # "rejected a ruling by the court": the object's "by" names whose act it is
    # what is given ("sending 100 firefighters", "sent field hospitals") is no
    # recipient; one named as the indirect object is ("sent Ukraine weapons")
    given = pattern.code.startswith(GIVING_CODES)
    routed = any(o.lemma_.lower() in ROUTE_NOUNS for o in objects)
    # "Ankara and Moscow held talks on Syria": what the parties' meeting is on is
    # its topic, not a third party
    topic = pattern.code[:2] == "04" and len(sources) > 1
    preps = tuple(p for p in FALLBACK_PREPS if not (topic and p == "on"))
    slots = [*(o for o in objects if not given or o.dep_ == "dative"),
             *preps_on([trigger], _unrouted(preps, routed)),
             *(t for o in inside for t in preps_on(
                 [o], _unrouted((*preps, "by"), o.lemma_.lower() in ROUTE_NOUNS)))]
    if trigger.pos_ != "VERB":
        # "the sanctions imposed by Washington on Havana"
        slots.extend(preps_on(_carrying_participles(trigger), preps))
    # "would not let the people of Haiti down", "let the aid in": the parser
    # makes the one let a small clause's subject
    slots.extend(s for c in syntax.children(trigger, {"ccomp", "prt"}) if c.pos_ == "ADP"
                 for s in syntax.children(c, {"nsubj"}))
    if pattern.code[:2] == "04" and trigger.pos_ == "VERB":
        # "will attend a Lima Group meeting in Bogota": attending a gathering
        # abroad is a visit to where it meets
        # ("took part in a summit in Johannesburg")
        slots[:0] = [p for o in [*objects, *syntax.prep_objects(trigger, "in")]
                     if o.lemma_.lower() in GATHERING_NOUNS
                     for p in [*preps_on([o], ("in",)), *earlier_venue(o)]]
    if pattern.code[:2] == "06":
        # "watched Russia's exercises, where Chinese troops took part in the drills":
        # whose drills "the drills" are
        slots.extend(o for n in [*objects, *syntax.prep_objects(trigger, "in")]
                     for o in earlier_owner(n))
    verb = syntax.event_verb(trigger) if trigger.pos_ != "VERB" else None
    if verb is not None:
        slots.extend(noun_other(trigger, pattern.code))
        if pattern.code[:2] == "04":
            slots.extend(preps_on([verb], ("to", "in")))
    slots.extend(c for c in trigger.children if destination_modifier(c, pattern.code))
    if pattern.code[:2] in OBJECT_PLACE_ROOTS:
        slots.extend(preps_on(objects, OBJECT_PLACE_PREPS))
    if pattern.code[:2] == "12":
        # "refused to extend a transit deal with Moscow": the one the refused act
        # was to be done with
        for clause in syntax.children(trigger, {"xcomp"}):
            inner = syntax.direct_objects(clause)
            slots.extend([*inner, *preps_on([clause, *inner], ("with", "to", "from", "for"))])
    if pattern.code[:2] in XCOMP_TARGET_ROOTS and not objects:
        # "agreed to hand back to Azerbaijan four villages": the one the promised
        # act is done to (not "agreed to restore relations with Qatar": the
        # restoring is the event, with its own target)
        slots.extend(preps_on(syntax.children(trigger, {"xcomp"}), ("to", "with", "for")))
    if pattern.code[:2] == "02":
        # "called for a summit of EU leaders", "appealed for the release of
        # Canadian detainees": whose act or whom the appeal is for
        slots.extend(preps_on(syntax.prep_objects(trigger, "for"), ("of",)))
    if pattern.code[:2] in CLAUSE_TARGET_ROOTS:
        # "demanded that Denmark withdraw", "warned that the US would pay", "the
        # allegation that her government ...": the one meant is the clause's subject
        for clause in syntax.children(trigger, {"ccomp", "acl"}):
            subject = syntax.grammatical_subject(clause)
            if subject is not None and not (pattern.code[:2] == "13"
                                            and _population(subject, index)):
                slots.append(subject)
    if pattern.code[:2] in APPEAL_ROOTS and not coded(actors_of(objects, index)):
        # "asked for consultations with its NATO allies", "urged the parties to
        # guarantee Bongo's safety": the party the appeal is about, one level
        # into what is asked for (not when it asks a party of its own: "asked
        # its foreign minister to hold talks with Russia")
        slots.extend(appealed_about(trigger))
    # an inferred target is someone else, except where a state acts on its own
    # people (arrests, repression, protests)
    own = {m.actor.party for m in sources if m.actor.party} \
        if pattern.code[:2] in NO_SELF_ROOTS | CLAUSE_TARGET_ROOTS \
        or pattern.extras.get("foreign") else set()
    for tok in slots:
        found = [m for m in coded(actors_of([tok], index)) if m.actor.party not in own]
        if found:
            return found
    if pattern.code[:2] in COUNTRY_WITHIN_ROOTS:
        return [m for m in country_within(trigger, index, pattern.code)
                if m.actor.party not in own]
    return speakers_own(objects, trigger, index)


def appealed_about(trigger: Token) -> list[Token]:
    """Where an appeal names its party inside what it asks for: the owner or
    "of"/"with" phrase of its object or of the noun after "for" ("demanded the
    withdrawal of X", "called for the release of X", "asked for talks with X"),
    or of the object of the clause it asks for ("urged the parties to guarantee
    Bongo's safety"); else whom the verb it is coordinated with acts on."""
    nouns = [*syntax.direct_objects(trigger), *syntax.prep_objects(trigger, "for")]
    for clause in syntax.children(trigger, {"xcomp", "ccomp"}):
        nouns += syntax.direct_objects(clause)
    found = [*(p for n in nouns for p in syntax.children(n, {"poss"})),
             *preps_on(nouns, ("with", "of", "for", "against"))]
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        # "summoned Lithuania's envoy and demanded that the curbs be lifted": a
        # party the first verb acts on (not "demanded Pashinyan's resignation")
        found += [o for o in syntax.direct_objects(trigger.head)
                  if o.pos_ in ("PROPN", "NOUN") and not syntax.names_an_act(o)
                  and o.lemma_.lower() not in ASKED_ACT_NOUNS]
    return found


def earlier_venue(gathering: Token) -> list[Token]:
    """Where "the meeting" meets, said just before: in "the Lima Group, which
    meets in Bogota on Monday ... Pence will attend the meeting", Bogota. Only a
    definite gathering noun looks back, over its sentence and the one before."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
               for c in gathering.children):
        return []
    doc = gathering.doc
    start = doc[gathering.sent.start - 1].sent.start if gathering.sent.start else 0
    for tok in reversed(doc[start:gathering.i]):
        if tok.lemma_.lower() in GATHERING_NOUNS | {"meet", "convene", "gather"}:
            places = [p for p in preps_on([tok], ("in",)) if p.pos_ == "PROPN"]
            if places:
                return places
    return []


# What a military exercise is called, for "the drills" to find the exercise it names
# ("games" alone may be the Olympics).
DRILL_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "manoeuvres",
                         "maneuvers", "wargame", "wargames"})


def earlier_owner(drills: Token) -> list[Token]:
    """Whose "the drills" are, said just before: the owner of the last exercise
    noun before it in its sentence or the one before ("Russia's largest
    exercises ... the drills", "the Russian manoeuvres ... the exercise")."""
    if drills.lemma_.lower() not in DRILL_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in drills.children):
        return []
    doc = drills.doc
    start = doc[drills.sent.start - 1].sent.start if drills.sent.start else 0
    for tok in reversed(doc[start:drills.i]):
        if tok.lemma_.lower() in DRILL_NOUNS:
            owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                      and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")]
            if owners:
                return owners
    return []


# Promises and appeals: made somewhere, about someone ("agreed in Barbados").
SAID_SOMEWHERE_ROOTS = frozenset({"02", "03", "10"})


def country_within(trigger: Token, index: MentionIndex, code: str = "") -> list[ActorMention]:
    """An appeal about a country is addressed to it, a strike on a place in a
    country hits it: "called for respect for the rule of law in Pakistan",
    "struck what New Delhi described as a camp inside Pakistan" (the object
    clause counts, coordinated and adverbial clauses do not). A place the verb
    of a promise or an appeal itself happens in is where it was made, not whom
    it concerns: "the two sides agreed in Barbados on election rules", "urged in
    Geneva that talks resume"."""
    stack = [c for c in trigger.children if c.i > trigger.i]
    spoken = trigger.pos_ == "VERB" and code[:2] in SAID_SOMEWHERE_ROOTS
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("conj", "advcl", "relcl", "parataxis"):
            continue
        stack.extend(tok.children)
        if spoken and tok.head.head.i == trigger.i and tok.head.dep_ == "prep":
            continue  # "agreed in Barbados": the verb's own place
        if syntax.is_locative(tok):
            mention = index.at(tok)
            if mention is not None and mention.actor.kind in ("state", *PLACE_KINDS) \
                    and usable(mention.actor):
                return [mention]
    return []


def speakers_own(objects: Sequence[Token], trigger: Token, index: MentionIndex
                  ) -> list[ActorMention]:
    """In reported speech an unresolved "its"/"their" on the object is the
    speaker's: "the ministry said Azerbaijan had attacked its positions"."""
    for obj in objects:
        owner = syntax.children(obj, {"poss"})
        if owner and owner[0].lower_ in ("its", "their", "our") \
                and not usable(actor_at(index, owner[0])):
            speaker = syntax.reporter(trigger)
            found = actors_of([speaker], index) if speaker is not None else []
            if found:
                return found
    return []


def names_elsewhere(trigger: Token, sources: list[ActorMention], index: MentionIndex,
                     venue: Actor) -> bool:
    """The sentence names a country other than the source's and the venue's:
    the visit may be to it even if the parse did not say so, so the dateline
    is no evidence. Only the trigger's own clause counts ("on the second day of
    Xi's state visit" is not about France because the sentence names EDF). A role
    noun whose country was only guessed from context names none."""
    own = {s.actor.party for s in sources}
    for tok in syntax.clause_tokens(syntax.clause_head(trigger)):
        mention = index.at(tok)
        if (mention is not None and mention.actor.party not in own
                and mention.actor.party != venue.party and mention.rule != "agent.context"
                and mention.actor.kind in ("state", "government", *PLACE_KINDS)):
            return True
    return False


def target_actor(mention: ActorMention, pattern: Pattern) -> Actor:
    """A capital named as a target stands for its government ("recalled its
    ambassador from Tehran") and another place for its country, except where a
    place itself is what is visited, attacked or protested in."""
    if pattern.code[:2] in PLACE_TARGET_ROOTS:
        return mention.actor
    actor = as_government(mention)
    if actor.kind in PLACE_KINDS and actor.country and pattern.code[:2] not in ("17", "20"):
        return home_state(actor) or actor  # "cancelled a visit to Turkey": the country
    return actor
