"""The one-to-one matching on its own: maximum, core first, never greedy."""

from __future__ import annotations

from eventwire.evaluate.matching import match


def test_empty() -> None:
    assert match([], []) == ()
    assert match([[], []], [0]) == (None, None)


def test_maximum_not_greedy() -> None:
    # prediction 0 prefers gold 0, prediction 1 fits only gold 0: 0 must move to gold 1.
    assert match([[0, 1], [0]], [0, 1]) == (1, 0)


def test_one_gold_event_takes_one_prediction() -> None:
    # two predictions, one gold event: one of them stays unmatched.
    paired = match([[0], [0]], [0])
    assert sorted(paired, key=str) == [0, None]


def test_preferred_gold_first() -> None:
    # one prediction fits gold 0 (listed first) and gold 1 (preferred tier): takes 1.
    assert match([[0, 1]], [1]) == (1,)


def test_second_phase_keeps_preferred_matches() -> None:
    # phase 1 (only gold 0 allowed): prediction 0 -> gold 0, prediction 1 cannot be placed.
    # phase 2: prediction 1 -> gold 0 by moving prediction 0 to gold 1; gold 0 stays matched.
    assert match([[0, 1], [0]], [0]) == (1, 0)


def test_second_phase_adds_optional_matches() -> None:
    # prediction 1 fits only the non-preferred gold 1: matched in phase 2.
    assert match([[0], [0, 1]], [0]) == (0, 1)


def test_larger_chain() -> None:
    # a chain needing two re-routings: p2 fits only g0, p1 fits g0/g1, p0 fits g1/g2.
    # maximum: p0 -> g2, p1 -> g1, p2 -> g0.
    assert match([[1, 2], [0, 1], [0]], [0, 1, 2]) == (2, 1, 0)
