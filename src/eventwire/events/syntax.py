"""Reading source and target slots off a spaCy dependency parse.

These helpers answer one question each ("who is the grammatical agent of this
verb?", "what hangs under this preposition?") so the matcher in ``extract``
stays a readable sequence of decisions. They follow the English conventions of
spaCy's ClearNLP-style labels: nsubj/nsubjpass, dobj, agent ("by" in passives),
prep/pobj, xcomp for control ("is scheduled to visit"), relcl, conj.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from eventwire.model import EventCandidate

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs of saying: what they report is an event of its own, never a word of
# their own pattern ("said the talks would resume" is not "say ... talks").
REPORTING_VERBS = frozenset({
    "say", "tell", "claim", "report", "state", "add", "note", "announce", "write", "believe",
    "think", "describe", "insist", "reply", "confirm", "declare", "explain",
})
# Verbs whose object is the one who does what the infinitive says.
OBJECT_CONTROL = frozenset({
    "invite", "urge", "ask", "tell", "order", "persuade", "press", "force", "allow",
    "encourage", "instruct", "request", "help", "push", "pressure", "warn", "advise",
    "expect", "want", "require", "compel", "oblige", "authorise", "authorize", "permit",
    "enable", "direct", "implore", "beg",
})
# Verbs whose object carries the event: "embark on a visit", "hold talks",
# "impose sanctions". A noun trigger under one of these takes its source from
# the verb's subject. Not "host": who hosts talks need not take part in them.
# Nouns that sum up the clause before them: "..., a move Caracas condemned".
SUMMING_NOUNS = frozenset({"move", "step", "decision", "action", "measure", "act"})
LIGHT_VERBS = frozenset({
    "embark", "pay", "make", "hold", "conduct", "carry", "launch", "begin", "start", "stage",
    "impose", "issue", "take", "go", "undertake", "have", "attend", "join", "agree",
    "announce", "plan", "schedule", "arrange", "cancel", "postpone", "call", "seek", "offer",
    "propose", "sign", "reach", "order", "approve", "deliver", "send", "provide", "grant",
    "extend", "lift", "adopt", "declare", "initiate", "open", "resume", "continue", "mount",
    "unveil", "slap", "level", "file", "bring", "lodge", "expand", "tighten", "end",
    "express", "voice", "show", "stand", "witness", "accept", "engage",
})
# "The two leaders witnessed the signing" is their governments' signing; four
# guarantors who witness it ("the US, Britain, France and Germany witnessed the
# signing") are not its signers.
WITNESS_VERBS = frozenset({"witness"})


# Journeys and welcomes: "arrive for talks", "hosted Xi for a visit" -- the
# event noun after "for" is what the verb's subject came or hosted for.
PURPOSE_VERBS = frozenset({
    "arrive", "travel", "fly", "come", "go", "head", "land", "return", "host", "welcome",
    "receive", "invite", "meet", "gather", "visit", "set", "leave", "depart",
})
# ... of which the guest is the object: "Ramaphosa received Xi for a state visit".
HOSTING_VERBS = frozenset({"host", "welcome", "receive", "invite", "greet"})


# Exchanges one takes part in by speaking: "in a phone call with X, Y said".
# Journeys: "during a visit to Israel, Biden said": the one who speaks travels.
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stopover"})
# "accepted an invitation to visit": the one who accepts goes.
INVITATION_NOUNS = frozenset({"invitation", "invite", "offer"})
ACCEPTING_VERBS = frozenset({"accept", "take", "receive", "welcome"})
CONVERSATION_NOUNS = frozenset({"call", "conversation", "talk", "telephone", "meeting",
                                "videoconference", "interview"})
# Verbs of saying something to someone: the speaker's acts, not the reported clause's.
SPEECH_ACTS = frozenset({"urge", "call", "appeal", "demand", "warn", "ask", "accuse",
                         "condemn", "criticise", "criticize", "praise", "welcome", "reject",
                         "deny", "vow", "pledge", "promise", "threaten", "thank", "invite"})
# Nouns for what someone says or signs: a participle on one is its author's act.
STATEMENT_NOUNS = frozenset({"statement", "communique", "declaration", "letter", "message",
                             "decree", "order", "resolution", "note", "post", "tweet"})


def misread_main_verb(verb: Token) -> bool:
    """A past verb the parser hung on a name it made the sentence's root, with no
    "by" of a passive: the sentence's main verb, the name its subject."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" \
        and head.pos_ == "PROPN" and not any(c.dep_ == "agent" for c in verb.children)


def is_passive(verb: Token) -> bool:
    """Passive voice, including the reduced relative ("tariffs *ordered* by Trump")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # not with an object of its own: "strikes killed 232 people", misparsed as
        # a reduced relative, is active; nor the only verb of a sentence whose root
        # is a name ("Singapore, which runs two parks, called on Hanoi")
        return not any(c.dep_ == "dobj" for c in verb.children) \
            and not misread_main_verb(verb)
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "a conference co-hosted by the EU and Sweden"
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


# First words of two-word prepositions the parser splits ("out of", "away from").
COMPOUND_PREP_HEADS = frozenset({"out", "away"})


def prep_objects(token: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` attached to the token ("met *with* X", "visit *to* Y")."""
    found: list[Token] = []
    # "hand back to Azerbaijan four villages": the parser hangs the PP on the particle,
    # and "pulled its envoy out of Caracas" on the first word of a two-word preposition
    heads = [*token.children, *(p for c in token.children if c.dep_ == "prt" or (
        c.dep_ == "prep" and c.lower_ in COMPOUND_PREP_HEADS
        and not any(x.dep_ == "pobj" for x in c.children)) for p in c.children)]
    for child in heads:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
            # "with Park and with Abe": a repeated preposition is coordinated
            for pp in (child, *(c for c in child.conjuncts if c.lower_ == prep)):
                found.extend(c for c in pp.children if c.dep_ == "pobj")
    return found


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the heads it is coordinated with ("Putin and Japarov").

    A conjunct in object position that is directly followed by a finite verb
    is the subject of a coordinated clause the parser attached too low: in
    "since Moscow invaded Ukraine and Armenia decided to submit", Armenia is
    not a second thing Moscow invaded.
    """
    out = [token]
    is_subject = token.dep_ in SUBJECT_DEPS or token.dep_ in PASSIVE_SUBJECT_DEPS
    for conj in token.conjuncts:
        if conj.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if not is_subject and _opens_clause(conj):
            continue
        out.append(conj)
    if is_subject:
        out += _stranded_conjuncts(token) + _listed_in_apposition(token) + _split_subjects(token)
    return out


def _split_subjects(subject: Token) -> list[Token]:
    """"Warships from Iran, Russia and China began": the parser makes the rest
    of a comma list a second subject of the verb; the names after the comma are
    conjuncts of the first subject."""
    return [t for other in subject.head.children
            if other.dep_ == subject.dep_ and other.i > subject.i and other.pos_ == "PROPN"
            and other.left_edge.i > 0 and subject.doc[other.left_edge.i - 1].text == ","
            for t in (other, *other.conjuncts) if t.pos_ == "PROPN"]


def _listed_in_apposition(token: Token) -> list[Token]:
    """"Saudi Arabia, the UAE, Bahrain and Egypt agreed": the parser reads the
    second name of a comma list as an apposition of the first, and the rest as
    its conjuncts. One proper name is no apposition of a list of others."""
    if token.tag_ != "NNP":
        return []
    return [t for appos in children(token, {"appos"})
            if appos.tag_ == "NNP" and appos.conjuncts
            for t in (appos, *appos.conjuncts) if t.pos_ == "PROPN"]


def _stranded_conjuncts(subject: Token) -> list[Token]:
    """Subjects the parser hung on a place inside the first one: in "the U.N.
    mission in Somalia and the United States embassy condemned", the embassy is
    no second Somalia. Only a common noun with its own determiner after a
    proper-noun place is taken, so "talks in Moscow and Kyiv" stays one place."""
    out = []
    for prep in subject.children:
        if prep.dep_ != "prep":
            continue
        for place in children(prep, {"pobj"}):
            if place.pos_ != "PROPN":
                continue
            out += [c for c in place.conjuncts if c.pos_ == "NOUN"
                    and any(d.dep_ == "det" for d in c.children)]
    return out


# Adverbs that make a bare "did" or "has" repeat the verb before it ("and so did
# Poland", "and Poland did too").
ECHO_ADVERBS = frozenset({"so", "too", "also", "likewise"})


def echoed_subjects(verb: Token) -> list[Token]:
    """Subjects that repeat the verb by ellipsis: "X condemned the attack, as did
    Turkey" has Turkey condemn it too; so do "as have Ireland and Norway", "and
    so did Poland", "and Poland did too", "and Poland (quickly) followed (suit)"
    and "and Poland did the same"."""
    # "issued a statement recognising him, and X quickly followed": the echo
    # hangs on the verb that carries the act
    carriers = [verb]
    while carriers[-1].dep_ in ("acl", "xcomp", "dobj") and len(carriers) < 4 \
            and carriers[-1].head.i != carriers[-1].i:
        carriers.append(carriers[-1].head)
    return [subj for carrier in carriers if carrier.pos_ in ("VERB", "AUX")
            for clause in carrier.children if _echoes(clause)
            for subj in children(clause, SUBJECT_DEPS)]


def _echoes(clause: Token) -> bool:
    """A clause that only repeats the verb it hangs on, with a subject of its own."""
    lemma = clause.lemma_.lower()
    objects = children(clause, OBJECT_DEPS)
    if clause.dep_ == "conj" and lemma == "follow" and not children(clause, {"prep"}) \
            and all(o.lower_ == "suit" for o in objects):
        return True  # "and X followed (suit)"
    if clause.dep_ == "conj" and objects and lemma == "do" \
            and all(o.lower_ == "same" for o in objects):
        return True
    if lemma not in ("do", "have") or objects:
        return False
    if clause.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in ("as", "so") for m in clause.children)
    return clause.dep_ == "conj" and any(
        m.dep_ == "advmod" and m.lower_ in ECHO_ADVERBS for m in clause.children)


def _opens_clause(noun: Token) -> bool:
    """The noun phrase is followed by a finite verb: it is that verb's subject."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return False
    nxt = noun.doc[after]
    return nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in FINITE_TAGS


def grammatical_subject(verb: Token) -> Token | None:
    """The agent of a verb: its subject, the by-phrase of a passive, or the
    controller of a subjectless verb ("Putin is scheduled to visit" -> Putin,
    "invited X to visit" -> X, "..., accusing them" -> the main clause's
    subject, "people protesting" -> people)."""
    if is_passive(verb):
        agents = prep_objects(verb, "by")
        # "a warrant was issued": the agent is not said, unless the parser hung
        # it on a clause below ("started against judges who granted the order
        # by Moscow")
        return agents[0] if agents else _stray_agent(verb)
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            return None
        # Above the trigger the controller is the syntactic subject, passive or
        # not: "X is scheduled to visit", "X was troubled by the vote and urged".
        deps = SUBJECT_DEPS if current is verb else SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        subj = children(current, deps)
        if subj:
            return _misread_participle(subj[0]) or _antecedent(_gathered(subj[0]))
        current, found = _controller_step(current)
        if found is not None:
            return found
    return None


# Participles that follow the people they tell of ("ministers meeting in
# Luxembourg condemned ...") and that the parser reads as a noun they modify.
GATHERED_PARTICIPLES = frozenset({"meeting", "gathering", "gathered", "speaking"})


def _gathered(subject: Token) -> Token:
    """"EU foreign ministers meeting in Luxembourg on Monday condemned ...": the
    parser makes "meeting" the subject, with the ministers hung on it as a
    compound or its own subject; the ministers are meant. A meeting placed by
    nothing ("a ministers' meeting decided") stays the subject."""
    if subject.text.lower() not in GATHERED_PARTICIPLES or not children(subject, {"prep"}):
        return subject
    people = [c for c in children(subject, {"compound", "nsubj"})
              if c.i == subject.i - 1 and c.tag_ in ("NNS", "NNPS")]
    return people[0] if people else subject


def _misread_participle(subject: Token) -> Token | None:
    """"Speaking in Addis Ababa, U.N. chief Guterres welcomed ...": the parser
    reads the opening participle as the subject and hangs the real one on the
    place as an apposition; the proper noun just before the verb is meant."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG" or children(subject, SUBJECT_DEPS):
        return None
    last = subject.doc[subject.head.i - 1] if subject.head.i > 0 else None
    if last is None or last.i <= subject.i or last.pos_ != "PROPN":
        return None
    head = last
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    return head if head.dep_ == "appos" and head.i == last.i else None


def _stray_agent(passive: Token) -> Token | None:
    """A "by" + proper name under an active verb that has its own subject
    cannot be that verb's agent: it belongs to the passive verb above."""
    for tok in passive.subtree:
        if tok.lower_ != "by" or tok.dep_ not in ("prep", "agent") or tok.head.i == passive.i:
            continue
        host = tok.head
        # "was hit with sanctions by the EU", "was killed in a strike by Israel": the
        # parser hangs the agent on the object of the verb's own preposition
        on_own_prep = host.pos_ == "NOUN" and host.dep_ == "pobj" \
            and host.head.dep_ == "prep" and host.head.head.i == passive.i
        if on_own_prep or (host.pos_ == "VERB" and not is_passive(host)
                           and children(host, SUBJECT_DEPS)):
            for obj in children(tok, {"pobj"}):
                if obj.pos_ == "PROPN":
                    return obj
    return None


def _controller_step(current: Token) -> tuple[Token | None, Token | None]:
    """One step up from a subjectless verb: (the verb to look at next, or the
    controller itself when the step decides it)."""
    dep = current.dep_
    head = current.head
    if dep == "xcomp":
        objs = children(head, {"dobj"})
        if objs and head.lemma_.lower() in OBJECT_CONTROL:
            return None, _antecedent(objs[0])  # object control: "urged X to drop"
        addressed = prep_objects(head, "on") if head.lemma_.lower() == "call" else []
        if addressed:
            return None, addressed[0]  # "called on X to cease hostilities" -> X
        return head, None  # "called Erdogan to congratulate him" -> the caller
    if dep == "advcl" and head.pos_ in ("VERB", "AUX"):
        agents = prep_objects(head, "by") if is_passive(head) else []
        if agents:  # "were pushed back by riot police using tear gas" -> the police
            return None, agents[0]
        if current.tag_ == "VBG" and head.dep_ == "xcomp" and current.i > 0 \
                and current.doc[current.i - 1].text == ",":
            # "ordered the officials to leave within 72 hours, accusing them of
            # meddling": a participle set off after an infinitive clause goes
            # with the main verb, not with the one told to act
            return head.head, None
        return head, None  # shared subject: "..., accusing them of"
    if dep == "conj" and head.pos_ in ("VERB", "AUX", "ADJ"):
        report = head.head
        if (_speech_act(current) and head.dep_ == "ccomp"
                and (head.pos_ == "VERB" or _thing_is(head))
                and head.lemma_.lower() not in SPEECH_ACTS
                and not is_passive(head)  # "X was concerned and urged": X urged
                and report.lemma_.lower() in REPORTING_VERBS):
            # "Ban said the expulsions would cause damage and urged Sudan to
            # reconsider": the parser hung "urged" in what was said; Ban urged
            return report, None
        return head, None  # "declared ... and asked", "was troubled ... and urged"
    if dep == "acomp":
        return head, None  # "he is due to meet": the copula's subject
    if dep == "ccomp" and any(c.dep_ == "aux" for c in current.children):
        # "said Ottawa was concerned, had raised the case": a second reported
        # clause with no subject of its own shares the one before it
        before = [c for c in head.children if c.dep_ == "ccomp" and c.i < current.i
                  and children(c, SUBJECT_DEPS)]
        if before:
            return before[-1], None
    if dep == "acl" and current.tag_ in ("VBD", "VBZ") and head.dep_ == "pobj" \
            and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB" \
            and current.i > 0 and current.doc[current.i - 1].text == ",":
        # "X welcomed the ruling and, in a televised address, called on Kenya":
        # a finite verb after the aside is the main verb's second, not the noun's
        return head.head.head, None
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        owner = [c for c in head.children if c.dep_ in ("poss", "compound")
                 and c.i < head.i and c.pos_ == "PROPN"]
        if current.tag_ == "VBG" and head.lemma_.lower() in STATEMENT_NOUNS and owner:
            return None, owner[0]  # "condemned a Taliban order barring women": the Taliban
        if current.tag_ == "VBG" and head.lemma_.lower() in STATEMENT_NOUNS:
            # "Trump issued a statement recognising him": the one who issued it
            verb = head.head if head.dep_ in ("dobj", "pobj") else None
            verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
            if verb is not None and verb.pos_ in ("VERB", "AUX"):
                return verb, None
        if current.tag_ == "VBG":
            return None, head  # "people protesting", "a vessel carrying supplies"
        if current.tag_ in ("VBD", "VBN") and (children(current, {"dobj"})
                                                or misread_main_verb(current)):
            # a main verb the parser hung on its subject as a reduced relative:
            # "Israeli air strikes killed 232 people" (strikes ROOT, killed acl),
            # "Singapore, which runs two of the parks, called on Hanoi to ..." (a
            # name at the root has no verb of its own)
            return None, head
        if (head.lemma_.lower() in INVITATION_NOUNS and head.dep_ == "dobj"
                and head.head.lemma_.lower() in ACCEPTING_VERBS):
            return head.head, None  # "Rahmon accepted an invitation to pay a visit"
        poss = children(head, {"poss"})
        return None, poss[0] if poss else None  # "Xi's decision to visit"
    if dep == "pcomp" and head.dep_ == "prep":
        verb = head.head
        objects = children(verb, {"dobj"}) if verb.pos_ in ("VERB", "AUX") else []
        if objects and head.lower_ in ("of", "for"):
            return None, _antecedent(objects[0])  # "accused X of laying mines" -> X
        return verb, None  # "after meeting X"
    return None, None


def _speech_act(verb: Token) -> bool:
    """A verb of saying something to someone, "held X responsible" included."""
    lemma = verb.lemma_.lower()
    return lemma in SPEECH_ACTS or (lemma == "hold" and any(
        c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "responsible"
        for c in verb.children))


def _thing_is(copula: Token) -> bool:
    """"the allegations were serious": a copula whose subject is a common noun
    (a thing said of, not a party that could go on to urge)."""
    subjects = children(copula, SUBJECT_DEPS)
    return copula.pos_ == "AUX" and bool(subjects) and subjects[0].pos_ == "NOUN"


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def direct_objects(verb: Token) -> list[Token]:
    """The patient: the object, the passive subject, or the noun a reduced
    relative modifies ("tariffs ordered by Trump"); a relative pronoun stands
    for its antecedent ("troops, who it accused of ...")."""
    if is_passive(verb):
        if verb.dep_ == "acl":
            return [verb.head]
        return [_antecedent(t) for t in children(verb, PASSIVE_SUBJECT_DEPS)]
    objects = children(verb, OBJECT_DEPS)
    if any(t.dep_ == "dobj" and t.tag_ not in ("WP", "WDT") for t in objects):
        # "called Putin a war criminal": the predicate says what the object is
        # (but "condemned what it called Iran's strikes" names them there)
        objects = [t for t in objects if t.dep_ != "oprd"]
    return [_antecedent(t) for t in objects]


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun depends on: "embark on a visit" -> embark."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


# Nouns that sum up a claim another party answers: "..., a charge Qatar denies".
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})


def summed_by_denial(verb: Token) -> bool:
    """"X cut ties with Y, accusing it of ..., a charge Y denies": the parser
    makes the main clause the object clause of the denial after it; the denial
    answers the claim, it does not negate the act."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.i > head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and verb.i < c.i < head.i
               and c.lemma_.lower() in CHARGE_NOUNS for c in head.children)


def _time_to(clause: Token) -> bool:
    """"24 hours to leave": the parser makes the infinitive a relative clause of
    the time it is given, but it says what the time is for."""
    return clause.dep_ == "relcl" and clause.tag_ == "VB" \
        and clause.head.lemma_.lower() in {"hour", "day", "week", "month"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def right_lemmas(trigger: Token) -> set[str]:
    """Lemmas of the trigger's complements, for the patterns' ``words`` check.

    Conditional and relative clauses are left out, and what a verb of saying
    reports: in "urged X to impose sanctions if it refused a ceasefire" the
    ceasefire is a condition, not what was urged, and what "said" reports is an
    event of its own; a participle stays ("landed carrying water") and so does
    what is demanded ("demanded that Denmark withdraw")."""
    out: set[str] = set()
    skip = {"relcl", "ccomp"} if trigger.lemma_.lower() in REPORTING_VERBS else {"relcl"}
    stack = [c for c in trigger.children
             if (c.i > trigger.i or c.dep_ in PASSIVE_SUBJECT_DEPS)
             and c.dep_ not in ("punct", "cc", "conj", "mark") and c.dep_ not in skip
             and not _conditional(c)]
    while stack:
        tok = stack.pop()
        out.add(tok.lemma_.lower())
        out.add(tok.lower_)
        stack.extend(c for c in tok.children if (c.dep_ not in skip or _time_to(c))
                     and not _conditional(c))
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in CHARGE_NOUNS \
            and not children(trigger, OBJECT_DEPS):
        # "a charge Tajikistan rejected": what the clause rejects is its antecedent
        out |= {trigger.head.lemma_.lower(), trigger.head.lower_}
    return out


def _conditional(token: Token) -> bool:
    """An adverbial clause opened by a conjunction ("if it refused ...")."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children)


def clause_tokens(trigger: Token) -> Iterator[Token]:
    """The trigger's clause: its subtree, without coordinated or embedded clauses."""
    stack = [trigger]
    while stack:
        tok = stack.pop()
        yield tok
        for child in tok.children:
            if child.dep_ in ("conj", "ccomp", "advcl", "relcl", "parataxis"):
                continue
            stack.append(child)


LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around"})


def event_verb(noun: Token) -> Token | None:
    """The verb whose agent an event noun shares: a light verb ("hold talks",
    "embark on a visit") or a journey or welcome for that purpose ("arrive for
    talks", "hosted Xi for talks"); never a verb that judges the event
    ("condemned the visit")."""
    verb = governing_verb(noun)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    prep = noun.head.lower_ if noun.dep_ == "pobj" else None
    if lemma in WITNESS_VERBS and len(with_conjuncts(grammatical_subject(verb) or verb)) > 2:
        return None
    if lemma in LIGHT_VERBS and prep in (None, "on", "in", "into", "to"):
        return verb  # "held talks", "embarked on a visit", "agreed to a visit"; not
        # "issued a warrant for the deportation" (the deportation is not the court's)
    if lemma in PURPOSE_VERBS and prep == "for":
        return verb
    if lemma == "claim" and prep in (None, "for"):
        return verb  # "the Houthis claimed an attack", "claimed responsibility for it"
    if prep in ("after", "before", "during", "following") and (
            plural_subject(verb) or noun.lemma_.lower() in CONVERSATION_NOUNS
            and prep_objects(noun, "with")):
        # "Lula and Xi signed agreements after talks": they talked; "Blinken,
        # after talks with the foreign minister of Egypt, said": Blinken did
        return verb
    if prep in ("on", "during") and noun.lemma_.lower() in JOURNEY_NOUNS \
            and verb.pos_ == "VERB" and not is_passive(verb):
        return verb  # "Biden said, during a visit to Israel, ...": Biden travelled
    if prep == "on" and lemma == "be" and noun.lemma_.lower() in JOURNEY_NOUNS:
        return verb  # "Modi is on a three-day visit to France": Modi travels
    if prep in ("in", "during") and noun.lemma_.lower() in CONVERSATION_NOUNS:
        return verb  # "In a phone call with Erdogan, Putin discussed ...": Putin called
    return None


def plural_subject(verb: Token) -> bool:
    """Coordinated or plural subjects ("Lula and Xi", "the two presidents")."""
    subject = grammatical_subject(verb)
    return subject is not None and (bool(subject.conjuncts) or subject.tag_ in ("NNS", "NNPS"))


def says_each_other(token: Token) -> bool:
    """The phrase is reciprocal: "each other's diplomats", "one another"."""
    words = [t.lower_ for t in token.subtree]
    return any(a == "each" and b == "other" or a == "one" and b == "another"
               for a, b in zip(words, words[1:], strict=False))


def names_an_act(noun: Token) -> bool:
    """A deverbal noun ("killing", "deportation") names an act: what follows
    "of" is its victim, not the party acted against."""
    return noun.lower_.endswith(("ing", "tion", "sion", "ment"))


def clause_head(token: Token) -> Token:
    """The head of the smallest clause holding the token."""
    head = token
    while head.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis") \
            and not (head.dep_ == "conj" and head.pos_ in ("VERB", "AUX")):
        if head.head.i == head.i:
            break
        head = head.head
    return head


def is_locative(token: Token) -> bool:
    """The token names where something happens ("in Bishkek", "near the
    border"), not who is involved ("children from Ukraine")."""
    head = token
    while head.dep_ in ("compound", "amod", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


def reporter(trigger: Token, pronouns: bool = False) -> Token | None:
    """The subject of the verb of saying that reports the trigger's clause:
    in "Baku said it had responded", "it" is Baku; in "Pashinyan announced
    preparations for a meeting with X" the announcer meets X. Used only where
    the parse gives no agent the actors stage could resolve; a pronoun subject
    ("It said 18 Saudis had been detained") only with ``pronouns``."""
    current = trigger
    for _ in range(6):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            return None
        if dep in ("ccomp", "dobj") and head.lemma_.lower() in REPORTING_VERBS:
            subject = grammatical_subject(head)
            return subject if subject is not None and (pronouns or subject.pos_ != "PRON") \
                else None
        if dep not in ("conj", "xcomp", "advcl", "ccomp", "prep", "pobj", "pcomp", "dobj",
                       "relcl", "agent", "acomp", "attr", "nsubj", "nsubjpass"):
            return None
        current = head
    return None


def what_it_names(trigger: Token) -> Token | None:
    """The doer of the act "in what X called a provocation" or "a move X condemned"
    names: the subject of the clause the phrase hangs on ("Russian jets flew into
    its airspace, in what the EU called an extremely dangerous provocation")."""
    # "X carried out drills, a move Caracas condemned as a provocation"
    summed = trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in SUMMING_NOUNS \
        and not children(trigger, OBJECT_DEPS)
    called = trigger.dep_ == "pcomp" and trigger.head.lower_ == "in" \
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in trigger.children)
    if not (summed or called):
        return None
    clause = trigger.head.head
    return grammatical_subject(clause) if clause.pos_ in ("VERB", "AUX") else None


def trigger_token(doc: Doc | None, cand: EventCandidate) -> Token | None:
    """The parse token of an event's trigger (the later stages keep only its
    character offsets)."""
    if doc is None:
        return None
    span = doc.char_span(cand.trigger_start, cand.trigger_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
