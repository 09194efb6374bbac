"""An act told with "also" and no target of its own is aimed where the same kind
of act, by another party, was aimed just before (events/recall.echo_targets).
End to end on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from .support import coded_events

DAY = date(2022, 7, 4)


def _dyads(pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(code, source, target) for code, source, target, _ in
            coded_events(pipeline, text, DAY)}


def test_also_takes_the_target_of_the_act_before(pipeline) -> None:
    dyads = _dyads(pipeline, "ALMATY, July 4 (Test Wire) - Kazakh police detained dozens of "
                             "protesters in Almaty. Canada urged the Kazakh authorities to "
                             "free them. Australia also called for their release.")
    assert any(c.startswith("02") and (s, t) == ("AUS", "KAZ") for c, s, t in dyads), dyads


def test_also_takes_each_target_of_a_group(pipeline) -> None:
    dyads = _dyads(pipeline, "China urged both India and Pakistan to exercise restraint. "
                             "Japan also called for restraint.")
    appeals = {(s, t) for c, s, t in dyads if c.startswith("02") and s == "JPN"}
    assert appeals == {("JPN", "IND"), ("JPN", "PAK")}, dyads


def test_without_also_an_untargeted_appeal_stays_uncoded(pipeline) -> None:
    dyads = _dyads(pipeline, "China urged both India and Pakistan to exercise restraint. "
                             "Japan called for restraint.")
    assert not any(s == "JPN" for _, s, _ in dyads), dyads


def test_also_attending_is_no_visit_to_whom_talks_were_held_with(pipeline) -> None:
    dyads = _dyads(pipeline, "On Monday the Kenyan president held talks with Ugandan "
                             "President Yoweri Museveni. The Ethiopian prime minister also "
                             "attended the ceremony.")
    assert not any(c.startswith("04") and (s, t) == ("ETH", "UGA") for c, s, t in dyads), dyads
