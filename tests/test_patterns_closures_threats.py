"""More phrasings that no pattern matched before (closures and embargoes,
threats said of someone, pledges whose "not" is part of the phrase, readiness
to send aid), through the real parser.

Every sentence is made up for this test, with other actors and wordings than
the stories the phrasings were noticed in; each names the pattern that must
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
    ("Morocco sealed its border with Algeria on Monday.",
     "core.seal.border.with.191", "191", "MAR", "DZA", "asserted"),
    ("Azerbaijan sealed the Lachin crossing to Armenian trucks.",
     "core.seal.border.to.191", "191", "AZE", "ARM", "asserted"),
    ("Egypt shut its border with Libya.",
     "core.shut.crossing.with.191", "191", "EGY", "LBY", "asserted"),
    ("Jordan closed its border with Syria on Monday.",
     "core.close.border.191", "191", "JOR", "SYR", "asserted"),
    # a closure threatened is a threat of blockade
    ("Turkey warned that it could close its border with Syria.",
     "core.close.border.191", "1381", "TUR", "SYR", "asserted"),
    ("Pakistan suspended all trade with India on Thursday.",
     "core.suspend.imports.163", "163", "PAK", "IND", "asserted"),
    ("South Korea suspended fish imports from Japan.",
     "core.suspend.imports.163", "163", "KOR", "JPN", "asserted"),
    ("Russia halted wheat exports to Egypt.",
     "core.halt.imports.163", "163", "RUS", "EGY", "asserted"),
    # a threat answering the act against the one who promises it
    ("Russian drones struck Kyiv. Zelenskiy promised a response.",
     "core.promise.response.130", "130", "UKR", "RUS", "asserted"),
    # the one the response is promised for is its target
    ("The Chilean president vowed a tough response for Bolivia.",
     "core.vow.response.130", "130", "CHL", "BOL", "asserted"),
    # a response to come is a threat; the decision's owner is its target
    ("Hanoi said it would respond to Cambodia's decision in due course.",
     "core.respond.future.130", "130", "VNM", "KHM", "asserted"),
    ("Brazil said it would take measures against Paraguay.",
     "core.take.action.against.130", "130", "BRA", "PRY", "asserted"),
    ("Indian troops shelled Pakistani posts on Monday. Pakistan said any attempt to "
     "stop the water would be an act of war.",
     "core.act.of.war.138", "138", "PAK", "IND", "asserted"),
    ("Khamenei said Israel will be made to regret the crime.",
     "core.made.to.regret.138", "138", "IRN", "ISR", "asserted"),
    ("Iran said the United States must answer for the attack.",
     "core.answer.for.112", "112", "IRN", "USA", "asserted"),
    # the "not" belongs to the phrase
    ("Israel said Iran would not go unpunished.",
     "core.not.go.unpunished.138", "138", "ISR", "IRN", "asserted"),
    ("Jamaica would not let the people of Haiti down, its prime minister said.",
     "core.not.let.down.0334", "0334", "JAM", "HTI", "asserted"),
    # refused to let aid in: a rejection of humanitarian aid
    ("Venezuela refused to let Colombian aid in.",
     "core.let.aid.073.refusal", "1223", "VEN", "COL", "asserted"),
    # ready to send aid is an intent to give it
    ("Mexico is ready to send food and medicines to Cuba.",
     "core.send.aid.073", "0333", "MEX", "CUB", "asserted"),
]




@pytest.mark.parametrize(("text", "rule", "code", "source", "target", "status"), CASES)
def test_phrasing_is_coded(pipeline, text: str, rule: str, code: str, source: str,
                           target: str, status: str) -> None:
    found = fired(pipeline, text, DAY)
    assert (rule, code, source, target, status) in found, found


def test_going_unpunished_without_not_is_no_threat(pipeline) -> None:
    events = extract_text(pipeline, "Israel said the attack on Iran went unpunished.", DAY)
    assert not [e for e in events if e.evidence[0].rule == "core.not.go.unpunished.138"]


def test_taking_measures_in_the_past_is_no_threat(pipeline) -> None:
    events = extract_text(pipeline, "Brazil took measures against Paraguay last year.", DAY)
    assert not [e for e in events if e.cameo.startswith("13")], events


def test_responding_in_the_past_is_no_threat(pipeline) -> None:
    events = extract_text(pipeline, "Norway responded to Iceland's decision last year.", DAY)
    assert not [e for e in events if e.evidence[0].rule == "core.respond.future.130"], events
