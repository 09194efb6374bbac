"""Counterparts (events/counterparts.py): a hostile act that names no target goes
to the party its source clearly deals with in the article, or is not coded.
End to end on sentences written for these tests, plus the rule on candidates."""

from __future__ import annotations

from datetime import date

from eventwire.events.counterparts import SUFFIX, fill_counterparts
from eventwire.model import Actor, EventCandidate

from .support import extract_text

DAY = date(2021, 4, 15)
LEAD = ("WASHINGTON, April 15 (Test Wire) - The United States expelled ten Russian "
        "diplomats on Thursday and summoned Russia's ambassador. ")


def _dyads(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.party if e.source else None,
             e.target.party if e.target else None) for e in events}


def test_untargeted_sanctions_go_to_the_clear_counterpart(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, LEAD + "Washington also imposed new sanctions "
                                "on Thursday.\n", DAY))
    assert ("163", "USA", "RUS") in dyads


def test_no_counterpart_when_the_article_has_two_sides(pipeline) -> None:
    text = ("WASHINGTON, April 15 (Test Wire) - The United States expelled ten Russian "
            "diplomats on Thursday and summoned the ambassadors of Russia and China. "
            "Washington also imposed new sanctions on Thursday.\n")
    assert not any(code == "163" for code, _, _ in _dyads(extract_text(pipeline, text, DAY)))


def _cand(code: str, source: str, target: str | None, rule: str = "t") -> EventCandidate:
    def state(iso3: str) -> Actor:
        return Actor(iso3, f"state:{iso3}", iso3, iso3, iso3, "state")
    return EventCandidate("a", code, rule, "x", 0, 1, 0, 1, state(source),
                          state(target) if target else None, "asserted")


def test_a_waiting_candidate_is_dropped_without_a_clear_lead() -> None:
    waiting = _cand("161", "IND", None, "core.x" + SUFFIX)
    one_each = [_cand("114", "IND", "PAK"), _cand("111", "IND", "CHN"), waiting]
    assert fill_counterparts(one_each) == one_each[:2]
    clear = [_cand("114", "IND", "PAK"), _cand("166", "IND", "PAK"), waiting]
    filled = fill_counterparts(clear)
    assert filled[-1].target is not None and filled[-1].target.party == "PAK"


def test_a_pledge_that_names_no_recipient_goes_to_the_last_aid_recipient(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, "Britain sent humanitarian aid to Haiti on "
                                "Monday. Canada has also pledged $10 million in aid.\n",
                                date(2023, 10, 3)))
    assert ("033", "CAN", "HTI") in dyads


def test_no_aid_recipient_without_an_earlier_one(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, "Canada has pledged $10 million in aid.\n",
                                date(2023, 10, 3)))
    assert not any(code.startswith("033") for code, _, _ in dyads)


def test_an_agentless_expulsion_is_the_targets_clear_counterparts(pipeline) -> None:
    text = ("Malaysia summoned North Korea's ambassador on Monday and recalled its own "
            "envoy from Pyongyang. Investigators searched a flat in Kuala Lumpur. North "
            "Korea's ambassador was expelled on Tuesday.\n")
    events = extract_text(pipeline, text, date(2017, 3, 8))
    expelled = [e for e in events if e.evidence[0].trigger == "expelled"]
    assert [(e.source.party, e.target.party) for e in expelled] == [("MYS", "PRK")]
    assert expelled[0].evidence[0].rule.endswith(SUFFIX)


def test_an_untargeted_border_closure_goes_to_the_clear_counterpart(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, LEAD + "Washington also closed the main land "
                                "crossing on Thursday.\n", DAY))
    assert ("191", "USA", "RUS") in dyads


def test_untargeted_easing_goes_to_the_clear_counterpart(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, LEAD + "Washington later eased restrictions on "
                                "travel on Thursday.\n", DAY))
    assert ("081", "USA", "RUS") in dyads


def test_a_mutual_act_read_both_ways_counts_once() -> None:
    waiting = _cand("172", "GEO", None, "core.x" + SUFFIX)
    both_ways = [_cand("062", "GEO", "ARM"), _cand("062", "ARM", "GEO"), waiting]
    assert fill_counterparts(both_ways) == both_ways[:2]
