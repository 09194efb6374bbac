"""One-to-one matching of predictions to gold events, core events first.

A greedy pass ("each prediction takes the first gold event it fits") is wrong
whenever one prediction could take either of two gold events and a later
prediction fits only one of them: the greedy choice can leave the later one
unmatched and score a false positive and a false negative that a careful human
would not. We therefore compute a maximum bipartite matching with augmenting
paths (Kuhn's algorithm), which is exact and, for the handful of events in one
article, instant.

The matching is done in two phases so that it is lexicographically best for
the scorer: phase 1 uses only the ``first`` gold events (core, counted ones) and
so matches as many of them as possible (the true positives); phase 2 continues
from that matching with every allowed edge. An augmenting path never unmatches
a vertex that is already matched, so phase 2 keeps every core event matched and
adds as many optional matches as it can (fewest false positives).

Within those guarantees, ties are broken by the order of each prediction's
candidate list, which the caller sorts by preference.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

_Allowed = Callable[[int], bool]


def match(candidates: Sequence[Sequence[int]], first: Collection[int]) -> tuple[int | None, ...]:
    """Pair left vertices (predictions) with right vertices (gold events).

    ``candidates[i]`` lists, in order of preference, the gold events prediction
    ``i`` may be paired with. Returns, per prediction, its gold event or None.
    The result matches as many ``first`` gold events as possible and, among
    such matchings, as many gold events in total as possible.
    """
    owner: dict[int, int] = {}  # gold event -> prediction
    preferred = frozenset(first)
    _augment_all(candidates, owner, lambda gold: gold in preferred)
    _augment_all(candidates, owner, lambda gold: True)
    paired: list[int | None] = [None] * len(candidates)
    for gold, pred in owner.items():
        paired[pred] = gold
    return tuple(paired)


def _augment_all(candidates: Sequence[Sequence[int]], owner: dict[int, int],
                 allowed: _Allowed) -> None:
    # Repeat until a full pass finds no augmenting path; one pass is enough in
    # theory, the loop makes that independent of the argument.
    progress = True
    while progress:
        progress = False
        matched = set(owner.values())
        for pred in range(len(candidates)):
            if pred not in matched and _augment(pred, candidates, owner, allowed, set()):
                matched.add(pred)
                progress = True


def _augment(pred: int, candidates: Sequence[Sequence[int]], owner: dict[int, int],
             allowed: _Allowed, seen: set[int]) -> bool:
    for gold in candidates[pred]:
        if gold in seen or not allowed(gold):
            continue
        seen.add(gold)
        holder = owner.get(gold)
        if holder is None or _augment(holder, candidates, owner, allowed, seen):
            owner[gold] = pred
            return True
    return False
