"""Reading source and target slots off a spaCy dependency parse.

These helpers answer one question each ("who is the grammatical agent of this
verb?", "what hangs under this preposition?") so the matcher in ``extract``
stays a readable sequence of decisions. They follow the English conventions of
spaCy's ClearNLP-style labels: nsubj/nsubjpass, dobj, agent ("by" in passives),
prep/pobj, xcomp for control ("is scheduled to visit"), relcl, conj.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
# Verbs whose object carries the event: "embark on a visit", "hold talks",
# "impose sanctions". A noun trigger under one of these takes its source from
# the verb's subject.
LIGHT_VERBS = frozenset({
    "embark", "pay", "make", "hold", "conduct", "carry", "launch", "begin", "start", "stage",
    "impose", "issue", "take", "go", "undertake", "have", "attend", "join", "host", "agree",
    "announce", "plan", "schedule", "arrange", "cancel", "postpone", "call", "seek", "offer",
    "propose", "sign", "reach", "order", "approve", "deliver", "send", "provide", "grant",
    "extend", "lift", "adopt", "declare", "initiate", "open", "resume", "continue", "mount",
    "unveil", "slap", "level", "file", "bring", "lodge", "expand", "tighten", "end",
})


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` attached to the token ("met *with* X", "visit *to* Y")."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the heads it is coordinated with ("Putin and Japarov")."""
    out = [token]
    out.extend(t for t in token.conjuncts if t.pos_ in ("PROPN", "NOUN", "PRON"))
    return out


def grammatical_subject(verb: Token) -> Token | None:
    """The agent of a verb: its subject, the by-phrase of a passive, or the
    controller of an infinitive ("Putin is scheduled to visit" -> Putin)."""
    current: Token | None = verb
    seen = 0
    while current is not None and seen < 6:
        seen += 1
        if is_passive(current):
            agents = prep_objects(current, "by")
            if agents:
                return agents[0]
            if current is not verb:
                # "X is scheduled/expected to visit": the raised subject is the agent.
                passive = children(current, PASSIVE_SUBJECT_DEPS)
                if passive:
                    return _antecedent(passive[0])
        else:
            subj = children(current, SUBJECT_DEPS)
            if subj:
                return _antecedent(subj[0])
        if current is verb and is_passive(verb):
            return None
        dep = current.dep_
        head = current.head
        if dep == "xcomp":
            # object control: "invited X to visit" -> X; subject control otherwise
            objs = children(head, {"dobj"})
            if objs and head.lemma_ in {"invite", "urge", "ask", "tell", "order", "call"}:
                return objs[0]
            current = head
        elif dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX") and dep == "conj":
            current = head
        elif dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and dep == "acl":
            return None
        elif dep == "pcomp":
            current = head.head if head.dep_ == "prep" else None
        else:
            return None
    return None


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def direct_objects(verb: Token) -> list[Token]:
    if is_passive(verb):
        return children(verb, PASSIVE_SUBJECT_DEPS)
    return children(verb, OBJECT_DEPS)


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun depends on: "embark on a visit" -> embark."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def right_lemmas(trigger: Token) -> set[str]:
    """Lemmas of the trigger's complements, for the patterns' ``words`` check."""
    out: set[str] = set()
    for child in trigger.children:
        if child.i > trigger.i or child.dep_ in PASSIVE_SUBJECT_DEPS:
            if child.dep_ in ("punct", "cc", "conj", "advcl", "mark"):
                continue
            for t in child.subtree:
                out.add(t.lemma_.lower())
                out.add(t.lower_)
    return out


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
