"""Which pattern a trigger satisfies.

Patterns for one trigger are tried most specific first; the first whose
particle, right-hand words and prepositional constraints hold wins, and the
event nouns it used up are reported so that they do not fire again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events import syntax
from eventwire.events.patterns import Pattern, PatternGroup
from eventwire.events.slots import prep_objects_near

# Particles the tagger reads as adverbs, following the Penn Treebank, which tags
# "back" RB even in a phrasal verb ("vowed to hit back at Hezbollah").
ADVERB_PARTICLES = frozenset({"back"})


@dataclass(frozen=True, slots=True)
class Match:
    pattern: Pattern
    consumed: frozenset[int]


def lemma_sets_hold(sets: Sequence[frozenset[str]], lemmas: set[str]) -> bool:
    return all(not s.isdisjoint(lemmas) for s in sets)


QUOTES = frozenset({'"', "“", "”", "''", "``"})


def _labelled(obj: Token) -> bool:
    """The object carries the label it is called by, misparsed into its own phrase:
    a quoted word ("called Hungarian conduct 'brutal'") or a common-noun
    apposition with no comma ("called Netanyahu the leader of an apartheid state";
    "called Putin, the Russian leader," is a call)."""
    return any(t.text in QUOTES for t in obj.subtree) or any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)
        and obj.doc[c.left_edge.i - 1].text != "," for c in obj.children)


def match_pattern(token: Token, candidates: Sequence[Pattern]) -> Match | None:
    right: set[str] | None = None
    if isinstance(candidates, PatternGroup) and candidates.needs:
        right = syntax.right_lemmas(token)
        candidates = candidates.possible(right)
    objects = syntax.direct_objects(token)
    prep_cache: dict[str, list[Token]] = {}

    def objects_of(prep: str) -> list[Token]:
        if prep not in prep_cache:
            prep_cache[prep] = prep_objects_near(token, prep, objects)
        return prep_cache[prep]

    predicative: bool | None = None  # read only for the patterns that ask
    left: set[str] | None = None
    for pattern in candidates:
        if pattern.extras.get("plain_object"):
            if predicative is None:
                predicative = any(c.dep_ in ("oprd", "ccomp") for c in token.children) \
                    or any(_labelled(o) for o in objects)
            if predicative:
                continue  # "called the decision a hostile step" is not a call
        pre = pattern.extras.get("pre")
        if isinstance(pre, list) and pre:
            # PETRARCH words before the verb: "warplanes ... staged mock attacks"
            left = left if left is not None else _left_words(token)
            if not lemma_sets_hold([frozenset(s) for s in pre], left):
                continue
        if pattern.particle and not any(
            c.lower_ == pattern.particle and (c.dep_ == "prt" or (
                c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES))
            for c in token.children
        ):
            continue
        if pattern.words and pattern.extras.get("judged"):
            if not lemma_sets_hold(pattern.words, _judgement(token)):
                continue
        elif pattern.words and pattern.extras.get("object_words"):
            owned = {w for o in objects for head in (o, *o.conjuncts)
                     for t in (head, *syntax.children(head, {"compound"}))
                     for w in (t.lemma_.lower(), t.lower_)}
            if not lemma_sets_hold(pattern.words, owned):
                continue
        elif pattern.words:
            right = right if right is not None else syntax.right_lemmas(token)
            if not lemma_sets_hold(pattern.words, right):
                continue
        ok = True
        consumed: set[int] = set()
        for prep in pattern.preps:
            # "called Putin a war criminal on Wednesday" is no call on anyone
            objs = [o for o in objects_of(prep.prep) if o.ent_type_ not in ("DATE", "TIME")]
            if not objs:
                ok = False
                break
            if prep.words:
                lemmas = {t.lemma_.lower() for o in objs for t in o.subtree}
                lemmas |= {t.lower_ for o in objs for t in o.subtree}
                if not lemma_sets_hold(prep.words, lemmas):
                    ok = False
                    break
            consumed.update(o.i for o in objs if o.pos_ == "NOUN")
        if not ok:
            continue
        if pattern.words:
            consumed.update(t.i for c in objects for t in c.subtree if t.pos_ == "NOUN")
        return Match(pattern, frozenset(consumed))
    return None


def _left_words(token: Token) -> set[str]:
    """Lemmas and forms of the words before the trigger in its sentence."""
    before = token.doc[token.sent.start: token.i]
    return {t.lemma_.lower() for t in before} | {t.lower_ for t in before}


def _object_heads(objects: Sequence[Token]) -> set[str]:
    """Lemmas and forms of the objects themselves and the nouns coordinated with
    them ("ended the agreement", not "ended a rift in a deal brokered by China")."""
    heads = [t for o in objects for t in (o, *o.conjuncts)]
    return {t.lemma_.lower() for t in heads} | {t.lower_ for t in heads}


def _judgement(token: Token) -> set[str]:
    """What a statement calls something: the predicate of the clause it reports
    ("said the vote was illegal", "said it was a flagrant violation")."""
    out: set[str] = set()
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        if clause.pos_ in ("ADJ", "NOUN"):
            out.add(clause.lemma_.lower())
        for pred in clause.children:
            if pred.dep_ in ("acomp", "attr"):
                out.update(t.lemma_.lower() for t in pred.subtree)
    return out
