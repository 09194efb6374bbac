"""Measures one state takes against or for another that no pattern coded
before (flight bans, deadlines, aid and arms halts, complaints to a court or
the WTO, lifted curfews, ordered releases, calls by telephone), through the
real parser.

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
    # a flight ban is an administrative sanction on where the flights went
    ("Turkey halted all flights to Iraq on Monday.",
     "core.halt.flights.172", "172", "TUR", "IRQ", "asserted"),
    ("Egypt grounded flights to Sudan on Monday.",
     "core.ground.flights.172", "172", "EGY", "SDN", "asserted"),
    ("Saudi Arabia cut Qatar off from air travel in June.",
     "core.cut.off.air.172", "172", "SAU", "QAT", "asserted"),
    # so many days or hours to do something is an ultimatum
    ("Israel gave Hamas 48 hours to free the hostages.",
     "core.give.deadline.139", "139", "ISR", "PSE", "asserted"),
    # the party a call was with, hung on "by telephone" by the parser
    ("India's foreign minister discussed the crisis by telephone with Sri Lanka's president.",
     "core.discuss.by.phone.041", "041", "IND", "LKA", "asserted"),
    # a complaint before the WTO or a court is a lawsuit; with no one named, it
    # answers the last act against the complainant
    ("Brazil filed a complaint against Argentina with the WTO.",
     "core.file.complaint.115", "115", "BRA", "ARG", "asserted"),
    ("Chile imposed tariffs on Peruvian copper. Peru said it would file a complaint with "
     "the World Trade Organization.",
     "core.file.complaint.115", "115", "PER", "CHL", "planned"),
    ("Israel seized a Turkish ship on Monday. Turkey said it would take the case to the "
     "International Court of Justice.",
     "core.take.case.to.115", "115", "TUR", "ISR", "planned"),
    ("Argentina and Chile imposed bans on Bolivian beef on Friday. Bolivia filed complaints "
     "against both with the World Trade Organization on Monday.",
     "core.file.complaint.115", "115", "BOL", "CHL", "asserted"),
    # not accepting a decision rejects it, answering whoever made it
    ("Eritrea expelled seven U.N. officials on Thursday. On Friday the United Nations said "
     "it did not accept the decision.",
     "core.not.accept.decision.120", "120", "UN", "ERI", "asserted"),
    # curfews and emergencies lifted at home
    ("Kenya's president lifted the curfew on Monday.",
     "core.lift.curfew.0813", "0813", "KEN", "KEN", "asserted"),
    ("Thailand ended the state of emergency on Monday.",
     "core.end.emergency.0814", "0814", "THA", "THA", "asserted"),
    ("Nigeria's president ordered the release of detained protesters.",
     "core.order.release.0841", "0841", "NGA", "NGA", "asserted"),
    # aid and arms stopped
    ("Japan froze its development aid to Myanmar.",
     "core.freeze.funding.1621", "1621", "JPN", "MMR", "asserted"),
    ("Norway paused 10 million dollars in budget support for Malawi.",
     "core.pause.funding.1621", "1621", "NOR", "MWI", "asserted"),
    ("Canada halted arms exports to Turkey.",
     "core.halt.arms.1622", "1622", "CAN", "TUR", "asserted"),
    ("EU ministers agreed to restrict arms exports to Turkey.",
     "core.restrict.arms.1622", "1622", "EU", "TUR", "asserted"),
    # handing over control or power, and refusing to
    ("Hungary's army refused to hand control of the border crossings to Serbia.",
     "core.hand.control.084.refusal", "1243", "HUN", "SRB", "asserted"),
    ("Zimbabwe's president refused to give up power.",
     "core.give.up.power.0831.refusal", "1231", "ZWE", "ZWE", "asserted"),
    ("Sudan's army handed power to a civilian government.",
     "core.hand.power.to.0831", "0831", "SDN", "SDN", "asserted"),
    # forcing a way into a building: security forces seize it, crowds riot
    ("Nicaraguan police forced their way into the Costa Rican embassy in Managua.",
     "core.force.way.into.171", "171", "NIC", "CRI", "asserted"),
    ("Filipino students forced their way into the Chinese embassy in Manila.",
     "core.force.way.into.145", "145", "PHL", "CHN", "asserted"),
    ("Venezuelan police raided the Argentine embassy in Caracas.",
     "core.raid.v.171", "171", "VEN", "ARG", "asserted"),
    # ending or leaving an agreement is rejecting it
    ("Guatemala said it was ending its agreement with the United Nations.",
     "core.end.agreement.127", "127", "GTM", "UN", "asserted"),
    ("Russia suspended its participation in the grain deal with Ukraine.",
     "core.suspend.agreement.127", "127", "RUS", "UKR", "asserted"),
    ("Russia withdrew from the arms control treaty with the United States.",
     "core.withdraw.from.agreement.127", "127", "RUS", "USA", "asserted"),
    # a bill dropped is a concession on policy
    ("Kenya's president said he would withdraw the finance bill.",
     "core.withdraw.bill.0832", "0832", "KEN", "KEN", "planned"),
    # military aid given; weapons no longer sent and arms exports not approved
    ("Poland has given Ukraine more than 3 billion euros in military aid.",
     "core.give.military.aid.072", "072", "POL", "UKR", "asserted"),
    ("Slovakia said it was no longer sending weapons to Ukraine.",
     "core.no.longer.send.weapons.1622", "1622", "SVK", "UKR", "asserted"),
    # a refusal held only with its own "not" is a stance voiced now
    ("Germany will not approve new arms exports to Turkey.",
     "core.not.approve.arms.1622", "1622", "DEU", "TUR", "asserted"),
    # troops or police sent abroad to help are a security contingent
    ("Kenya has begun deploying police officers to Haiti to help the Haitian police.",
     "core.deploy.police.to.074", "074", "KEN", "HTI", "asserted"),
    ("French soldiers began arriving in Mali to help the army.",
     "core.arrive.help.074", "074", "FRA", "MLI", "asserted"),
    ("Kenya will provide 1,000 police officers to Haiti.",
     "core.provide.troops.074", "0334", "KEN", "HTI", "asserted"),
    ("The Security Council authorised a Kenyan-led force for Haiti. Jamaica said it would "
     "contribute personnel.",
     "core.contribute.personnel.074.counterpart", "0334", "JAM", "HTI", "asserted"),
]




@pytest.mark.parametrize(("text", "rule", "code", "source", "target", "status"), CASES)
def test_measure_is_coded(pipeline, text: str, rule: str, code: str, source: str,
                          target: str, status: str) -> None:
    found = fired(pipeline, text, DAY)
    assert (rule, code, source, target, status) in found, found


def test_a_deadline_to_leave_is_an_expulsion(pipeline) -> None:
    events = extract_text(pipeline, "Peru gave Mexico's ambassador 72 hours to leave the "
                          "country.", DAY)
    assert [(e.cameo, e.source.party, e.target.party) for e in events
            if e.source and e.target] == [("166", "PER", "MEX")]
    # the parser may hang "to leave" on the hours as a relative clause
    events = extract_text(pipeline, "Ortega gave Costa Rican diplomats 24 hours to leave the "
                          "country.", DAY)
    assert [(e.cameo, e.source.party, e.target.party) for e in events
            if e.source and e.target] == [("166", "NIC", "CRI")]


def test_weapons_sent_are_no_halt(pipeline) -> None:
    events = extract_text(pipeline, "Slovakia sent weapons to Ukraine.", DAY)
    assert not [e for e in events if e.cameo.startswith("162")], events


def test_ending_a_monopoly_is_no_cut_in_relations(pipeline) -> None:
    events = extract_text(pipeline, "Nepal signed a deal with China, ending India's monopoly "
                          "on its fuel supply as a blockade of its border crossings went on.", DAY)
    assert not [e for e in events if e.cameo.startswith("16")], events


def test_stopping_arms_smuggling_is_no_arms_halt(pipeline) -> None:
    events = extract_text(pipeline, "Mexico promised to stop arms smuggling to Guatemala.", DAY)
    assert not [e for e in events if e.cameo.startswith("162")], events
