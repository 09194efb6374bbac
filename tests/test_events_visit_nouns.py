"""Who makes the journey or act an event noun names when the noun has no
owner of its own: the subject of the clause a visit is the occasion of ("said,
during a visit to X"), and the one who accepted an invitation to pay a visit.

Every sentence is made up for this test; each case asserts the code, the dyad
and the status of one event the text must yield (or must not).
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import coded_events

# (text, code, source party, target party, status)
CASES: list[tuple[str, str, str, str, str]] = [
    # the clause's subject makes the visit it speaks during
    ("French President Emmanuel Macron said on Tuesday, during a visit to Kenya, that "
     "France would double its aid.", "042", "FRA", "KEN", "asserted"),
    ("Germany's chancellor told reporters on Tuesday, during a visit to Kenya, that "
     "Berlin would double its aid.", "042", "DEU", "KEN", "asserted"),
    # an aside hung on the name it follows: that person travels
    ("Japanese Prime Minister Fumio Kishida, on a trip to Brazil, praised the new "
     "trade pact.", "042", "JPN", "BRA", "asserted"),
    # the one who accepts an invitation pays the visit
    ("Kazakh officials said President Kassym-Jomart Tokayev had accepted an invitation "
     "to pay a state visit to Hungary next year.", "042", "KAZ", "HUN", "planned"),
    ("Chilean President Gabriel Boric accepted an invitation to visit Spain in the "
     "autumn.", "042", "CHL", "ESP", "planned"),
    # "is on a visit": whoever is on it travels
    ("Japan's prime minister is on a three-day visit to India.",
     "042", "JPN", "IND", "asserted"),
    # a claimed attack is the claimant's, besides the claim
    ("Yemen's Houthi movement claimed a missile attack on Saudi Arabia on Friday.",
     "190", "YEM", "SAU", "asserted"),
    ("Yemen's Houthi movement claimed a missile attack on Saudi Arabia on Friday.",
     "015", "YEM", "SAU", "asserted"),
]


def _found(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return coded_events(pipeline, text, date(2024, 5, 4))


@pytest.mark.parametrize(("text", "code", "source", "target", "status"), CASES)
def test_noun_source_is_found(pipeline, text: str, code: str, source: str, target: str,
                              status: str) -> None:
    found = _found(pipeline, text)
    assert (code, source, target, status) in found, found


def test_a_guest_received_during_a_visit_is_not_the_host(pipeline) -> None:
    # a passive clause's agent is the host, not the visitor
    found = _found(pipeline, "Egypt's president was welcomed by Saudi Crown Prince "
                             "Mohammed bin Salman during a visit to Riyadh.")
    assert not [f for f in found if f[0] == "042" and f[1] == "SAU"], found


def test_a_trip_told_in_a_passing_participle_is_hosted_by_nobody(pipeline) -> None:
    found = coded_events(pipeline, "Canadian Foreign Minister Melanie Joly, visiting Seoul, "
                         "called on Monday for calm on the Korean peninsula.", date(2023, 5, 8))
    assert ("042", "CAN", "KOR", "asserted") in found
    assert not [f for f in found if f[0] == "043"]
