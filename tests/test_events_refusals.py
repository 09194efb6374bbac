"""Refusals (events/refusals.py): a source's own "will not", "refused to" or
"did not recognise" is an asserted CAMEO 12 event next to the negated act; other
negations stay negated only. End to end through the real parser and knowledge
base, on sentences written for these tests, plus the data file's mapping."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from eventwire.errors import DataFileError
from eventwire.events.refusals import (
    RULES_FILE,
    load_refusal_rules,
    refusal_code,
    rules_from_dict,
)
from eventwire.model import Actor, Event

from .support import extract_text

DAY = date(2024, 3, 3)


def _dyads(events: list[Event]) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.cameo, e.status, e.source.party if e.source else None,
             e.target.party if e.target else None) for e in events]


def _refusals(events: list[Event]) -> list[tuple[str, str, str | None, str | None]]:
    return [d for d in _dyads(events) if d[0].startswith("12")]


def test_future_refusal_to_cooperate_with_a_court_is_judicial(pipeline) -> None:
    events = extract_text(pipeline, "Moldova will never cooperate with the International "
                          "Criminal Court, the foreign minister said.\n", DAY)
    assert ("1213", "asserted", "MDA", "ICC") in _dyads(events)
    # the refused act itself is kept, negated
    assert ("060", "negated", "MDA", "ICC") in _dyads(events)


def test_refusing_governor_maps_release_to_refusal_to_release(pipeline) -> None:
    events = extract_text(pipeline, "Hungary refused to release the two Ukrainian sailors.\n", DAY)
    assert _refusals(events) == [("1243", "asserted", "HUN", "UKR")]


def test_declined_cooperation_with_a_state_is_a_refusal_of_cooperation(pipeline) -> None:
    events = extract_text(pipeline, "Georgia has declined to cooperate with Armenia on "
                          "the investigation.\n", DAY)
    assert _refusals(events) == [("121", "asserted", "GEO", "ARM")]


def test_plain_past_non_event_is_not_a_refusal(pipeline) -> None:
    events = extract_text(pipeline, "Latvia did not cooperate with Estonia on the border "
                          "plan last year.\n", DAY)
    assert ("060", "negated", "LVA", "EST") in _dyads(events)
    assert _refusals(events) == []


def test_another_partys_report_of_a_negation_is_not_a_refusal(pipeline) -> None:
    events = extract_text(pipeline, "Lithuania said Belarus would not release the Polish "
                          "journalists.\n", DAY)
    assert ("0841", "negated", "BLR", "POL") in _dyads(events)
    assert _refusals(events) == []


def test_negated_visit_has_no_refusal_code(pipeline) -> None:
    events = extract_text(pipeline, "Hungary will not attend the EU summit in Brussels.\n", DAY)
    assert ("042", "negated", "HUN", "EU") in _dyads(events)
    assert _refusals(events) == []


@pytest.mark.parametrize(("code", "lemma", "party", "expected"), [
    ("0841", "release", None, "1243"),  # the longest prefix wins over 084
    ("0733", "send", None, "1223"),
    ("054", "recognize", None, "120"),
    ("017", "recognise", None, "120"),  # no code of its own: the verb decides
    ("060", "cooperate", "ICC", "1213"),
    ("060", "cooperate", "RUS", "121"),
    ("042", "visit", None, None),
    ("190", "attack", None, None),
])
def test_refusal_code_comes_from_the_data_file(code: str, lemma: str, party: str | None,
                                               expected: str | None) -> None:
    target = None if party is None else Actor(text=party, org=party if party == "ICC" else None,
                                              country=None if party == "ICC" else party)
    assert refusal_code(code, lemma, target, load_refusal_rules()) == expected


def test_a_refusal_code_outside_cameo_12_is_named_as_an_error() -> None:
    shipped = json.loads((resources.files("eventwire") / "data" / "patterns"
                          / RULES_FILE).read_text(encoding="utf-8"))
    rules_from_dict(shipped, RULES_FILE)  # the shipped file passes its own check
    with pytest.raises(DataFileError, match="codes must map"):
        rules_from_dict({**shipped, "codes": {"06": "060"}}, RULES_FILE)


def test_past_non_recognition_is_a_refusal_but_a_standing_position_is_not(pipeline) -> None:
    past = extract_text(pipeline, "Armenia did not recognise Azerbaijan's claim to the "
                        "region.\n", DAY)
    assert ("120", "asserted", "ARM", "AZE") in _refusals(past)
    standing = extract_text(pipeline, "Armenia does not recognise Azerbaijan's claim to the "
                            "region.\n", DAY)
    assert _refusals(standing) == []


def test_a_refusal_takes_the_date_of_its_saying_not_of_the_refused_act(pipeline) -> None:
    events = extract_text(pipeline, "Erdogan said on Monday that Turkey would not hold talks "
                          "with Armenia this year.\n", DAY)
    refusal = [e for e in events if e.cameo == "125"]
    assert len(refusal) == 1, _dyads(events)
    assert (refusal[0].date, refusal[0].date_precision) == ("2024-02-26", "day")
    assert refusal[0].evidence[0].trigger == "said"


def test_no_longer_is_a_negation_and_its_modal_future_a_refusal(pipeline) -> None:
    events = extract_text(pipeline, "Germany said on Sunday it would no longer recognise "
                          "Venezuela's president.\n", DAY)
    dyads = _dyads(events)
    assert ("054", "negated", "DEU", "VEN") in dyads
    assert any(c.startswith("12") and s == "asserted" and (a, b) == ("DEU", "VEN")
               for c, s, a, b in dyads)


def test_each_of_coordinated_speakers_refuses(pipeline) -> None:
    events = extract_text(pipeline, "Mexico and Argentina said on Saturday they would not "
                          "recognise Maduro.\n", DAY)
    refusals = _refusals(events)
    assert ("120", "asserted", "MEX", "VEN") in refusals
    assert ("120", "asserted", "ARG", "VEN") in refusals
