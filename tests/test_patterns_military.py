"""Military moves and force that no pattern matched before (troops sent to a
border, aircraft or ships entering another state's air or sea, troops taking
part in another state's drills), through the real parser.

Every sentence is made up for this test; each names the pattern that must
fire, the code, the dyad and the status.
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import extract_text, fired

# the date every test article of this file is published on
DAY = date(2024, 3, 3)

# (text, rule, code, source party, target party, status)
CASES: list[tuple[str, str, str, str, str, str]] = [
    # troops sent to a border show force to the neighbour it is named with
    ("Armenia moved two brigades to its border with Azerbaijan.",
     "core.move.troops.border.to.154", "154", "ARM", "AZE", "asserted"),
    ("Pakistan rushed reinforcements to the frontier with Afghanistan.",
     "core.rush.troops.border.to.154", "154", "PAK", "AFG", "asserted"),
    # a day on the verb is no place: the border is found on the object
    ("Sudan massed soldiers on the border with Chad on Sunday.",
     "core.mass.troops.border.on.154", "154", "SDN", "TCD", "asserted"),
    ("Iran has stationed tanks along the Iraqi border.",
     "core.station.troops.border.along.154", "154", "IRN", "IRQ", "asserted"),
    # the neighbour's border is still a border, not land taken in (074)
    ("Belarus deployed troops to Lithuania's border.",
     "core.deploy.troops.border.to.154", "154", "BLR", "LTU", "asserted"),
    ("The Ethiopian buildup along the Eritrean border worried the UN.",
     "core.buildup.border.along.n.154", "154", "ETH", "ERI", "asserted"),
    # no neighbour named: the move answers the act just done to the one moving
    ("Peruvian troops raided a camp inside Bolivia. Bolivia ordered troops to the "
     "western frontier.",
     "core.order.troops.border.to.154", "154", "BOL", "PER", "asserted"),
    # aircraft or ships in another state's air or sea: a show of force there
    ("Two Russian bombers flew into Finnish airspace on Tuesday.",
     "core.fly.into.airspace.150", "150", "RUS", "FIN", "asserted"),
    ("Iranian patrol boats sailed into Emirati waters.",
     "core.sail.into.airspace.150", "150", "IRN", "ARE", "asserted"),
    ("Chinese warships entered Vietnamese waters on Friday.",
     "core.enter.airspace.150", "150", "CHN", "VNM", "asserted"),
    ("Syrian helicopters breached Turkish airspace.",
     "core.breach.airspace.150", "150", "SYR", "TUR", "asserted"),
    ("Ethiopia sent drones into Sudanese airspace.",
     "core.send.into.airspace.150", "150", "ETH", "SDN", "asserted"),
    # sent over the line in answer to the other side's flight
    ("Venezuelan jets flew into Guyanese airspace. Guyana then sent helicopters "
     "across the border.",
     "core.send.across.line.150", "150", "GUY", "VEN", "asserted"),
    # the incursion called a provocation is the flight told before
    ("Turkish drones flew into Armenian airspace. Yerevan called the incursion a "
     "provocation.",
     "core.call.negative.111", "111", "ARM", "TUR", "asserted"),
    # taking part in another's drills is military cooperation, both ways
    ("Kazakh troops took part in the drills alongside Kyrgyz soldiers.",
     "core.take.part.drills.alongside.062", "062", "KAZ", "KGZ", "asserted"),
    ("Kazakh troops took part in the drills alongside Kyrgyz soldiers.",
     "core.take.part.drills.alongside.062.reverse", "062", "KGZ", "KAZ", "asserted"),
    ("Egyptian units participated in Saudi Arabia's naval exercises.",
     "core.participate.drills.062", "062", "EGY", "SAU", "asserted"),
    ("Serbian soldiers joined the Belarusian manoeuvres on Monday.",
     "core.join.drills.062", "062", "SRB", "BLR", "asserted"),
    # "the drills" are the exercises named just before
    ("The Turkish president watched Turkey's largest naval exercises, where Azerbaijani "
     "sailors are taking part in the drills for the first time.",
     "core.take.part.drills.062", "062", "AZE", "TUR", "asserted"),
    # joined a partner's forces for or in the drills
    ("Iraqi troops joined Turkish forces on Monday for military exercises near the border.",
     "core.join.for.drills.062", "062", "IRQ", "TUR", "asserted"),
]




@pytest.mark.parametrize(("text", "rule", "code", "source", "target", "status"), CASES)
def test_phrasing_is_coded(pipeline, text: str, rule: str, code: str, source: str,
                           target: str, status: str) -> None:
    found = fired(pipeline, text, DAY)
    assert (rule, code, source, target, status) in found, found


def test_troops_at_home_border_with_no_other_side_are_no_event(pipeline) -> None:
    # its own troops and its own border are not whom the show of force is aimed at
    events = extract_text(pipeline, "Chile sent soldiers to the northern border.", DAY)
    assert not [e for e in events if e.cameo.startswith("15")], events


def test_concern_answers_no_act_only_its_victim_alleges(pipeline) -> None:
    # Thailand reported the intrusion; Laos's concern is not aimed at Cambodia
    events = extract_text(pipeline, "Thai forces shelled Cambodian posts. Thailand said "
                          "Cambodian boats had entered Thai waters. Laos voiced concern.", DAY)
    assert not [e for e in events if e.source and e.source.party == "LAO"
                and e.target and e.target.party == "KHM"], events


def test_joining_a_boycott_of_the_games_is_no_drill(pipeline) -> None:
    # "the Games" are the Olympics; a drill is what was joined, as its object
    events = extract_text(pipeline, "Britain and Canada joined the United States in a diplomatic "
                          "boycott of the Winter Games on Wednesday.", DAY)
    assert not [e for e in events if e.cameo.startswith("06")], events
