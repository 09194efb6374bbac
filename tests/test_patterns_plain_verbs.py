"""Plain verbs of criticism, praise, judgment and release that the converted
dictionary files only under longer phrases: each codes a dyad on its own.
End to end on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from .support import extract_text

DAY = date(2021, 3, 19)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan rebuked South Korea on Friday.", ("111", "JPN", "KOR")),
    ("Germany decried Russia's decision on Friday.", ("111", "DEU", "RUS")),
    ("China complained on Thursday about new U.S. sanctions.", ("111", "CHN", "USA")),
    ("France commended Senegal on Friday.", ("051", "FRA", "SEN")),
    ("Mali's president pardoned 46 Ivorian soldiers on Friday.", ("0841", "MLI", "CIV")),
    ("A Moscow court convicted the American journalist on Friday.", ("116", "RUS", "USA")),
])
def test_plain_verb_codes_its_dyad(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    found = {(e.cameo, e.source.party if e.source else None,
              e.target.party if e.target else None)
             for e in extract_text(pipeline, text + "\n", DAY)}
    assert expected in found


@pytest.mark.parametrize("text", [
    "Chadian troops fought alongside Malian forces on Friday.",
    "Chadian troops fought together with Malian forces on Friday.",
])
def test_fighting_alongside_an_army_is_military_cooperation(pipeline, text: str) -> None:
    found = {(e.cameo, e.source.party if e.source else None,
              e.target.party if e.target else None)
             for e in extract_text(pipeline, text + "\n", DAY)}
    assert ("062", "TCD", "MLI") in found
    assert not [f for f in found if f[0].startswith("19")]


@pytest.mark.parametrize(("text", "call"), [
    ("Erdogan called Prime Minister Benjamin Netanyahu the leader of an apartheid state.",
     False),
    ('Vucic called Hungarian conduct "brutal and un-European" on Wednesday.', False),
    ("Erdogan called Russian President Vladimir Putin, the leader of the Kremlin, on Friday.",
     True),
])
def test_calling_someone_a_name_is_no_phone_call(pipeline, text: str, call: bool) -> None:
    codes = {e.cameo for e in extract_text(pipeline, text + "\n", DAY)}
    assert ("041" in codes) is call
