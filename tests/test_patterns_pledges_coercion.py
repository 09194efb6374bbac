"""Phrasings that no pattern matched before (pledges, coercion, diplomacy and
veiled threats), through the real parser.

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
    # a security contingent for the country helped; offered, it is an intent (0334)
    ("Rwanda has offered to send 800 police officers to the Central African Republic.",
     "core.send.police.to.074", "0334", "RWA", "CAF", "asserted"),
    ("Ghana sent 300 peacekeepers to Mali last year.",
     "core.send.police.to.074", "074", "GHA", "MLI", "asserted"),
    ("Iran barred Afghan traders from crossing the border.",
     "core.bar.from.172", "172", "IRN", "AFG", "asserted"),
    ("Honduras turned back three Nicaraguan planes carrying migrants on Friday.",
     "core.turn.back.120", "120", "HND", "NIC", "asserted"),
    ("Vietnamese coast guard ships escorted fishing vessels into Philippine waters on Monday.",
     "core.escort.into.150", "150", "VNM", "PHL", "asserted"),
    ("Honduras would recognise the People's Republic of China, its foreign minister said.",
     "core.recognise.v.054", "054", "HND", "CHN", "planned"),
    ("Finland said it was open to talks with Russia about the border.",
     "core.open.to.talk.036", "036", "FIN", "RUS", "asserted"),
    ("Paraguay said it was ready for negotiations with Argentina.",
     "core.open.to.negotiation.036", "036", "PRY", "ARG", "asserted"),
    # criticism phrased as a description, answering the act against the speaker
    ("Russia accused Poland of spying on Sunday. Poland's foreign minister told reporters "
     "that the accusation was absurd and a provocation.",
     "core.tell.judged.111", "111", "POL", "RUS", "asserted"),
    ("Russian missiles struck Polish border posts on Sunday. The Polish prime minister "
     "cancelled a trip to Moscow, telling reporters that the strike was a flagrant "
     "violation of Polish sovereignty.",
     "core.tell.judged.111", "111", "POL", "RUS", "asserted"),
    ("Chile was ready to grant Chilean citizenship to the exiled Venezuelans.",
     "core.grant.nationality.to.075", "075", "CHL", "VEN", "asserted"),
    ("Canada granted temporary protected status to Haitians.",
     "core.grant.nationality.to.075", "075", "CAN", "HTI", "asserted"),
    # veiled threats
    ("Venezuelan troops attacked Guyanese border posts last week. Guyana said it would "
     "protect its sovereignty by all means necessary.",
     "core.protect.by.all.means.138", "138", "GUY", "VEN", "asserted"),
    ("Macron said on Friday that there would be consequences for Algeria's relations "
     "with France.",
     "core.consequences.for.131", "131", "FRA", "DZA", "asserted"),
    ("Argentina said Chile would have to bear the consequences.",
     "core.bear.consequences.130", "130", "ARG", "CHL", "asserted"),
]




@pytest.mark.parametrize(("text", "rule", "code", "source", "target", "status"), CASES)
def test_phrasing_is_coded(pipeline, text: str, rule: str, code: str, source: str,
                           target: str, status: str) -> None:
    found = fired(pipeline, text, DAY)
    assert (rule, code, source, target, status) in found, found


def test_an_offer_of_police_with_no_destination_is_no_self_targeted_event(pipeline) -> None:
    # PETRARCH's "send" codes this 153 against the sender itself
    events = extract_text(pipeline, "Nepal has offered to send 500 police officers.", DAY)
    assert not [e for e in events if e.source and e.target
                and e.source.party == e.target.party], events


def test_have_to_bear_is_read_on_bear(pipeline) -> None:
    # "have ... consequences" would make Chile the threatener
    events = extract_text(pipeline, "Chile would have to bear all the consequences, "
                          "Argentina's foreign ministry said.", DAY)
    found = {(e.cameo, e.source and e.source.party, e.target and e.target.party)
             for e in events}
    assert ("130", "ARG", "CHL") in found and ("130", "CHL", "ARG") not in found, found


def test_an_offer_to_mediate_is_an_intent_to_mediate(pipeline) -> None:
    found = fired(pipeline, "Brazil offered to mediate between the government and the "
                  "opposition in Bolivia.\n", DAY)
    assert ("core.mediate.v.045", "039", "BRA", "BOL", "asserted") in found
    assert not [f for f in found if f[1] == "045"]


def test_witnesses_of_a_signing_are_not_its_signers(pipeline) -> None:
    found = fired(pipeline, "Nigeria agreed on Monday to hand the Bakassi peninsula over to "
                  "Cameroon. The United States, Britain and France witnessed the signing.\n",
                  DAY)
    assert not [f for f in found if f[1].startswith("05")], found
