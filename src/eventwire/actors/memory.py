"""The article's memory while its actor phrases are resolved left to right: who
was named, where and as what. Coreference (``coref``) and the resolver both read it;
the resolver alone writes it, once per phrase, in ``resolve._remember``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.model import Actor


@dataclass
class Memory:
    """What the article said so far: the within-article coreference state."""

    orgs: set[str]
    by_token: dict[int, Actor] = field(default_factory=dict)
    people: list[tuple[int, Actor]] = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)
    by_head: dict[str, Actor] = field(default_factory=dict)
    last_state: str | None = None
    # (token, sentence start, actor) of coded non-person actors that were subjects,
    # plural actors, and distinct states: what "it", "they" and "the two countries" mean.
    things: list[tuple[int, int, Actor]] = field(default_factory=list)
    plurals: list[tuple[int, int, Actor]] = field(default_factory=list)
    # plural objects ("expelled two diplomats, accusing them"): only "them" may take these
    plural_objects: list[tuple[int, int, Actor]] = field(default_factory=list)
    # (state, was subject, sentence start)
    states: list[tuple[Actor, bool, int]] = field(default_factory=list)
    igos: list[tuple[int, int, Actor]] = field(default_factory=list)
    # (token, sentence start, members) of counted groups ("both leaders"): a later
    # "they"/"them" may mean the two of them
    groups: list[tuple[int, int, tuple[Actor, ...]]] = field(default_factory=list)
    # every country or IGO named, for role nouns with no modifier of their own
    owners: list[tuple[int, int, Actor]] = field(default_factory=list)
    # the country the story is filed from (its dateline), if known
    home: Actor | None = None
    # the country the story is about when it is filed from another (its lead names
    # it, and the article names it more often than the dateline's country)
    topic: Actor | None = None


# A pronoun for a thing or a group reaches back this many sentences at most.
PRONOUN_REACH = 1


def recent(found: list[tuple[int, int, Actor]], tok: Token,
            reach: int = PRONOUN_REACH) -> Actor | None:
    """The latest remembered actor before ``tok`` in its sentence or ``reach`` before."""
    first = reach_start(tok, reach)
    earlier = [a for i, s, a in found if i < tok.i and s >= first]
    return earlier[-1] if earlier else None


def reach_start(tok: Token, reach: int) -> int:
    """First token of the sentence ``reach`` sentences before ``tok``'s."""
    first = tok.sent
    for _ in range(reach):
        if first.start == 0:
            break
        first = tok.doc[first.start - 1].sent
    return first.start


def retext(actor: Actor, text: str) -> Actor:
    return Actor(text, actor.actor_id, actor.name, actor.code, actor.country, actor.kind,
                 actor.role, actor.org)
