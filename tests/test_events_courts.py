"""Where an agentless judicial act happens says whose it is: a place named with
its article ("in the United States") or a court of a state ("in a Russian
court"). Made-up sentences."""

from __future__ import annotations

from datetime import date

from .support import coded_events

DAY = date(2022, 5, 12)


def test_agentless_charge_in_a_country_named_with_its_article(pipeline) -> None:
    found = coded_events(pipeline, "A Chinese engineer was charged in the United States on "
                         "Monday with espionage.\n", DAY)
    assert ("173", "USA", "CHN") in [(c, s, t) for c, s, t, _ in found], found


def test_agentless_charge_in_a_foreign_court_is_the_courts_state(pipeline) -> None:
    found = coded_events(pipeline, "A Chinese engineer was charged in a Russian court on "
                         "Monday with espionage.\n", DAY)
    assert ("173", "RUS", "CHN") in [(c, s, t) for c, s, t, _ in found], found
