"""Parties the slot search finds only when it reads past how the parser built
the sentence: relative clauses, counts of a group already named, clauses that
sum up or deny an act, and nested prepositional phrases.

Every sentence is made up for this test; each case asserts the code, the dyad
and the status of one event the text must yield.
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import coded_events

# (text, code, source party, target party, status)
CASES: list[tuple[str, str, str, str, str]] = [
    # the relative pronoun stands for its antecedent; the passive agent acts
    ("NIAMEY, May 4 (Wire) - Twelve Beninese soldiers who had been detained in Niger "
     "flew home on Friday, a day after they were pardoned by Niger's military leader.",
     "0841", "NER", "BEN", "asserted"),
    ("The Beninese soldiers, who were pardoned by Tchiani, returned home on Friday.",
     "0841", "NER", "BEN", "asserted"),
    # "Three female soldiers" after "Twelve Beninese soldiers" are some of them
    ("Twelve Beninese soldiers were arrested at Niamey airport in March. A court in "
     "Niger handed down sentences on Monday. Three female soldiers, who had been "
     "freed in April, were sentenced to death in absentia by a court in Niamey.",
     "173", "NER", "BEN", "asserted"),
    # a clause the parser hangs under the denial that sums it up stays asserted;
    # "it" is the party named before, not the clause's own subject
    ("Bahrain cut diplomatic ties with Doha on Monday, accusing it of backing "
     "militants, a charge Qatar denies.",
     "161", "BHR", "QAT", "asserted"),
    ("Bahrain cut diplomatic ties with Doha on Monday, accusing it of backing "
     "militants, a charge Qatar denies.",
     "112", "BHR", "QAT", "asserted"),
    ("Bahrain cut diplomatic ties with Doha on Monday, accusing it of backing "
     "militants, a charge Qatar denies.",
     "016", "QAT", "BHR", "asserted"),
    # the relative clause rejects its antecedent: a denial (016), not a rejection
    ("Kabul accused Islamabad of sheltering the attackers, a charge Pakistan rejected.",
     "016", "PAK", "AFG", "asserted"),
    # "rejects" read as a plural noun after the charge
    ("Lithuania has accused Belarus of pushing migrants across the border, a charge "
     "Minsk rejects.",
     "016", "BLR", "LTU", "asserted"),
    # nested PPs: the party is the owner of the body appealed to or met
    ("The United Nations called on the authorities in Havana to free those detained.",
     "0253", "UN", "CUB", "asserted"),
    ("Macron appealed to the leaders of Niger to release Bazoum.",
     "020", "FRA", "NER", "asserted"),
    ("Blinken arrived in Cairo on Monday for talks with the foreign minister of Egypt.",
     "046", "USA", "EGY", "asserted"),
    ("Blinken, after talks with the foreign minister of Egypt in Cairo, said the truce "
     "would hold.",
     "046", "USA", "EGY", "asserted"),
    # attending a gathering abroad is a visit to where it meets
    ("U.S. Vice President Mike Pence will attend a Lima Group meeting in Bogota on "
     "Monday.",
     "042", "USA", "COL", "planned"),
    ("Japanese Prime Minister Fumio Kishida attended a summit in Vilnius.",
     "042", "JPN", "LTU", "asserted"),
    ("Brazilian President Lula took part in a summit in Johannesburg.",
     "042", "BRA", "ZAF", "asserted"),
    ("Guaido asked the Lima Group, which meets in Bogota on Monday, to keep all options "
     "open. U.S. Vice President Mike Pence will attend the meeting.",
     "042", "USA", "COL", "planned"),
]


def _found(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return coded_events(pipeline, text, date(2024, 5, 4))


@pytest.mark.parametrize(("text", "code", "source", "target", "status"), CASES)
def test_slot_is_found(pipeline, text: str, code: str, source: str, target: str,
                       status: str) -> None:
    found = _found(pipeline, text)
    assert (code, source, target, status) in found, found


def test_a_count_of_people_is_not_the_group_named_before(pipeline) -> None:
    # "officials" and "people" are anyone's: no earlier mention is their owner
    found = _found(pipeline, "Kazakh officials met Uzbek envoys in Astana on Monday. "
                             "Police in Tashkent said 40 officials were detained.")
    assert ("173", "UZB", "KAZ", "asserted") not in found, found


def test_an_it_that_names_a_thing_keeps_its_reading(pipeline) -> None:
    # "to receive it": the message, not the last state named
    found = _found(pipeline, "The Swiss envoy was summoned on Monday by Iran's foreign "
                             "ministry to receive it.")
    assert not [f for f in found if f[0] == "043" and f[2] == "IRN"], found


def test_a_gathering_at_home_is_no_visit(pipeline) -> None:
    found = _found(pipeline, "Turkish President Tayyip Erdogan will take part in a "
                             "conference in Ankara.")
    assert not [f for f in found if f[0] == "042"], found


def test_it_in_a_second_coordinated_verb_is_the_first_ones_object(pipeline) -> None:
    # "stormed the embassy and set part of it on fire": the embassy's country is
    # the target of both, never the crowd's own
    found = _found(pipeline, "Protesters stormed the Danish embassy in Tehran and set part "
                             "of it on fire.")
    assert ("145", "IRN", "DNK", "asserted") in found, found
    assert not [f for f in found if f[0] == "145" and f[2] == "IRN"], found


def test_what_a_thing_named_as_object_does_is_not_its_openers_act(pipeline) -> None:
    # "opened a rail line linking X with Y": the line links, the leaders do not
    found = _found(pipeline, "ISLAMABAD, Sept 7 (Wire) - Pakistani Prime Minister Shehbaz "
                             "Sharif also opened a road linking Lahore with the Chinese city "
                             "of Kashgar.")
    assert not [f for f in found if f[0].startswith("03")], found


def test_attacking_a_value_is_words_not_force(pipeline) -> None:
    found = _found(pipeline, "He accused the International Criminal Court of attacking "
                             "Kenya's rule of law.")
    assert not [f for f in found if f[0][:2] in ("18", "19", "20")], found
