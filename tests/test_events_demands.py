"""Demands and appeals told as what another party must or should do
(``events/demands.py``): "X said Y must apologise" is X's demand of Y, and the
apology itself has not happened.

Every sentence is made up for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import DataFileError
from eventwire.events.demands import appeal_codes_from_dict, load_appeal_codes

from .support import coded_events

DAY = date(2022, 6, 9)

# (text, code, source party, target party)
ASKED: list[tuple[str, str, str, str]] = [
    # "must": a demand
    ("Ankara said on Wednesday that Sweden must apologise for the protest.",
     "100", "TUR", "SWE"),
    ("Moscow said Kyiv must withdraw its troops from the border.", "1056", "RUS", "UKR"),
    # "should": an appeal, by what is asked for
    ("Britain said Iran should release the tanker immediately.", "0253", "GBR", "IRN"),
    # a ruler told to go: a demand for a change of leadership
    ("The French president said Assad should step down.", "1041", "FRA", "SYR"),
    ("Canada's prime minister said Maduro must go.", "1041", "CAN", "VEN"),
    # a second clause of what is said
    ("German Chancellor Olaf Scholz said on Monday, after a call with Kenyan President "
     "William Ruto, that Lukashenko had lost all legitimacy and should resign now.",
     "1041", "DEU", "BLR"),
    # ... and "that X should" hung after an aside as an adverbial clause
    ("Britain's foreign secretary said on Friday, after talks with Italian Foreign "
     "Minister Luigi Di Maio, that Lukashenko had lost all authority and should resign.",
     "1041", "GBR", "BLR"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), ASKED)
def test_what_another_must_do_is_asked_of_it(pipeline, text: str, code: str, source: str,
                                            target: str) -> None:
    found = coded_events(pipeline, text, DAY)
    assert (code, source, target, "asserted") in found, found


def test_the_act_asked_for_has_not_happened(pipeline) -> None:
    found = coded_events(pipeline, "Ankara said Sweden must apologise for the protest.", DAY)
    assert not any(code.startswith("055") and status not in ("hypothetical", "negated")
                   for code, _, _, status in found), found


@pytest.mark.parametrize("text", [
    "Russia said it must respond to the expansion of NATO.",  # its own side
    "The EU said those responsible must be brought to justice.",  # no party, passive
])
def test_no_demand_without_another_party(pipeline, text: str) -> None:
    found = coded_events(pipeline, text, DAY)
    assert not any(code[:2] in ("10", "02") for code, _, _, _ in found), found


def test_an_idiom_of_blame_said_with_must_still_happened(pipeline) -> None:
    found = coded_events(pipeline, "Iran said the United States must answer for the attack.",
                         DAY)
    assert ("112", "IRN", "USA", "asserted") in found, found


def test_the_appeal_table_is_data_and_the_longest_prefix_wins():
    table = load_appeal_codes()
    assert table.appeal_for("0871") == "0256"  # a ceasefire asked for: de-escalation
    assert table.appeal_for("0831") == "0241"  # more specific than "083" -> "024"
    assert table.appeal_for("0834") == "024"
    assert table.appeal_for("190") == table.default == "020"
    assert table.appeal_for(None) == "020"


@pytest.mark.parametrize("data", [
    {"codes": {"084": "1053"}, "default": "020"},  # a demand code where an appeal belongs
    {"codes": {"084": "0253"}},                     # no default
    {"codes": ["084", "0253"], "default": "020"},
    [],
])
def test_a_bad_appeal_table_is_refused_with_its_file(data):
    with pytest.raises(DataFileError, match="appeal_codes.json"):
        appeal_codes_from_dict(data, "appeal_codes.json")
