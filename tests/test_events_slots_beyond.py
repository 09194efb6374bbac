"""Sources and targets the slot search finds past the pattern's own slot: the
party inside what an appeal asks for, the party a promised act is done to, the
unresolved owner of an event noun, the attack a passive killing happened in,
and a list of countries the parser splits or hangs on a plural noun.

Every sentence is made up for this test; each case asserts the code, the dyad
and the status of one event the text must yield (or must not).
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import coded_events

# (text, code, source party, target party, status)
CASES: list[tuple[str, str, str, str, str]] = [
    # an appeal names its party one level into what it asks for
    ("Latvia asked on Monday for urgent consultations with its NATO allies.",
     "020", "LVA", "NATO", "asserted"),
    ("Canada called for the release of Aung San Suu Kyi.",
     "020", "CAN", "MMR", "asserted"),
    ("Sudan's army rulers demanded the withdrawal of the UN mission without delay.",
     "105", "SDN", "UN", "asserted"),
    # a demand coordinated with a verb acting on a party is addressed to it
    ("The Polish foreign ministry summoned Belarus's ambassador in Warsaw and demanded "
     "that the border restrictions be lifted immediately.",
     "1051", "POL", "BLR", "asserted"),
    # a promise names the other side on the clause it promises
    ("Georgia has agreed to hand back to Armenia two disputed border villages.",
     "030", "GEO", "ARM", "asserted"),
    # an owner the actor stage left unresolved is the subject of the verb
    ("Russian troops stepped up their shelling of Kharkiv on Tuesday.",
     "194", "RUS", "UKR", "asserted"),
    # what two parties' talks are on is their topic, not a third party
    ("Ankara and Moscow held talks on Syria on Thursday.",
     "046", "TUR", "RUS", "asserted"),
    # relations two parties establish are each other's
    ("Israel and Sudan established diplomatic relations on Friday.",
     "050", "SDN", "ISR", "asserted"),
    # talks a party only offers or stands ready to hold are an intent to meet
    ("Iran said on Friday it was ready to negotiate with the United States.",
     "036", "IRN", "USA", "asserted"),
    ("North Korea offered to hold talks with South Korea on Friday.",
     "036", "PRK", "KOR", "asserted"),
    # what two parties trade or exchange goes both ways
    ("Sudan and South Sudan traded accusations on Friday.",
     "112", "SSD", "SDN", "asserted"),
    # a participle that carries an event noun gives its agent and its party
    ("The sanctions imposed by the United States on Cuba remain in force.",
     "163", "USA", "CUB", "asserted"),
    # the two sides of a domestic conflict act together on their own country
    ("Colombia's government and the rebels signed a peace deal in Havana on Thursday.",
     "057", "COL", "COL", "asserted"),
    ("KHARTOUM, May 4 (Wire) - The government and the opposition held talks on Monday.",
     "046", "SDN", "SDN", "asserted"),
    # a passive killing with no agent: the owner of the strike it happened in
    ("A Hezbollah commander was killed in an Israeli strike in Beirut on Friday.",
     "190", "ISR", "LBN", "asserted"),
]


def _found(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return coded_events(pipeline, text, date(2024, 5, 4))


@pytest.mark.parametrize(("text", "code", "source", "target", "status"), CASES)
def test_slot_is_found(pipeline, text: str, code: str, source: str, target: str,
                       status: str) -> None:
    found = _found(pipeline, text)
    assert (code, source, target, status) in found, found


def test_countries_listed_after_a_plural_noun_each_take_part(pipeline) -> None:
    # "Warships from A, B and C began": the parser makes "B and C" a second
    # subject; all three hold the exercise with each other
    found = _found(pipeline, "Warships from India, Japan and Australia began a joint "
                             "naval exercise in the Bay of Bengal on Monday.")
    pairs = {(s, t) for code, s, t, _ in found if code == "062"}
    assert {("IND", "JPN"), ("JPN", "AUS"), ("AUS", "IND")} <= pairs, found


def test_asking_its_own_minister_is_no_appeal_to_the_other_side(pipeline) -> None:
    found = _found(pipeline, "Iran asked its foreign minister to hold talks with Russia "
                             "and China.")
    assert not [f for f in found if f[0] == "020" and f[2] in ("RUS", "CHN")], found


def test_a_judged_offensive_is_not_the_judges(pipeline) -> None:
    # "condemned its offensive": the one condemning did not launch it
    found = _found(pipeline, "Norway condemned its offensive on Monday.")
    assert not [f for f in found if f[0].startswith("19") and f[1] == "NOR"], found


def test_a_demanded_resignation_is_no_appeal_to_the_one_resigning(pipeline) -> None:
    # the second appeal is not addressed to the owner of what the first demanded
    found = _found(pipeline, "Chile's opposition parties demanded Peru's president's "
                             "resignation and called for further rallies on Wednesday.")
    assert not [f for f in found if f[0] == "020" and f[2] == "PER"], found


def test_a_participle_that_undoes_the_act_gives_no_agent(pipeline) -> None:
    found = coded_events(pipeline, "The sanctions lifted by the United States on Sudan "
                                   "were welcomed.", date(2021, 3, 19))
    assert not [f for f in found if f[0] == "163"], found


def test_a_promise_made_abroad_is_not_made_to_the_host(pipeline) -> None:
    found = _found(pipeline, "Chad's government and the rebels agreed in Qatar to stop "
                             "fighting.")
    assert not [f for f in found if f[2] == "QAT"], found
