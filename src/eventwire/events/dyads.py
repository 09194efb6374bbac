"""The (source, target) pairs of one trigger.

Combines what targets.py finds with the rules for coordination, reciprocity
("X and Y met"), agentless passives and pattern hints (a visit's dateline venue,
a state of emergency over the source's own country).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import syntax
from eventwire.events.mentions import (
    POPULATION_KINDS,
    MentionIndex,
    actor_at,
    actors_of,
    coded,
    home_state,
    usable,
)
from eventwire.events.patterns import Pattern
from eventwire.events.targets import (
    FORCE_ROOTS,
    between_sides,
    fallback_targets,
    inner_objects,
    names_elsewhere,
    others,
    source_token,
    target_actor,
    target_tokens,
    unbound,
)
from eventwire.model import STATE_KINDS, Actor, ActorMention

# Roots whose events make sense without a target (a protest, a show of force).
# Protests with no named target are aimed at the protesters' own authorities.
HOME_TARGET_ROOTS = frozenset({"14"})
# Codes where "X and Y did it" with no object means they did it to each other;
# not a visit, a hosting or a mediation ("co-hosted by the EU and Sweden").
RECIPROCAL_ROOTS = frozenset({"03", "06"})
# Verbs whose object is what the parties share, not a party ("discussed trade",
# "resumed relations"): coordinated subjects do it with each other.
TOPIC_VERBS = frozenset({"discuss", "resume", "restore", "normalize", "normalise",
                         "deepen", "strengthen", "upgrade", "review", "establish"})
# Acts that are mutual whatever their code: "agreed to exchange prisoners".
EXCHANGE_VERBS = frozenset({"exchange", "swap", "trade"})
# (praise, support and recognition, 051-056, go one way: "A and B praised the deal")
# Nouns for places an attack hits that name no country of their own.
PLACE_NOUNS = frozenset({"village", "town", "city", "resort", "base", "camp", "area",
                         "district", "region", "hospital", "school", "market", "port",
                         "airport", "border", "position", "outpost", "checkpoint", "site",
                         "facility", "neighbourhood", "neighborhood", "suburb", "province"})
RECIPROCAL_CODES = frozenset({"040", "041", "044", "046", "050", "057", "193", "0871"})
# Acts that one party does "with" another and both do: signing, a ceasefire, clashes,
# joint exercises.
JOINT_CODES = frozenset({"057", "0871", "193", "062"})
# ... even with an object when the object is what they share ("signed a
# declaration", "held talks", "exchanged fire", "held joint drills"); "X and Y
# sent messages" is not an exchange.
SHARED_OBJECT_CODES = frozenset({"057", "0871", "046", "062", "193"})
# Plans a party announces for itself: a meeting or talks with no other agent, or
# a threat ("said there would be consequences for X").
ANNOUNCED_ROOTS = frozenset({"03", "04", "05", "13"})
# Acts whose agentless passive continues an act just reported ("... and more
# than 1,000 supporters were arrested"): sanctions and coercion, not casualty
# counts ("50 servicemen had been killed").
BORROW_ROOTS = frozenset({"16", "17"})
# ... and their undoing: "five political prisoners were freed" (by whoever held them).
BORROW_CODES = ("0841",)
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# Who can report an arrest or a ban as its own act: "the Interior Ministry said
# 66 people were detained" (a rights group or a newspaper saying so did not).
AUTHORITY_KINDS = frozenset({"government", "police", "military", "state"})


# Owners an event noun may have that the actor stage did not resolve.
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# Verbs that judge or report an act rather than do it: "condemned its offensive"
# says nothing of whose offensive it is.
JUDGING_VERBS = frozenset({*syntax.SPEECH_ACTS, *syntax.REPORTING_VERBS, "denounce", "oppose",
                           "criticise", "criticize", "blame", "question", "discuss", "fear",
                           "investigate", "support", "back", "protest", "decry", "slam"})
# Attacks a passive killing happens in: "was killed in an Israeli strike".
STRIKE_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "shelling",
                          "assault", "ambush", "bombardment", "operation", "offensive"})


# Fighters who are their own country's: rebels and insurgents fight at home, not
# wherever the story is filed from.
HOME_FIGHTERS = frozenset({"rebel", "insurgent"})

# Texts and measures whose author does what they say: "signed orders imposing
# tariffs", "adopted a resolution demanding a ceasefire".
MEASURE_NOUNS = frozenset({*syntax.STATEMENT_NOUNS, "law", "bill", "legislation", "measure",
                           "regulation", "directive", "proclamation", "memorandum", "package",
                           "motion", "ruling", "verdict", "judgment", "judgement", "warrant",
                           "notice", "ultimatum", "request", "proposal", "plan", "rule",
                           "sanction", "policy", "amendment", "agreement", "deal", "accord",
                           "treaty", "pact", "mandate", "instruction", "command", "edict",
                           "referendum", "vote", "petition", "initiative", "document", "report"})

# What can be attacked only in words: "attacking America's rule of law",
# "an assault on our sovereignty", "undermining its democracy".
ABSTRACT_NOUNS = frozenset({
    "rule", "sovereignty", "democracy", "value", "freedom", "credibility", "reputation",
    "independence", "dignity", "integrity", "legitimacy", "interest", "right", "principle",
    "constitution", "unity", "identity", "honour", "honor", "image", "stability"})

Pair = tuple[ActorMention | None, Actor | None]


def strike_owner(verb: Token, index: MentionIndex) -> Token | None:
    """The attack "in" which a passive act of force was done, when it names its
    owner ("in an Israeli strike", "in a Russian missile attack")."""
    for noun in syntax.prep_objects(verb, "in"):
        mention = index.actor_under(noun) if noun.lemma_.lower() in STRIKE_NOUNS else None
        if mention is not None and usable(mention.actor):
            return noun
    return None


def own_act_subject(noun: Token) -> Token | None:
    """The subject of the verb an event noun is the object of, unless that verb
    judges the act ("kept up their bombardment" -> the subject; "condemned its
    offensive" -> nobody)."""
    verb = syntax.governing_verb(noun)
    if verb is None or verb.lemma_.lower() in JUDGING_VERBS or noun.dep_ not in ("dobj", "pobj"):
        return None
    return syntax.grammatical_subject(verb)


def pairs_for(trigger: Token, pattern: Pattern, index: MentionIndex, venue: Actor | None
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
    if pattern.extras.get("said_of_subject"):
        # "the United States would pay a heavy price, the Houthis said": the one
        # saying it threatens the one it is said of
        speaker, subject = syntax.reporter(trigger), syntax.grammatical_subject(trigger)
        warned = [m for m in (coded(actors_of([subject], index)) if subject is not None else [])
                  if m.actor.kind not in POPULATION_KINDS]
        speakers = actors_of([speaker], index) if speaker is not None else []
        if not warned and pattern.extras.get("answer"):
            # "any attempt to divert the river would be an act of war, Pakistan
            # said": said of no one named, it answers the act against the speaker
            return [(s, None) for s in speakers]
        return [(s, target_actor(t, pattern)) for s in speakers
                for t in warned if t.actor.party != s.actor.party]
    if pattern.code[:2] in FORCE_ROOTS and trigger.pos_ == "VERB" and any(
            o.lemma_.lower() in ABSTRACT_NOUNS for o in syntax.direct_objects(trigger)):
        return []  # "accused the court of attacking America's rule of law": words, not force
    source_tok = source_token(trigger, pattern.code)
    if source_tok is not None and source_tok.lower_ in PERSONAL_PRONOUNS \
            and not usable(actor_at(index, source_tok)):
        source_tok = syntax.reporter(trigger) or source_tok
    if source_tok is not None and trigger.pos_ != "VERB" and source_tok.dep_ == "poss" \
            and source_tok.lower_ in POSSESSIVE_PRONOUNS \
            and not usable(actor_at(index, source_tok)):
        # "Russian forces kept up their bombardment", "demanded that Russia stop its
        # offensive": an unresolved owner is the subject of the verb the act hangs on
        source_tok = own_act_subject(trigger) or source_tok
    if source_tok is None and trigger.pos_ == "VERB" and pattern.code[:2] in FORCE_ROOTS \
            and syntax.is_passive(trigger):
        # "Haniyeh was killed in an Israeli strike": the strike's owner did it
        source_tok = strike_owner(trigger, index)
    if source_tok is None and trigger.pos_ != "VERB" and pattern.code[:2] in ANNOUNCED_ROOTS:
        # "Pashinyan announced preparations for a meeting with X": the announcer meets
        source_tok = syntax.reporter(trigger)
    sources = actors_of([source_tok], index) if source_tok is not None else []
    if sources and trigger.pos_ == "VERB":
        sources += [m for m in actors_of(syntax.echoed_subjects(trigger), index)
                    if m not in sources]
    if not sources and trigger.dep_ == "acl" and trigger.tag_ == "VBG" \
            and trigger.head.dep_ == "dobj" and trigger.head.lemma_.lower() in MEASURE_NOUNS:
        # "signed orders imposing tariffs": the orders' signer imposes them (but
        # "flagged off bus services linking Dhaka with Kolkata": services link)
        subject = syntax.grammatical_subject(trigger.head.head)
        sources = actors_of([subject], index) if subject is not None else []
    named_act = syntax.what_it_names(trigger)
    target_toks = [named_act] if named_act is not None else [
        unbound(t, trigger, sources, index) for t in target_tokens(trigger, pattern)]
    named = coded(actors_of(target_toks, index))
    targets = others(named, sources, pattern) or others(
        coded(actors_of(inner_objects(target_toks, pattern), index)), sources, pattern)
    sides = between_sides(trigger, index)
    if not sources and len(sides) > 1:
        heads = [side[0] for side in sides]
        return [(s, target_actor(t, pattern)) for s in heads for t in heads if s is not t]
    if sides and not targets:
        # the other side of "a summit between Biden and the leaders of Jordan, ...",
        # whichever side the source is on
        own = {m.actor.party for m in sources}
        targets = [m for side in sides if not own & {x.actor.party for x in side}
                   for m in side]
    if not targets and pattern.target != "none":
        targets = fallback_targets(trigger, pattern, index, sources)
    # "X and Y agreed to halt fighting": the halt is the shared event, not the agreeing
    # ("discussed trade", "resumed relations": an object that is no party is the topic)
    objects = syntax.direct_objects(trigger)
    reciprocal = (pattern.code[:2] in RECIPROCAL_ROOTS or pattern.code in RECIPROCAL_CODES) \
        and (not objects or pattern.code in SHARED_OBJECT_CODES
             or (trigger.lemma_.lower() in TOPIC_VERBS
                 and not any(index.at(o) is not None for o in objects))) \
        and not syntax.children(trigger, {"xcomp"})
    # a target only guessed from context ("to exchange 1,000 prisoners", the
    # prisoners' country unsaid) gives way to the coordinated parties themselves
    guessed = bool(targets) and all(m.rule == "agent.context" for m in targets)
    mutual = pattern.code[:2] in RECIPROCAL_ROOTS or pattern.code in RECIPROCAL_CODES \
        or trigger.lemma_.lower() in EXCHANGE_VERBS
    # "Sudan and South Sudan traded accusations": what is exchanged goes both ways
    exchanged = not targets and trigger.lemma_.lower() in EXCHANGE_VERBS
    if len(sources) > 1 and (
        any(syntax.says_each_other(t) for t in target_toks) or (not targets and reciprocal)
        or (guessed and mutual) or exchanged
    ):
        return [(s, target_actor(t, pattern)) for s in sources for t in sources if s is not t]
    if targets and not sources \
            and (pattern.code[:2] in BORROW_ROOTS or pattern.code.startswith(BORROW_CODES)) \
            and syntax.is_passive(trigger) and not syntax.prep_objects(trigger, "by"):
        # "66 people were detained": the authority reporting it did it, else the
        # agent is borrowed later (see borrow_agents)
        agents: list[ActorMention | None] = [*reporting_authority(trigger, index)] or [None]
        return [(a, target_actor(t, pattern)) for a in agents for t in targets]
    if targets and not sources and pattern.extras.get("reverse") \
            and pattern.extras.get("reacts"):
        # "Biden was disappointed by a shortsighted decision": who is stirred is
        # known, whose act stirred him is found in the article (candidates.py)
        return [(None, target_actor(t, pattern)) for t in targets]
    if targets:
        pairs: list[Pair] = [(s, target_actor(t, pattern)) for s in sources for t in targets]
        named_toks = [t for t in target_toks if index.at(t) is not None]
        if pattern.code in JOINT_CODES and pattern.curated and trigger.pos_ == "VERB" \
                and named_toks and all(t.head.dep_ == "prep" and t.head.lower_ == "with"
                                       for t in named_toks):
            # "Russia signed an agreement with China": a joint act, done by both
            pairs += [(t, target_actor(s, pattern)) for s in sources for t in targets]
        return pairs
    if pattern.extras.get("venue") and venue is not None and not named \
            and not names_elsewhere(trigger, sources, index, venue):
        return [(s, venue) for s in sources]
    if struck_at_venue(trigger, pattern, target_toks, sources, venue) \
            and venue is not None and not names_elsewhere(trigger, sources, index, venue):
        # "Turkish forces shelled a resort near Zakho", filed from Baghdad
        return [(s, venue) for s in sources]
    if pattern.code[:2] in HOME_TARGET_ROOTS:
        # "protests against a Chinese oil rig", "set fire to a U.S. flag": a
        # foreign country named on what the protest is aimed at, or on what the
        # act it is coordinated with is aimed at ("... and chanted slogans"), is
        # its target rather than the protesters' own rulers
        head = trigger.head if trigger.dep_ == "conj" else None
        aims = [*target_toks, *(() if head is None else (
            *syntax.direct_objects(head),
            *(o for prep in ("to", "against") for o in syntax.prep_objects(head, prep))))]
        if trigger.pos_ == "NOUN":  # "protests by workers against ...", "against" misattached
            aims += [o for t in trigger.subtree if t is not trigger
                     for o in syntax.prep_objects(t, "against")]
        foreign = foreign_owner(aims, sources, index)
        if foreign is not None:
            return [(s, foreign) for s in sources]
    if pattern.code[:2] in HOME_TARGET_ROOTS and not pattern.extras.get("self_target"):
        # a state or its government protesting ("Baghdad has protested against
        # the incursions") protests to someone else, never to its own rulers
        return [(s, None if s.actor.kind in STATE_KINDS else home_state(s.actor))
                for s in sources]
    if pattern.extras.get("self_target"):
        return [(s, home_state(s.actor)) for s in sources]
    return [(s, None) for s in sources]


# Modifiers that name whose a thing is: "a Chinese oil rig", "a U.S. flag", "Israel's embassy".
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def foreign_owner(things: list[Token], sources: list[ActorMention], index: MentionIndex
                  ) -> Actor | None:
    """The one foreign state named as the owner of what a protest is aimed at
    (not a party in its own right, which the target slot already finds); an
    apposition counts too ("a paper U.S. flag" parses the flag as one)."""
    own = {s.actor.country for s in sources}
    things = [*things, *(c for t in things for c in t.children if c.dep_ == "appos")]
    found = {m.actor.country: m.actor for t in things for c in t.children
             if c.dep_ in OWNER_DEPS and (m := index.actor_under(c)) is not None
             and m.actor.country is not None and m.actor.country not in own}
    if len(found) != 1:
        return None
    return home_state(next(iter(found.values())))


def struck_at_venue(trigger: Token, pattern: Pattern, target_toks: list[Token],
                    sources: list[ActorMention], venue: Actor | None) -> bool:
    """Force by a foreign party against an unnamed place ("a resort", "villages")
    in a story filed from a country lands in that country."""
    if venue is None or pattern.code[:2] not in FORCE_ROOTS or not sources:
        return False
    if any(s.actor.party in (None, venue.party) for s in sources):
        return False
    if any(s.actor.kind in HOME_FIGHTERS for s in sources):
        return False  # "the insurgents overran a town": rebels fight in their own country
    objects = [*target_toks, *syntax.direct_objects(trigger)]
    return any(o.lemma_.lower() in PLACE_NOUNS for o in objects)


def reporting_authority(trigger: Token, index: MentionIndex) -> list[ActorMention]:
    """The authority that reports an agentless act of coercion as done ("the
    Interior Ministry said 66 people were detained", "It said 18 Saudis had been
    detained"): a state body announcing arrests or bans announces its own acts."""
    speaker = syntax.reporter(trigger, pronouns=True)
    found = actors_of([speaker], index) if speaker is not None else []
    # "a Canadian diplomat has been detained in China, the Canadian government
    # said": done where it happened, not by the one reporting it
    abroad = {m.actor.country for t in syntax.clause_tokens(trigger)
              if t.ent_type_ in ("GPE", "LOC") and syntax.is_locative(t)
              for m in coded(actors_of([t], index)) if m.actor.country}
    return [m for m in coded(found) if m.actor.kind in AUTHORITY_KINDS
            and not abroad - {m.actor.country}]
