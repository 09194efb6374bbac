"""The other side of a two-party story, for hostile acts that name no target.

"India closed the Attari land crossing", "Lithuania stopped the rail transit of
sanctioned goods", "Hungary sealed its southern frontier": the sentence names
no one acted on, but the article does, over and over. When a source's other
events in the article are overwhelmingly with one party, a coder reads a
rejection, threat, cut in relations or act of coercion that names nobody as
aimed at that party. Anything less clear stays uncoded: an event needs a target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from eventwire.model import Actor, EventCandidate

# Acts against another state that a sentence often leaves implicit: rejecting,
# threatening, reducing relations, closing borders (not arrests or seizures of
# power: those are aimed at people at home), and easing the sanctions or
# restrictions imposed on it.
COUNTERPART_ROOTS = frozenset({"12", "13", "16"})
COUNTERPART_CODES = ("172", "191", "081", "085")
# Aid and its pledges name their recipient once and then leave it implicit ("will
# contribute personnel", "pledged $100 million to support the force"): the one
# the article's last aid before it went to.
AID_CODES = ("07", "033")
# Who deals with another state: states, governments and their officials.
COUNTERPART_KINDS = frozenset({"state", "government", "person"})
# Expelling diplomats and cutting ties: said of the expelled ("the expulsion of
# North Korea's ambassador") without the expeller.
EXPULSION_CODES = ("161", "166", "174")
# Rule suffix of a candidate waiting for its counterpart.
SUFFIX = ".counterpart"
# How many of the source's events must involve the counterpart, and by how many
# more than any other party.
MIN_EVENTS = 2
MIN_LEAD = 2


def wants_counterpart(code: str, pattern_target: str, curated: bool) -> bool:
    """A hand-written pattern whose own slot held no party, for an act that has a
    counterpart; patterns that take no target by design (riots, resignations)
    are whole, and a converted dictionary's looser phrases ("deepen", "use")
    are too often something else to be given a target they do not name."""
    return curated and pattern_target != "none" and (
        code[:2] in COUNTERPART_ROOTS or code.startswith(COUNTERPART_CODES + AID_CODES))


def wants_author(code: str) -> bool:
    """An agentless cut in relations or expulsion ("the expulsion of North Korea's
    ambassador"): the one who did it may be the target's clear counterpart."""
    return code.startswith(EXPULSION_CODES)


def fill_counterparts(found: list[EventCandidate]) -> list[EventCandidate]:
    """Give each waiting candidate the party its source deals with most in the
    article (or, with no source, the one its target deals with most), or drop it
    when there is no clear one."""
    out: list[EventCandidate] = []
    for cand in found:
        if not cand.rule.endswith(SUFFIX):
            out.append(cand)
            continue
        if cand.source is None:
            author = _partner(cand.target.party if cand.target else None, found)
            if author is not None:
                out.append(replace(cand, source=author))
            continue
        partner = _recipient(cand, found) if cand.code.startswith(AID_CODES) \
            else _partner(cand.source.party, found)
        if partner is not None:
            out.append(replace(cand, target=partner))
    return out


def _recipient(cand: EventCandidate, found: list[EventCandidate]) -> Actor | None:
    """The target of the last aid or aid pledge before ``cand`` by anyone else to a
    party not its source's."""
    party = cand.source.party if cand.source else None
    earlier = [c.target for c in found
               if c.trigger_start < cand.trigger_start and c.code.startswith(AID_CODES)
               and not c.rule.endswith(SUFFIX) and c.target is not None
               and c.target.party not in (None, party)]
    return earlier[-1] if earlier else None


def _partner(party: str | None, found: list[EventCandidate]) -> Actor | None:
    """The party ``party`` has clearly the most events with in the article."""
    if party is None:
        return None
    counts: Counter[str] = Counter()
    actors: dict[str, Actor] = {}
    seen: set[tuple[int, str, str | None]] = set()
    for other in found:
        if other.rule.endswith(SUFFIX) or other.source is None or other.target is None:
            continue
        ends = (other.source.party, other.target.party)
        if party not in ends or ends[0] == ends[1]:
            continue
        side = other.target if ends[0] == party else other.source
        act = (other.trigger_start, other.code, side.party)
        if side.party is None or act in seen:
            continue
        # one act, one count: a mutual act read both ways ("joined Turkish
        # forces for exercises") is not two dealings
        seen.add(act)
        counts[side.party] += 1
        actors.setdefault(side.party, side)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_EVENTS:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MIN_LEAD:
        return None
    return actors[ranked[0][0]]
