"""Which coded party a token names.

The events stage asks the same questions of the actor stage's output again and
again (is there a mention here, can it be coded, is it the same party as
that one); answering them in one place keeps every step agreeing on them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.ownership import counts_people
from eventwire.events import syntax
from eventwire.model import Actor, ActorMention

# A place ("in Moscow", "Bishkek") is a party only as the target of a visit, an
# attack or a protest; everywhere else it only says where.
PLACE_KINDS = frozenset({"place", "region", "city"})
# Those who bear a price rather than being warned ("millions of people facing
# hunger would pay the price").
POPULATION_KINDS = frozenset({"ppl", "civilian", "refugee"})
# Nouns that stand for the state their "of" names.
STATE_NOUNS = frozenset({"nation", "country", "state", "kingdom", "republic", "island",
                         "archipelago", "emirate", "sultanate", "principality"})


# Nouns that only take a share of what their "of" names.
PORTION_NOUNS = frozenset({"part", "section", "wing", "floor", "rest", "half", "most"})


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
        if found is not None and usable(found.actor):
            return found
        if found is None and counts_people(token):
            # "thousands of Cubans", "100 of his men": the people counted
            counted = self._of_whole(token)
            if counted is not None:
                return counted
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                inner = self.at(child)
                if inner is not None and inner is not found and usable(inner.actor):
                    return inner
        if found is None and token.lemma_.lower() in PORTION_NOUNS:
            # "set part of it on fire": the whole the part is of
            whole = self._of_whole(token)
            if whole is not None:
                return whole
        if token.lemma_.lower() in STATE_NOUNS:
            # "the Pacific island nation of Nauru", "the kingdom of Bahrain"
            for of in syntax.prep_objects(token, "of"):
                inner = self.at(of)
                if inner is not None and usable(inner.actor) and inner.actor.kind == "state":
                    return inner
        return found

    def _of_whole(self, token: Token) -> ActorMention | None:
        """The coded party the "of" of a count or a share names."""
        for of in syntax.prep_objects(token, "of"):
            inner = self.actor_under(of)
            if inner is not None and usable(inner.actor):
                return inner
        return None


def usable(actor: Actor | None) -> bool:
    """An actor we can code: it has a country or IGO, or the knowledge base knows it."""
    return actor is not None and (actor.party is not None or actor.actor_id is not None)


def coded(found: list[ActorMention]) -> list[ActorMention]:
    """Mentions that can be a party: "the mayor's office" with no country is
    not one, and the search for the target goes on."""
    return [m for m in found if usable(m.actor)]


def actors_of(tokens: Iterable[Token], index: MentionIndex) -> list[ActorMention]:
    out: list[ActorMention] = []
    seen: set[tuple[int, int]] = set()
    for tok in tokens:
        # "the foreign ministers, A and B" names each party; else the conjuncts do
        listed: list[ActorMention | None] = list(_named_in_apposition(tok, index)) or [
            index.actor_under(c) for c in syntax.with_conjuncts(tok)]
        for mention in listed:
            if mention is not None and (mention.start, mention.end) not in seen:
                seen.add((mention.start, mention.end))
                # a group ("the two countries") is one party per member
                out += [replace(mention, actor=m, members=()) for m in mention.members] or [
                    mention]
    return out


def _named_in_apposition(token: Token, index: MentionIndex) -> list[ActorMention]:
    """The parties a plural noun lists in apposition ("the foreign ministers of the
    two countries, Taro Kono and Kang Kyung-wha") or counts after "of" ("troops of
    the two countries"): more exact than whatever the plural noun alone
    resolved to."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    for appos in syntax.children(token, {"appos"}):
        named = _coded_each(syntax.with_conjuncts(appos), index)
        if named is not None and len(named) >= 2:
            return named
    for prep in ("from", "of"):
        # "warships from Iran, Russia and China": each country's warships
        listed = [t for o in syntax.prep_objects(token, prep) for t in (o, *o.conjuncts)
                  if t.pos_ in ("PROPN", "NOUN")]
        named = _coded_each(listed, index) if len(listed) >= 2 else None
        if named is not None and len({m.actor.party for m in named}) >= 2:
            return named
    for of in syntax.prep_objects(token, "of"):
        group = index.at(of)
        if group is not None and group.members and index.at(token) is not group:
            return [group]  # "troops of the two countries": each country's troops
    for led in syntax.children(token, {"acl"}):
        if led.lemma_.lower() in ("lead", "head") and led.tag_ == "VBN":
            # "its creditors, led by China and France", "commissions headed by ..."
            leaders = _coded_each([t for by in syntax.prep_objects(led, "by")
                                   for t in syntax.with_conjuncts(by)], index)
            if leaders is not None and len(leaders) >= 2:
                return leaders
    return []


def _coded_each(tokens: list[Token], index: MentionIndex) -> list[ActorMention] | None:
    """A coded mention for each token, or None when one of them has none."""
    found: list[ActorMention] = []
    for tok in tokens:
        mention = index.actor_under(tok)
        if mention is None or not usable(mention.actor):
            return None
        found.append(mention)
    return found


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return a.code is not None and a.code == b.code and a.kind == b.kind


def actor_at(index: MentionIndex, token: Token) -> Actor | None:
    mention = index.at(token)
    return mention.actor if mention is not None else None


def as_government(mention: ActorMention) -> Actor:
    """A capital that acts ("Prague expelled ...") is metonymy for its government."""
    actor = mention.actor
    if mention.rule == "place.capital" and actor.country:
        return replace(actor, code=f"{actor.country}GOV", kind="government",
                       actor_id=f"gov:{actor.country}", role=None)
    return actor


def home_state(actor: Actor) -> Actor | None:
    """The state a party belongs to, for acts a government does over its own
    country; None for a party with no country (an IGO)."""
    if actor.country is None:
        return None
    return Actor(text=actor.country, actor_id=f"state:{actor.country}", code=actor.country,
                 country=actor.country, kind="state")
