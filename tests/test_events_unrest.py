"""Domestic unrest, arrests and repression in the words fresh stories use:
counted crowds ("thousands of ..."), agentless arrests, crowds chanting, police
breaking up marches, a government arresting its own officials.

Every sentence is made up for this test, with other countries and wordings than
the stories the misses were noticed in; each asserts the dyad, the code and the
status.
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import coded_events

# (text, code, source party, target party, status)
CASES: list[tuple[str, str, str, str, str]] = [
    # a count's "of" names the crowd, owned by where its clause happens
    ("LUSAKA, March 3 (Test Wire) - Thousands of Zambians marched through Lusaka on "
     "Saturday, demanding lower fuel prices.",
     "141", "ZMB", "ZMB", "asserted"),
    ("Tens of thousands of protesters rallied in Caracas on Sunday.",
     "141", "VEN", "VEN", "asserted"),
    # a bare count is a crowd, owned by the dateline when its town is not known
    ("ACCRA, March 3 (Test Wire) - Thousands rallied in Kumasi on Saturday against the "
     "new tax.",
     "141", "GHA", "GHA", "asserted"),
    # "the streets of" a capital place the crowd there
    ("Protesters took to the streets of Lima on Sunday.",
     "141", "PER", "PER", "asserted"),
    # an agentless arrest of the dateline country's own people is its own act
    ("TBILISI, March 3 (Test Wire) - More than 40 people were detained on Friday, "
     "including an opposition leader.",
     "173", "GEO", "GEO", "asserted"),
    # ... and so is an agentless release of them
    ("MINSK, March 3 (Test Wire) - Three jailed opposition activists were freed on "
     "Friday.",
     "0841", "BLR", "BLR", "asserted"),
    # a release with no doer is by whoever the article said held them
    ("NAIROBI, March 3 (Test Wire) - Ethiopian police arrested four Kenyan truck "
     "drivers in Moyale in June. The Kenyan drivers were released on Friday after talks.",
     "0841", "ETH", "KEN", "asserted"),
    # ... and one placed in a country is that country's act
    ("OSLO, March 3 (Test Wire) - Two Norwegian aid workers were arrested in Yemen "
     "last week.",
     "173", "YEM", "NOR", "asserted"),
    ("OTTAWA, March 3 (Test Wire) - A Canadian teacher has been detained in Iran, the "
     "Canadian government said on Friday.",
     "173", "IRN", "CAN", "asserted"),
    # a state reporting arrests of its own people, named by a pronoun, made them
    ("PARIS, March 3 (Test Wire) - Egypt said on Saturday that Giulio Regeni had died in "
     "a car accident. It said 12 Egyptians had been detained and two police officers "
     "suspended.",
     "173", "EGY", "EGY", "asserted"),
    # a government arresting its own officials
    ("DHAKA, March 3 (Test Wire) - The government has placed customs officials under "
     "house arrest.",
     "173", "BGD", "BGD", "asserted"),
    # repression: breaking up marches, pepper spray, said by witnesses
    ("LIMA, March 3 (Test Wire) - Police broke up two marches with pepper spray, "
     "witnesses said.",
     "175", "PER", "PER", "reported"),
    ("QUITO, March 3 (Test Wire) - Riot police used pepper spray on Friday.",
     "175", "ECU", "ECU", "asserted"),
    # crowds chanting are demonstrating, against their rulers unless someone is named
    ("TUNIS, March 3 (Test Wire) - Crowds chanted \"dignity\" outside parliament on "
     "Thursday.",
     "141", "TUN", "TUN", "asserted"),
    ("MANILA, March 3 (Test Wire) - Students chanted slogans against China outside the "
     "embassy.",
     "141", "PHL", "CHN", "asserted"),
    # a protest aimed at a thing a foreign country owns is aimed at that country
    # (the parser hangs "against" on the protest's counted agent)
    ("CAIRO, March 3 (Test Wire) - Police detained dozens of people on Friday, when "
     "protests by thousands of students against an Israeli gas deal turned violent.",
     "141", "EGY", "ISR", "asserted"),
    # a blockade of the road to a country is no act against that country
    ("BISHKEK, March 3 (Test Wire) - Hundreds of farmers blocked the highway to "
     "Kazakhstan on Monday.",
     "144", "KGZ", "KGZ", "asserted"),
]


def _found(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return coded_events(pipeline, text, date(2024, 3, 3))


@pytest.mark.parametrize(("text", "code", "source", "target", "status"), CASES)
def test_unrest_is_coded(pipeline, text: str, code: str, source: str, target: str,
                         status: str) -> None:
    found = _found(pipeline, text)
    assert (code, source, target, status) in found, found


def test_rallying_aid_is_no_demonstration(pipeline) -> None:
    found = _found(pipeline, "Germany promised that it would rally international aid "
                             "for Moldova.")
    assert not [f for f in found if str(f[0]).startswith("14")], found


def test_people_arriving_are_no_visit(pipeline) -> None:
    found = _found(pipeline, "ZAGREB, March 3 (Test Wire) - Thousands of people turned "
                             "away from the Slovenian route arrived in Croatia overnight.")
    assert not [f for f in found if f[0] in ("042", "043")], found


def test_agentless_arrest_of_foreigners_at_home_names_no_agent(pipeline) -> None:
    # nothing says who held them: no event rather than a guess
    found = _found(pipeline, "ROME, March 3 (Test Wire) - Two Brazilians were detained "
                             "on Friday.")
    assert not [f for f in found if f[0] == "173"], found


def test_deported_from_is_not_the_home_state_deporting(pipeline) -> None:
    found = _found(pipeline, "MANAGUA, March 3 (Test Wire) - Nicaragua agreed to take "
                             "back migrants deported from Mexico.")
    assert ("174", "NIC", "NIC", "asserted") not in found, found


def test_protest_coordinated_with_one_aimed_abroad_shares_its_aim(pipeline) -> None:
    # "set fire to a French flag and chanted slogans": both against France, no
    # second protest against Turkey's own rulers
    found = _found(pipeline, "ANKARA, March 3 (Test Wire) - Students set fire to a paper "
                             "French flag and chanted slogans outside the consulate on "
                             "Friday.")
    assert ("141", "TUR", "FRA", "asserted") in found, found
    assert ("141", "TUR", "TUR", "asserted") not in found, found


def test_a_government_protesting_names_no_protest_against_itself(pipeline) -> None:
    # a capital or government "protested against the raids": a complaint to
    # someone unnamed, not a demonstration against its own rulers
    found = _found(pipeline, "NICOSIA, March 3 (Test Wire) - Nicosia has repeatedly "
                             "protested against the overflights.")
    assert ("141", "CYP", "CYP", "asserted") not in found, found


def test_unnamed_people_a_states_police_arrest_at_home_are_its_own(pipeline) -> None:
    day = date(2021, 7, 8)
    found = coded_events(pipeline, "PORT-AU-PRINCE, July 8 (Wire) - Haitian police arrested "
                         "two men on Thursday.\n", day)
    assert ("173", "HTI", "HTI", "asserted") in found
    # abroad, "two men" say nothing of whose they are
    found = coded_events(pipeline, "KABUL, July 8 (Wire) - U.S. troops detained two men near "
                         "Kandahar on Thursday.\n", day)
    assert not [f for f in found if f[0] == "173" and f[2] == "USA"]


def test_a_foreign_appeal_to_all_sides_is_to_the_country_in_crisis(pipeline) -> None:
    day = date(2018, 4, 23)
    found = coded_events(pipeline, "YEREVAN, April 23 (Wire) - Thousands of Armenians "
                         "protested for a tenth day on Monday. The European Union's foreign "
                         "policy chief, Federica Mogherini, urged all sides to show "
                         "restraint.\n", day)
    assert ("0256", "EU", "ARM", "asserted") in found
    found = coded_events(pipeline, "DHAKA, Aug 6 (Wire) - Bangladesh's prime minister fled "
                         "the country on Monday. The United States urged calm.\n", day)
    assert ("0256", "USA", "BGD", "asserted") in found
    # a call for something else, of no one named, stays without a target
    found = coded_events(pipeline, "DHAKA, Aug 6 (Wire) - Bangladesh's prime minister fled "
                         "the country on Monday. The United States called for an "
                         "inquiry.\n", day)
    assert not [f for f in found if f[1] == "USA" and f[0].startswith("02")]
