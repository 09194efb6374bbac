"""Coreference: what a pronoun, a group noun ("the two countries", "both leaders")
or an organisation noun ("the bloc") refers back to, read from the article's memory.

Pure functions over the parse and ``Memory``; the resolver calls them for phrases
that name nobody themselves.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.memory import PRONOUN_REACH, Memory, reach_start, recent, retext
from eventwire.actors.phrases import POSSESSIVES
from eventwire.model import Actor

# "the court" is one of these organisations; "the bloc" or "the body" any of them.
IGO_KINDS = {"court": {"ICC", "ICJ"}, "tribunal": {"ICC", "ICJ"},
             "alliance": {"NATO", "CSTO"}, "union": {"EU", "AU", "EAEU"}}
# ... and organisations a noun never means: the UN is no "bloc".
IGO_NOT_KINDS = {"bloc": {"UN", "WHO", "IMF", "WB", "ICC", "ICJ"},
                 "grouping": {"UN", "WHO", "IMF", "WB", "ICC", "ICJ"}}

# Verbs whose object is a party, not a thing: "accusing it of", "urging it to".
ADDRESSING_VERBS = {"accuse", "blame", "urge", "ask", "warn", "condemn", "criticise",
                    "criticize", "threaten", "press", "pressure", "thank", "praise",
                    "congratulate", "punish", "sanction", "invite", "tell", "order"}


def verb_above(tok: Token) -> Token:
    """The nearest verb above ``tok`` (the clause it is an argument of), or the
    root when none is."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def syntax_conjuncts(tok: Token) -> list[Token]:
    """A token and every token coordinated with it ("Arnor, Osgiliath and Gondor")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def coordinated_subject(pron: Token, memory: Memory) -> tuple[Actor, ...]:
    """The coordinated subject of a clause governing "they" ("A, B and C said in
    a joint statement that they regretted"), when each conjunct is a known actor."""
    node = pron.head
    for _ in range(4):
        parent = node.head
        if parent == node:
            break
        for subj in parent.children:
            if subj.dep_ != "nsubj" or subj.i > pron.i:
                continue
            members = [memory.by_token.get(t.i) for t in syntax_conjuncts(subj)]
            found = tuple(dict.fromkeys(m for m in members if m is not None))
            if len(found) >= 2 and len(found) == len(members):
                return found
        node = parent
    return ()


def group_members(kind: str, head: Token, memory: Memory, size: int = 2
                  ) -> tuple[Actor, ...]:
    """The parties a counted group refers back to: for two, the last two distinct
    states (or people) named before the group noun; for a bare count ("the pair",
    "all three") or more than two, a counted group or a list of that many named
    just before ("Poland, Hungary and Slovakia ... complaints against all three")."""
    if kind == "any" or size != 2:
        return named_together(head, memory, size, kind)
    if kind == "state":  # subjects first: "Moscow invaded Ukraine and Armenia decided..."
        first = reach_start(head, PRONOUN_REACH)
        acting = acting_on(head, memory)  # "China urged both countries": not China
        near = [(a, subject) for a, subject, sent in memory.states
                if sent >= first and a.country not in acting]
        subjects = [a for a, subject in near if subject][-2:]
        others = [a for a, _ in near if a not in subjects]
        chosen = subjects + others[len(others) - (2 - len(subjects)):] if others else subjects
        if len(chosen) != 2:
            chosen = main_states(head, memory, acting)
        elif not joined(chosen, head, memory):
            # "Nicaragua broke relations with Ecuador, and Brazil said ... The US
            # urged the two countries": not two bystanders each named once, but
            # the pair the whole story is about, when one clearly is
            ruling = main_states(head, memory, acting, clear=True)
            chosen = ruling if len(ruling) == 2 else chosen
        if len(chosen) != 2:
            return ()
        near += [(a, False) for a in chosen if a not in [n for n, _ in near]]
        order = [a for a, _ in near]
        # "both countries" are the states, even when named by their armies
        return tuple(as_state(a) if a.kind == "military" else a
                     for a in sorted(chosen, key=order.index))
    # "Anwar said he had spoken to both leaders": whoever addresses them is neither
    addressing = head.dep_ in {"dobj", "pobj"}
    speaking = acting_on(head, memory) - {None} if addressing else set()
    speakers = acting_people(head, memory) if addressing else []
    named = [a for _, a in memory.people
             if a.country not in speaking and not any(same_person(a, s) for s in speakers)]
    if head.lemma_.lower() in LEADER_NOUNS:
        # "both leaders" after two prime ministers, an envoy and a foreign minister
        # are the two who lead their countries, if that many were named
        heads = [a for a in named if a.role in LEADER_ROLES]
        named = heads if len(_distinct(heads)[-2:]) == 2 else named
    people = _distinct(named)[-2:]
    return tuple(people) if len(people) == 2 else ()


# Group nouns for the heads of states or governments, and the roles that are.
LEADER_NOUNS = frozenset({"leader", "president"})
LEADER_ROLES = frozenset({"head of state", "head of government"})


def _distinct(actors: list[Actor]) -> list[Actor]:
    """``actors`` with only the last mention of each person, in order."""
    out: list[Actor] = []
    for actor in reversed(actors):
        if not any(same_person(actor, p) for p in out):
            out.insert(0, actor)
    return out


def same_person(a: Actor, b: Actor) -> bool:
    return a.actor_id == b.actor_id if a.actor_id or b.actor_id else a.name == b.name


def acting_people(noun: Token, memory: Memory) -> list[Actor]:
    """People who are the subject of the verb a noun is the object of, a relative
    pronoun standing for its antecedent ("Mogherini, who praised both leaders")."""
    verb = verb_above(noun)
    found = []
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            subj = verb.head
        actor = memory.by_token.get(subj.i)
        if actor is not None and actor.kind == "person":
            found.append(actor)
    return found


def named_together(head: Token, memory: Memory, size: int, kind: str = "any"
                   ) -> tuple[Actor, ...]:
    """The ``size`` parties last named together before ``head``, in its sentence or
    the one before: a counted group ("the two leaders ... the pair") or a
    coordinated list ("Poland, Hungary and Slovakia"), whichever is later; with
    ``kind`` "state" its members as states, with "person" people only."""
    first = reach_start(head, PRONOUN_REACH)
    found: list[tuple[int, tuple[Actor, ...]]] = [
        (i, members) for i, s, members in memory.groups
        if first <= i < head.i and len(members) == size]
    doc = head.doc
    for tok in doc[first: head.i]:
        if tok.dep_ == "conj" or tok.i not in memory.by_token:
            continue
        conjuncts = syntax_conjuncts(tok)
        if len(conjuncts) < 2 or conjuncts[-1].i >= head.i:
            continue
        named = [memory.by_token[t.i] for t in conjuncts if t.i in memory.by_token]
        if len(named) < len(conjuncts):
            continue
        distinct = tuple({(m.country or m.actor_id or m.text): m for m in named}.values())
        if len(distinct) == size:
            found.append((tok.i, distinct))
    if not found and size == 2 and kind in {"any", "person"}:
        # "Ruto met Hassan on Monday. The pair ...": the only two people named there
        people = {a.actor_id or a.text: a for i, a in memory.people if first <= i < head.i}
        if len(people) == 2 and len({a.country for a in people.values()}) == 2:
            return tuple(people.values())
    if not found:
        return ()
    latest = max(found, key=lambda f: f[0])[1]
    if kind == "person" and any(m.kind != "person" for m in latest):
        return ()
    if kind == "state":
        if any(m.kind not in {"state", "government", "military"} for m in latest):
            return ()
        return tuple(as_state(m) for m in latest)
    return latest


def main_states(head: Token, memory: Memory, acting: set[str | None],
                clear: bool = False) -> list[Actor]:
    """The two countries the article has named most so far: "both sides" in a story
    about India and China, when the sentences just before name only one. ``clear``
    asks for a pair named at least three times each and twice as often as any
    other country."""
    counts: dict[str, int] = {}
    last: dict[str, Actor] = {}
    for i, _, actor in memory.owners:
        if i < head.i and actor.country and actor.country not in acting:
            counts[actor.country] = counts.get(actor.country, 0) + 1
            last[actor.country] = actor
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    if len(top) != 2:
        return []
    third = sorted(counts.values())[-3] if len(counts) > 2 else 0
    if clear and (counts[top[1]] < 3 or counts[top[1]] < 2 * third):
        return []
    if len(counts) == 2 or counts[top[1]] > third:
        return [as_state(last[c]) for c in top]
    return []


def joined(pair: list[Actor], head: Token, memory: Memory) -> bool:
    """The two were last named together, coordinated ("India and China clashed")
    or as the two sides of one clause ("Armenia accused Azerbaijan")."""
    doc = head.doc
    where = {a.country: i for i, _, a in memory.owners if i < head.i and a.country}
    tokens = [doc[where[a.country]] for a in pair if a.country in where]
    if len(tokens) != 2:
        return False
    first, second = sorted(tokens, key=lambda t: t.i)
    if second.dep_ == "conj" and second.head.i == first.i:
        return True
    return _clause_verb(first) is not None and _clause_verb(first) is _clause_verb(second)


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose subject, object or prepositional object ``tok`` is."""
    while tok.dep_ in {"compound", "poss", "conj", "amod", "nmod"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    verb = tok.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i else None


def as_state(actor: Actor) -> Actor:
    if actor.kind == "state":
        return actor
    return Actor(actor.text, f"state:{actor.country}", None, actor.country, actor.country,
                 "state")


def acting_on(noun: Token, memory: Memory) -> set[str | None]:
    """Countries of the subject of the verb the noun is an object of."""
    verb = verb_above(noun)
    found: set[str | None] = set()
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        found |= {memory.by_token[c.i].country for c in subjects if c.i in memory.by_token}
        if subjects or verb.dep_ != "conj" or verb.head == verb:
            break
        verb = verb.head  # "was concerned and urged both sides": the first verb's subject
    return found


def igo_anaphor(head: Token, text: str, memory: Memory,
                far: bool = True) -> tuple[Actor, str] | None:
    """"the bloc", "the court", "member states": the latest organisation of that
    kind named before, in this sentence or the two before; or, further back
    (``far``), the only one of that kind named before it. Organisation nouns
    pass ``far=False``: organisations.igo_phrase looks further back itself, with
    what their words rule out ("the regional bloc", "the Vienna-based watchdog")."""
    allowed = IGO_KINDS.get(head.lemma_.lower())
    never = IGO_NOT_KINDS.get(head.lemma_.lower(), set())
    found = [(i, s, a) for i, s, a in memory.igos
             if (allowed is None or a.org in allowed) and a.org not in never]
    earlier = recent(found, head, reach=2)
    if earlier is None and far:
        named = {a.org: a for i, _, a in found if i < head.i}
        earlier = next(iter(named.values())) if len(named) == 1 else None
    return (retext(earlier, text), "coref.igo") if earlier else None


def possessive(tok: Token, memory: Memory) -> Actor | None:
    """his/her/its/their in "its foreign ministry", "his office"."""
    kind = POSSESSIVES[tok.lower_]
    if kind == "person":
        found = pronoun(tok, memory)
        return found[0] if found else None
    return recent(memory.things if kind == "thing" else memory.plurals, tok)


def pronoun(tok: Token, memory: Memory) -> tuple[Actor, str] | None:
    """he/she/him: the subject (or passive agent) of a governing clause, else the
    most recent person before it. it: the latest state, government or IGO that was
    a subject, in this sentence or the one before; they/them: a group or plural."""
    low = tok.lower_
    if low == "it":
        shared = conjunct_object(tok, memory)
        if shared is not None:
            return retext(shared, tok.text), "coref.pronoun.conjunct"
    if low in {"it", "its"}:
        thing = recent(memory.things, tok)
        if low == "it" and tok.dep_ == "dobj" and tok.head.dep_ in {"advcl", "xcomp"} \
                and tok.head.lemma_.lower() in ADDRESSING_VERBS \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.head.children):
            other = other_state(tok, memory, thing)
            if other is not None:
                return retext(other, tok.text), "coref.pronoun.object"
        return (retext(thing, tok.text), "coref.pronoun.it") if thing else None
    if low in {"they", "them"}:
        plurals = memory.plurals
        if low == "them":
            plurals = sorted(plurals + memory.plural_objects, key=lambda f: f[0])
        plural = recent(plurals, tok)
        return (retext(plural, tok.text), "coref.pronoun.they") if plural else None
    if low in {"him", "her"} and tok.dep_ in {"dobj", "pobj", "dative", "iobj"}:
        # an object pronoun is never the subject of its own clause ("Putin called
        # Erdogan to congratulate him": him is Erdogan)
        local = local_subjects(tok, memory)
        earlier = [a for i, a in memory.people
                   if i < tok.i and not any(same_person(a, s) for s in local)]
        if earlier:
            return retext(earlier[-1], tok.text), "coref.pronoun.object"
    node = tok.head
    for _ in range(4):
        parent = node.head
        if parent == node:
            break
        found = clause_subject(parent, tok, memory)
        if found is not None:
            return retext(found, tok.text), "coref.pronoun.subject"
        node = parent
    if main_subject(tok) and not any(tok.sent.start <= i < tok.i for i in memory.by_token):
        prior = previous_subject(tok, memory)
        if prior is not None:
            return retext(prior, tok.text), "coref.pronoun.prior_subject"
    earlier = [actor for i, actor in memory.people if i < tok.i]
    if earlier:
        return retext(earlier[-1], tok.text), "coref.pronoun.recent"
    return None


def conjunct_object(tok: Token, memory: Memory) -> Actor | None:
    """"stormed the embassy and set it on fire", "seized the tanker and towed it
    away": "it" in the second of two coordinated verbs is the first one's object."""
    verb = verb_above(tok)
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or tok.i < verb.i:
        return None
    for obj in verb.head.children:
        if obj.dep_ == "dobj" and obj.pos_ in {"NOUN", "PROPN"} and obj.i in memory.by_token:
            return memory.by_token[obj.i]
    return None


def main_subject(tok: Token) -> bool:
    """``tok`` is the subject of its sentence's main clause (or of a clause
    coordinated with it, or of one reported before its verb of saying: "On
    Monday he discussed ..., his office said"), not of a clause inside it."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    reported_first = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i
    return tok.dep_ in {"nsubj", "nsubjpass"} and (verb.dep_ == "ROOT" or reported_first)


def previous_subject(tok: Token, memory: Memory) -> Actor | None:
    """The person who was the main subject of the sentence before: "Duterte has
    insulted Obama ... He is due to visit Japan" continues about Duterte, whoever
    was named last. Of coordinated main clauses ("Lula arrived on Monday, and Modi
    landed on Tuesday") the last one's subject, unless that is a pair the first
    one's subject belongs to ("He met Modi, and the two discussed ties": he). Only
    for a main-clause subject pronoun with no one named before it in its own
    sentence."""
    if tok.sent.start == 0:
        return None
    root = tok.doc[tok.sent.start - 1].sent.root
    for verb in reversed([root, *(c for c in root.children if c.dep_ == "conj")]):
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                actor = memory.by_token.get(child.i)
                if verb is not root and (actor is None or actor.kind == "group"):
                    break  # "He met Modi, and the two discussed ...": still about him
                return actor if actor is not None and actor.kind == "person" else None
    return None


def other_state(tok: Token, memory: Memory, thing: Actor | None) -> Actor | None:
    """The object "it" of a participle or infinitive that shares the main
    clause's subject is not that subject: in "Riyadh cut ties with Doha,
    accusing it of ...", it is the state or government named last that is not
    that subject (None when the subject was not what "it" found)."""
    if thing is None:
        return None
    local = {a.country for a in local_subjects(tok, memory) if a.country}
    if thing.country not in local:
        return None
    first = reach_start(tok, PRONOUN_REACH)
    others = [a for i, s, a in memory.owners if i < tok.i and s >= first
              and a.kind in {"state", "government"} and a.country and a.country not in local]
    return others[-1] if others else None


def local_subjects(tok: Token, memory: Memory) -> list[Actor]:
    """Subjects of the pronoun's clause, up through infinitive clauses to the first
    clause with a subject of its own."""
    verb = verb_above(tok)
    found: list[Actor] = []
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        found += [memory.by_token[c.i] for c in subjects if c.i in memory.by_token]
        if subjects or verb.dep_ not in {"xcomp", "advcl", "acl"} or verb.head == verb:
            break
        verb = verb.head
    return found


def clause_subject(verb: Token, pron: Token, memory: Memory) -> Actor | None:
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    for child in verb.children:
        if passive and child.dep_ == "agent":
            for pobj in child.children:
                actor = memory.by_token.get(pobj.i)
                if actor is not None and actor.kind == "person" and pobj.i < pron.i:
                    return actor
        if not passive and child.dep_ == "nsubj" and child.i < pron.i:
            actor = memory.by_token.get(child.i)
            if actor is not None and actor.kind == "person":
                return actor
    return reported_subject(verb, pron, memory)


def reported_subject(verb: Token, pron: Token, memory: Memory) -> Actor | None:
    """"Scholz will travel to Warsaw for talks with Tusk, his office said, a day after
    he hosted Macron": the person the sentence is about is the subject of the
    reported clause before the pronoun, not the nearest name (Tusk)."""
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i > pron.i:
            continue
        for sub in child.children:
            actor = memory.by_token.get(sub.i) if sub.dep_ == "nsubj" else None
            if actor is not None and actor.kind == "person" and sub.i < pron.i:
                return actor
    return None
