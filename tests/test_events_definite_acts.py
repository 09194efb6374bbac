"""Definite acts (events/recall.py recall_parties): "hosted the talks" names
talks the article told before, and takes their sides from them. End to end on
sentences written for these tests, plus the rule on candidates."""

from __future__ import annotations

from datetime import date

from eventwire.events.recall import RECALL, recall_parties
from eventwire.model import Actor, EventCandidate

from .support import coded_events

DAY = date(2021, 4, 15)
LEAD = "DOHA, April 15 (Test Wire) - "
TALKS = LEAD + "Iran and Saudi Arabia held talks in Baghdad on Thursday. "


def _events(pipeline, text: str) -> set[tuple[str, str | None, str | None, str]]:
    return set(coded_events(pipeline, text + "\n", DAY))


def test_the_host_of_the_talks_told_before_hosts_both_sides(pipeline) -> None:
    events = _events(pipeline, TALKS + "Iraq hosted the talks.")
    assert {("043", "IRQ", "SAU", "asserted"), ("043", "IRQ", "IRN", "asserted")} <= events


def test_the_sides_of_an_agreement_are_the_sides_of_its_talks(pipeline) -> None:
    events = _events(pipeline, LEAD + "Iran and Saudi Arabia signed an agreement in Baghdad "
                     "on Thursday. Iraq hosted the talks.")
    assert {("043", "IRQ", "SAU", "asserted"), ("043", "IRQ", "IRN", "asserted")} <= events


def test_an_agreement_reached_with_no_doer_is_between_the_sides_told_before(pipeline) -> None:
    events = _events(pipeline, TALKS + "The agreement was signed on Friday after a week of "
                     "bargaining.")
    assert {("057", "IRN", "SAU", "asserted"), ("057", "SAU", "IRN", "asserted")} <= events


def test_an_agreement_reached_with_no_doer_is_between_the_sides_mediated(pipeline) -> None:
    events = _events(pipeline, LEAD + "Azerbaijan freed ten Armenian soldiers on Thursday "
                     "under a deal brokered by Qatar. The accord was reached in Doha last week.")
    assert {("057", "AZE", "ARM", "asserted"), ("057", "ARM", "AZE", "asserted")} <= events


def test_a_new_agreement_with_no_doer_takes_no_sides(pipeline) -> None:
    events = _events(pipeline, TALKS + "An agreement was signed on Friday.")
    assert not [e for e in events if e[0] == "057"], events


def test_a_recalled_act_keeps_its_own_status(pipeline) -> None:
    events = _events(pipeline, TALKS + "Iraq will host the talks again next month.")
    assert ("043", "IRQ", "IRN", "planned") in events


def test_no_host_without_talks_told_before(pipeline) -> None:
    events = _events(pipeline, LEAD + "Qatar hosted the talks on Thursday.")
    assert not any(code.startswith("04") for code, *_ in events)


def test_a_new_meeting_is_not_the_one_told_before(pipeline) -> None:
    events = _events(pipeline, TALKS + "Qatar will host the first meeting of a new forum.")
    assert not any(src == "QAT" for _, src, _, _ in events)


def test_naming_the_talks_is_not_an_act(pipeline) -> None:
    events = _events(pipeline, TALKS + "Qatar called the talks a success.")
    assert not any(src == "QAT" for _, src, _, _ in events)


def _state(iso3: str) -> Actor:
    return Actor(iso3, f"state:{iso3}", iso3, iso3, iso3, "state")


def _cand(code: str, source: str, target: str | None, start: int, rule: str = "t"
          ) -> EventCandidate:
    return EventCandidate("a", code, rule, "x", start, start + 1, start, start + 1,
                          _state(source), _state(target) if target else None, "asserted")


def test_a_side_of_the_talks_takes_the_other_side_and_a_host_both() -> None:
    found = [_cand("046", "IRN", "SAU", 0), _cand("040", "SAU", None, 5, "core.x" + RECALL)]
    recalled = recall_parties(found)[1:]
    assert [(c.code, c.source.party, c.target.party) for c in recalled
            if c.source and c.target] == [("040", "SAU", "IRN")]
    # the dyad is coded already: the same talks, not new ones
    found = [_cand("046", "IRN", "SAU", 0), _cand("046", "SAU", "IRN", 0),
             _cand("040", "SAU", None, 5, "core.x" + RECALL)]
    assert recall_parties(found) == found[:2]
    found = [_cand("046", "IRN", "SAU", 0), _cand("043", "QAT", None, 5, "core.x" + RECALL)]
    parties = {(c.source.party, c.target.party, c.rule) for c in recall_parties(found)[1:]
               if c.source and c.target}
    assert parties == {("QAT", "IRN", "core.x"), ("QAT", "SAU", "core.x")}
    # one who is neither side and hosts nothing is a misread party, not a third one
    found = [_cand("046", "IRN", "SAU", 0), _cand("040", "QAT", None, 5, "core.x" + RECALL)]
    assert recall_parties(found) == found[:1]


def test_a_visit_takes_no_sides_of_talks_or_agreements() -> None:
    found = [_cand("057", "IRN", "SAU", 0), _cand("042", "QAT", None, 5, "core.x" + RECALL)]
    assert recall_parties(found) == found[:1]


def test_a_host_is_no_side_of_the_talks_it_hosted() -> None:
    found = [_cand("046", "IRN", "SAU", 0), _cand("043", "QAT", "IRN", 2),
             _cand("046", "IRN", None, 5, "core.x" + RECALL)]
    # Iran's "the talks" are with Saudi Arabia (coded already), not with the host
    assert recall_parties(found) == found[:2]
