"""The event candidates of one matched trigger.

Turns the trigger's dyads into EventCandidate records: drops pairs a coder
would not sign, sets the status from modality, codes promises as intents, and
adds the paired codes a visit or a meeting abroad implies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.events import syntax
from eventwire.events.addressees import crisis_country
from eventwire.events.claims import victim_accuses
from eventwire.events.counterparts import COUNTERPART_KINDS, wants_counterpart
from eventwire.events.counterparts import SUFFIX as COUNTERPART
from eventwire.events.detainees import own_people
from eventwire.events.dyads import (
    pairs_for,
)
from eventwire.events.mentions import (
    PLACE_KINDS,
    MentionIndex,
    as_government,
    same_actor,
    usable,
)
from eventwire.events.modality import Modality, modality_of, own_negation, speaker_of
from eventwire.events.patterns import Pattern
from eventwire.events.recall import ALSO, RECALL, definite_act, nameless_settlement, says_also
from eventwire.events.targets import (
    NO_SELF_ROOTS,
    PLACE_TARGET_ROOTS,
    domestic,
)
from eventwire.model import Actor, ActorMention, EventCandidate

# Who can be visited, hosted or consulted: not a population or a crowd.
NON_GUEST_KINDS = frozenset({"civilian", "ethnic", "refugee", "ppl", "criminal"})
# Soldiers and planes arriving are a deployment, not a visit.
NO_VISIT_KINDS = frozenset({"military"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Material cooperation, aid and concessions that are only promised become the
# matching "express intent to" code (CAMEO 031, 033, 035).
INTENT_CODES = {
    "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "0841": "0353", "0842": "0353", "085": "0354",
}
# Meetings, talks and mediation a party only offers, agrees or stands ready to
# hold ("ready to negotiate with Washington", "offered to hold talks", "offered to
# mediate") are an intent to meet or to mediate (CAMEO 036, 039); a meeting merely
# scheduled ("will meet") stays a planned meeting.
PROMISED_ONLY_INTENT_CODES = {"040": "036", "044": "036", "046": "036", "045": "039"}
# Diplomatic cooperation that is only announced ("would restore relations") is the
# intent to cooperate diplomatically; agreeing to it ("agreed to restore relations")
# is already the cooperation.
ANNOUNCED_INTENT_CODES = {"050": "032"}
# A hostile act that is only threatened ("threatened to impose sanctions", "vowed to
# strike back", "warned it would expel") becomes the matching threat (CAMEO 13),
# by the longest code prefix that has one.
THREAT_CODES = {
    "160": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
    "166": "136", "16": "131", "1723": "1323", "1724": "1324", "172": "132", "17": "137",
    "191": "1381", "192": "1382", "18": "1383", "19": "1384", "20": "1385", "14": "133",
}
THREATENING_VERBS = frozenset({"threaten", "vow", "warn"})
# Force that a party promises not to use: an intent to de-escalate.
FORSWORN_ROOTS = frozenset({"13", "15", "18", "19", "20"})
# "stands ready to impose", "prepared to strike": a stated readiness to act
READY_WORDS = frozenset({"ready", "prepared", "willing", "determined"})
ASPECT_VERBS = frozenset({"keep", "continue", "resume", "start", "begin"})
PROMISING_VERBS = frozenset({"agree", "pledge", "promise", "vow", "offer", "commit", "undertake"})
# Troops or police who arrive somewhere have been sent there, not on a visit.
ARRIVAL_VERBS = frozenset({"arrive", "land"})
FRONT_NOUNS = frozenset({"border", "frontier", "area", "line", "zone", "front", "region",
                         "waters", "sea", "strait"})
# ... of which these are where one state meets another, whoever's they are called
EDGE_NOUNS = frozenset({"border", "frontier", "line", "waters", "sea", "strait"})
FORCE_KINDS = frozenset({"military", "police"})
# Codes whose event is saying something: expressing an intent, threatening.
STATEMENT_ROOTS = frozenset({"03", "13"})


def events_for(
    trigger: Token, pattern: Pattern, index: MentionIndex, article_id: str,
    place_ents: Sequence[Span], venue: Actor | None,
) -> list[EventCandidate]:
    negative = bool(pattern.extras.get("negative"))
    if negative and not any(own_negation(c) for c in trigger.children):
        return []  # "would not go unpunished" holds only with its "not"
    pairs = pairs_for(trigger, pattern, index, venue)
    mod = modality_of(trigger, phrase_negation=negative)
    if pattern.extras.get("said_of_subject") and mod.status == "hypothetical" and any(
            c.dep_ == "aux" and c.text == mod.cue for c in trigger.children):
        # "the United States must answer for the attack, Iran said": the modal is
        # what is said of the subject; the saying happened
        mod = replace(mod, status="asserted")
    sent = trigger.sent
    places = places_of(trigger, [e for e in place_ents if sent.start <= e.start < sent.end],
                       index)
    answer = bool(pattern.extras.get("answer") or pattern.extras.get("reacts"))
    single_target = len({(t.actor_id, t.code) for _, t in pairs if t is not None}) == 1
    out: list[EventCandidate] = []
    if not pairs and nameless_settlement(trigger, pattern.code):
        # "the agreement was reached last week": its sides were told before
        waiting = candidate(trigger, pattern, article_id, None, None, mod,
                            "asserted" if mod.status == "reported" else mod.status, places)
        return [replace(waiting, rule=waiting.rule + RECALL)]
    for src, t_actor in pairs:
        if src is None:
            if usable(t_actor) and answer and pattern.extras.get("reverse"):
                # "Biden was disappointed by the decision": Biden reacts to an act
                # told elsewhere (discourse.answer_accusers finds whose)
                out.append(candidate(trigger, pattern, article_id, t_actor, None, mod,
                                      "asserted" if mod.status == "reported" else mod.status,
                                      places))
            elif usable(t_actor):
                out.append(candidate(trigger, pattern, article_id, None, t_actor, mod,
                                      "asserted" if mod.status == "reported" else mod.status,
                                      places))
            continue
        s_actor: Actor | None = as_government(src)
        if pattern.extras.get("reverse"):
            if t_actor is None:
                continue
            s_actor, t_actor = t_actor, s_actor
        if s_actor is not None and s_actor.kind in PLACE_KINDS:
            continue
        if (t_actor is not None and t_actor.kind in PLACE_KINDS
                and pattern.code[:2] not in PLACE_TARGET_ROOTS):
            t_actor = None
        if not usable(s_actor):
            continue
        if not usable(t_actor) and not answer:
            # "arrested two men" at home
            t_actor = own_people(trigger, pattern.code, s_actor, venue) or t_actor
        if same_actor(s_actor, t_actor) and not (
                pattern.extras.get("self_target") and s_actor is not None
                and s_actor.kind == "state") and not purged(pattern.code, s_actor, t_actor):
            continue  # (but "Ukraine imposed martial law" is over its own country)
        if not usable(t_actor) and not answer:
            # the article may say with whom: "closed the land crossing" (the
            # source's counterpart), "hosted the talks" (the act told before)
            waits_for = None
            if t_actor is None and s_actor is not None and s_actor.kind in COUNTERPART_KINDS \
                    and wants_counterpart(pattern.code, pattern.target, pattern.curated):
                waits_for = COUNTERPART
            elif t_actor is None and definite_act(trigger):
                waits_for = RECALL
            elif t_actor is None and says_also(trigger):
                waits_for = ALSO
            if waits_for is not None:
                waiting = candidate(trigger, pattern, article_id, s_actor, None, mod,
                                    status_of(mod, src, index), places)
                out.append(replace(waiting, rule=waiting.rule + waits_for))
                continue
            # "urged all sides to show restraint", in a story filed from the crisis
            t_actor = crisis_country(trigger, pattern.code, s_actor, venue)
            if t_actor is None:
                continue  # no dyad, no event: a coder needs to know whom it was done to
        if (pattern.code[:2] in NO_SELF_ROOTS and s_actor and t_actor
                and s_actor.party is not None and s_actor.party == t_actor.party
                and not domestic(pattern.code, s_actor, t_actor)):
            continue
        if s_actor and t_actor and s_actor.org is not None and s_actor.org == t_actor.org \
                and not s_actor.country and not t_actor.country:
            continue  # an organisation acting on itself ("called on member states")
        # "Australian police and soldiers began arriving": sent to help, no visit
        deployed = pattern.code == "042" and trigger.lemma_.lower() in ARRIVAL_VERBS \
            and s_actor is not None and s_actor.kind in FORCE_KINDS
        if not deployed and not plausible(pattern.code, s_actor, t_actor):
            continue
        out.append(candidate(trigger, pattern, article_id, s_actor,
                              t_actor if usable(t_actor) else None, mod,
                              status_of(mod, src, index), places))
        made = len(out) - 1
        if forsworn(trigger, out[-1]):  # "pledged not to use force against each other"
            out.append(replace(out[-1], code="0356", status="asserted",
                               rule=f"{out[-1].rule}.forsworn"))
        accusation = victim_accuses(out[-1], mod, index)  # "Baku said Armenia shelled it"
        threat = conditional_threat(trigger, out[-1], mod, src, index)
        if threat is not None:
            if out[-1].status == "asserted":  # "stands ready to impose": not yet imposed
                out[-1] = replace(out[-1], status="hypothetical")
            out.append(threat)
        if pattern.code == "040" and meets_elsewhere(trigger, t_actor, s_actor, index):
            out[-1] = replace(out[-1], code="044", rule=f"{pattern.id}.third")
        elif pattern.code == "040" and meets_at_home(trigger, t_actor, s_actor, index):
            # "Zelenskiy met Erdogan in Ankara": a visit to the host, and its hosting
            out.append(replace(out[-1], code="042", rule=f"{pattern.id}.visit"))
            out.append(replace(out[-1], code="043", source=t_actor, target=s_actor,
                               rule=f"{pattern.id}.host"))
        if deployed or posted_abroad(trigger, pattern.code, s_actor, t_actor):
            out[-1] = replace(out[-1], code="074", rule=f"{pattern.id}.deployed")
        reverse = pattern.extras.get("reverse_code")
        if isinstance(reverse, str) and hosts(t_actor, venue) and single_target \
                and not deployed and not passing_aside(trigger):
            # TABARI paired codes: "A visits B" also says "B hosts A" (not for a
            # list of trips: "has travelled to China, North Korea and Vietnam")
            out.append(replace(out[-1], code=reverse, source=t_actor, target=s_actor,
                               rule=f"{pattern.id}.reverse"))
        if accusation is not None:
            out.append(accusation)
        if out[made].target is not None and by_phone(trigger, pattern.code):
            # "Putin apologised to him by telephone": the apology, and a call
            out.append(replace(out[made], code="041", rule=f"{pattern.id}.phone"))
    return out


def passing_aside(trigger: Token) -> bool:
    """"Panetta, visiting Tokyo, called for calm": a participle set off by
    commas tells where its subject is while doing something else; the trip is
    told, but nobody is said to host it."""
    doc, after = trigger.doc, trigger.right_edge.i + 1
    return trigger.tag_ == "VBG" and trigger.dep_ in ("acl", "advcl") and trigger.i > 0 \
        and doc[trigger.i - 1].text == "," and after < len(doc) and doc[after].text == ","


# What is said "by telephone" is said on a call: statements, appeals, promises,
# praise, demands, criticism and threats, not meetings (coded as what they are).
PHONED_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
PHONES = frozenset({"phone", "telephone", "videophone"})


def by_phone(trigger: Token, code: str) -> bool:
    """The act was done over the telephone: "by telephone", "over the phone"."""
    return trigger.pos_ == "VERB" and code[:2] in PHONED_ROOTS and any(
        o.lemma_.lower() in PHONES for prep in ("by", "over")
        for o in syntax.prep_objects(trigger, prep))


def candidate(trigger: Token, pattern: Pattern, article_id: str, source: Actor | None,
               target: Actor | None, mod: Modality, status: str, places: tuple[str, ...]
               ) -> EventCandidate:
    sent = trigger.sent
    threat = threat_code(trigger, pattern.code)
    code = threat or intent_code(trigger, pattern.code, mod.status)
    if threat is not None:  # the threat's own modality: "did not threaten" is negated
        status = modality_of(trigger.head).status
    if status == "planned" and (said_now(trigger, code) or pattern.extras.get("negative")):
        # a phrase that holds only with its own "not" is a stance taken now: "would
        # not send observers" is a refusal voiced today, not a plan
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


def threat_code(trigger: Token, code: str) -> str | None:
    """The threat a hostile act is when a threatening verb governs it: "threatened
    to impose sanctions" is 1312, not 163; "warned that it would expel" is 1313.
    The threat is what happened; the act itself has not."""
    if trigger.head.lemma_.lower() not in THREATENING_VERBS:
        return None
    words = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    infinitive = trigger.dep_ in {"xcomp", "advcl"} and "to" in words
    reported = trigger.dep_ == "ccomp" and bool(words & {"would", "will", "could"})
    if not (trigger.dep_ == "xcomp" or infinitive or reported):
        return None
    return _threat_for(code)


def _threat_for(code: str) -> str | None:
    """The threat of a hostile act, by the longest code prefix that has one."""
    return next((THREAT_CODES[code[:n]] for n in range(len(code), 1, -1)
                 if code[:n] in THREAT_CODES), None)


def forsworn(trigger: Token, cand: EventCandidate) -> bool:
    """A promise not to use force ("pledged not to threaten or use force against
    each other") is an intent to de-escalate (CAMEO 0356), made now; the force
    itself stays negated."""
    if cand.status != "negated" or cand.code[:2] not in FORSWORN_ROOTS or cand.target is None:
        return False
    act = trigger.head if trigger.dep_ == "conj" else trigger
    return act.dep_ == "xcomp" and act.head.lemma_.lower() in PROMISING_VERBS \
        and any(c.dep_ == "neg" for c in act.children)


def conditional_threat(trigger: Token, cand: EventCandidate, mod: Modality,
                       source: ActorMention | None, index: MentionIndex
                       ) -> EventCandidate | None:
    """A hostile act its own author says it would do on a condition ("would strike
    if Hezbollah breaks the truce", "could tighten sanctions if incursions
    continue", "stands ready to impose sanctions") is a threat made now: the
    act stays hypothetical, the threat (CAMEO 13) is asserted."""
    if cand.code[:2] in STATEMENT_ROOTS or cand.target is None:
        return None
    verb = trigger if trigger.pos_ == "VERB" else syntax.governing_verb(trigger) or trigger
    conditioned = cand.status in ("hypothetical", "planned") and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                  for m in c.children) for c in verb.children)
    ready = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READY_WORDS
    if not (conditioned or ready) or (verb.dep_ == "xcomp" and not ready):
        return None  # "urged Europe to impose sanctions if ...": someone else's act
    code = _threat_for(cand.code)
    if code is None:
        return None
    if mod.speech is not None and not _said_by_source(mod.speech, source, index):
        return None  # "analysts said China could invade if ..." is no Chinese threat
    return replace(cand, code=code, status="asserted", rule=f"{cand.rule}.threat")


def one_threat(found: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """"Warned that Minsk would respond with countermeasures" is one threat: the
    specific one coded from what is threatened (1312) replaces the bare 130 of the
    verb of threatening, for the same parties in the same sentence."""
    def parties(c: EventCandidate) -> tuple[str | None, str | None]:
        return (c.source.party if c.source else None, c.target.party if c.target else None)

    def threatening(c: EventCandidate) -> bool:
        tok = syntax.trigger_token(doc, c)
        return tok is not None and tok.lemma_.lower() in THREATENING_VERBS

    specific = {(c.sentence_start, parties(c)) for c in found
                if c.code[:2] == "13" and not threatening(c)}
    return [c for c in found if not (c.code[:2] == "13" and threatening(c)
                                     and (c.sentence_start, parties(c)) in specific)]


def intent_code(trigger: Token, code: str, status: str) -> str:
    """"Agreed to exchange prisoners", "offered to cooperate", "would send
    aid": what is promised or announced is coded as the intent to do it
    (CAMEO's 03 family), since the promise is the event the sentence reports."""
    if status == "planned" and code in ANNOUNCED_INTENT_CODES and not (
            trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "agree"):
        return ANNOUNCED_INTENT_CODES[code]
    intent = INTENT_CODES.get(code)
    if intent is None:
        promised = PROMISED_ONLY_INTENT_CODES.get(code)
        return promised if promised is not None and _promised(trigger) else code
    if status == "planned" or _promised(trigger):
        return intent
    return code


def _promised(trigger: Token) -> bool:
    """The act is what a promising verb governs, directly or through a verb of
    aspect ("agreed to keep negotiating", "pledged to continue sending aid")."""
    current = trigger
    while current.dep_ == "xcomp" and current.head.lemma_.lower() in ASPECT_VERBS:
        current = current.head
    return current.dep_ == "xcomp" and current.head.lemma_.lower() in PROMISING_VERBS | READY_WORDS


def said_now(trigger: Token, code: str) -> bool:
    """Intentions and threats are events when they are voiced ("would send
    aid", "would respond with tariffs"), and so is an agreement to act ("agreed
    to halt fighting"): the future is what is promised, not the event."""
    if code[:2] in STATEMENT_ROOTS:
        return True
    return _promised(trigger)


def purged(code: str, source: Actor | None, target: Actor | None) -> bool:
    """A government arresting or sacking its own officials ("the government placed
    port officials under house arrest"): the same sector code, but not the same
    party acting on itself."""
    return code[:2] == "17" and source is not None and target is not None \
        and target.actor_id is None and source.actor_id != target.actor_id \
        and source.text.lower() != target.text.lower()


def posted_abroad(trigger: Token, code: str, source: Actor | None,
                  target: Actor | None) -> bool:
    """Troops deployed "to Mozambique's Cabo Delgado province" go into another
    state's land, which takes them in: support (074). Troops sent "to the border"
    or "to the area" show force to whoever is across it (154)."""
    if code != "154" or source is None or target is None or target.kind != "state" \
            or target.party == source.party:
        return False
    where = syntax.prep_objects(trigger, "to") or [
        p for o in syntax.direct_objects(trigger) for p in syntax.prep_objects(o, "to")]
    return bool(where) and not any(
        w.lemma_.lower() in FRONT_NOUNS and (w.lemma_.lower() in EDGE_NOUNS or not any(
            c.dep_ == "poss" for c in w.children))
        for w in where)  # "Niger's western region" is Niger's land, "Ukraine's border" its edge


def plausible(code: str, source: Actor | None, target: Actor | None) -> bool:
    """Dyads a coder would not sign: a deployment coded as a visit, a crowd as
    the host of one, a state attacking a place in its own country (taking back
    its own territory is aimed at whoever held it, which the sentence may not
    say)."""
    root = code[:2]
    if root == "04" and target is not None and target.kind in NON_GUEST_KINDS:
        return False
    if code in ("042", "043") and source is not None and source.kind in NO_VISIT_KINDS:
        return False
    if code == "042" and source is not None and source.kind in NON_GUEST_KINDS:
        return False  # "thousands of people arrived in Croatia": migration, not a visit
    if (root in ("18", "19") and source is not None and target is not None
            and target.kind in PLACE_KINDS and target.country == source.party):
        return False
    return True


def meets_at_home(trigger: Token, target: Actor | None, source: Actor | None,
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


def meets_elsewhere(trigger: Token, target: Actor | None, source: Actor | None,
                    index: MentionIndex) -> bool:
    """A meeting placed in a country neither party is from ("Kono and Kang met in
    Bangkok") is CAMEO's meeting at a third location."""
    if target is None or source is None or target.country is None \
            or source.country is None:
        return False
    for tok in syntax.clause_tokens(trigger):
        if syntax.is_locative(tok):
            mention = index.at(tok)
            if mention is not None and mention.actor.kind in (*PLACE_KINDS, "state") \
                    and mention.actor.country not in (None, source.country, target.country):
                return True
    return False


def hosts(target: Actor | None, venue: Actor | None) -> bool:
    """A visit's destination also hosts it (TABARI's paired 042/043) when it is
    a state, a government or a person named as the destination, not a city and
    not the dateline venue the visit was only inferred to."""
    return (usable(target) and target is not venue and target is not None
            and target.kind not in PLACE_KINDS)


def places_of(trigger: Token, place_ents: Sequence[Span],
              index: MentionIndex | None = None) -> tuple[str, ...]:
    """Places named in a locative phrase of the trigger's clause ("in Bishkek"),
    nearest first; "children from Ukraine" does not place an event in Ukraine.
    With ``index``, a court the clause happens in ("pleaded not guilty in a U.S.
    court", "before a Paris tribunal") counts too, after the places: it says
    whose justice the act is."""
    clause = list(syntax.clause_tokens(trigger))
    near = [t for t in clause if t.ent_type_ in PLACE_LABELS and syntax.is_locative(t)]
    ents = place_ents
    ordered = sorted(
        (e for e in ents if any(e.start <= t.i < e.end for t in near)),
        key=lambda e: abs(e.start - trigger.i),
    )
    found = [e.text for e in ordered]
    if index is not None:
        for t in clause:
            court = index.at(t)
            if court is not None and court.actor.kind == "judiciary" and t.i == court.head \
                    and (syntax.is_locative(t) or (t.dep_ == "pobj" and t.head.lower_ == "before")):
                found.append(trigger.doc[court.start:court.end].text)
    return tuple(dict.fromkeys(found))


def status_of(mod: Modality, source: ActorMention | None, index: MentionIndex) -> str:
    """A claim is "reported" when someone else makes it; a government speaking
    for its own leader or forces ("Blinken urged ..., the State Department
    said") asserts it."""
    if mod.status != "reported" or mod.speech is None:
        return mod.status
    return "asserted" if _said_by_source(mod.speech, source, index) else "reported"


def _said_by_source(speech: Token, source: ActorMention | None, index: MentionIndex) -> bool:
    """The one saying it is the source itself, its government or its own pronoun
    ("Russia said it would ...")."""
    speaker_tok = speaker_of(speech)
    speaker = index.actor_under(speaker_tok) if speaker_tok is not None else None
    if speaker is None or source is None or speaker_tok is None:
        return False
    return (same_actor(speaker.actor, source.actor) or speaker_tok.i == source.head
            or (speaker.actor.party is not None and speaker.actor.party == source.actor.party))
