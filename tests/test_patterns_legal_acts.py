"""Legal acts and international organisations' decisions: referrals to a
court, arraignments and pleas before a court, mandates of missions extended,
parties shut out of a summit. Every sentence is made up for this test; each
case asserts an event whose code starts with the given prefix, between the
given parties.
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import assert_coded, coded_events

DAY = date(2022, 5, 12)

Case = tuple[str, tuple[str, str, str]]


def _found(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert_coded(pipeline, text, expected, DAY)


COURTS: list[Case] = [
    # a state referred to an international court (115)
    ("The Security Council voted on Monday to refer Sudan to the International Criminal Court.",
     ("115", "UN", "SDN")),
    ("The Security Council referred Myanmar to the Hague tribunal on Monday.",
     ("115", "UN", "MMR")),
    # an arraignment or a plea in a foreign court: the court's state acts (173)
    ("A Peruvian banker was arraigned in a U.S. court on Monday on fraud charges.",
     ("173", "USA", "PER")),
    ("A Kenyan businessman pleaded not guilty in a British court on Monday to bribery charges.",
     ("173", "GBR", "KEN")),
    ("A French aid worker appeared before an Iranian court on Monday.", ("173", "IRN", "FRA")),
]


@pytest.mark.parametrize(("text", "expected"), COURTS)
def test_referrals_arraignments_and_pleas(pipeline, text: str,
                                          expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


DECISIONS: list[Case] = [
    # a mission's mandate extended or renewed: peacekeeping for its host (074)
    ("The Security Council renewed the mandate of its mission in Haiti on Monday.",
     ("074", "UN", "HTI")),
    ("The Security Council prolonged the mandate of the peacekeeping force in Cyprus on Monday.",
     ("074", "UN", "CYP")),
    # shut out of a summit: a diplomatic snub (161)
    ("The African Union excluded Guinea from its summit on Friday.", ("161", "AU", "GIN")),
    ("The Arab League barred Syria from the meeting on Friday.", ("161", "ARL", "SYR")),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS)
def test_mandates_and_exclusions(pipeline, text: str,
                                 expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


RESTRICTIONS: list[Case] = [
    # visas refused or revoked: an administrative sanction (172)
    ("The United States revoked the visas of Nicaraguan judges on Monday.", ("172", "USA", "NIC")),
    ("Canada denied visas to Iranian officials on Monday.", ("172", "CAN", "IRN")),
    # a host capping an outside mission: refusing international involvement (1245)
    ("Belarus restricted the OSCE mission to 40 observers on Monday.", ("1245", "BLR", "OSCE")),
    # observers withheld: a stance voiced now, asserted (1662)
    ("The European Union said on Monday it would not send observers to Nicaragua.",
     ("1662", "EU", "NIC")),
]


@pytest.mark.parametrize(("text", "expected"), RESTRICTIONS)
def test_visas_caps_and_observers_withheld(pipeline, text: str,
                                           expected: tuple[str, str, str]) -> None:
    prefix, source, target = expected
    found = coded_events(pipeline, text + "\n", DAY)
    assert any(code.startswith(prefix) and (src, tgt) == (source, target)
               and status in ("asserted", "reported")
               for code, src, tgt, status in found), found
