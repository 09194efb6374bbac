"""Aid (CAMEO 07 and its promise 033): what is given is never the recipient, and
a story filed from the stricken country is where aid with no named recipient
goes. End to end on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from .support import extract_text

DAY = date(2020, 8, 6)
DATELINE = "BEIRUT, Aug 6 (Test Wire) - "


def _dyads(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.party if e.source else None,
             e.target.party if e.target else None) for e in events}


def test_rescuers_sent_are_the_gift_and_the_dateline_is_the_recipient(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, DATELINE + "French planes landed in Beirut on "
                                "Wednesday. The European Union said it was sending 100 "
                                "firefighters and rescue specialists.\n", DAY))
    assert ("073", "EU", "LBN") in dyads
    assert not any(src == "EU" and tgt == "FRA" for _, src, tgt in dyads)


def test_offered_humanitarian_help_is_an_offer_of_aid(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, DATELINE + "Israel offered humanitarian help "
                                "through international intermediaries.\n", DAY))
    assert ("033", "ISR", "LBN") in dyads


def test_offering_to_help_find_culprits_is_no_aid(pipeline) -> None:
    dyads = _dyads(extract_text(pipeline, "Turkey urged Iraq to stay calm and offered to "
                                "help find the culprits.\n", DAY))
    assert not any(code.startswith("033") for code, _, _ in dyads)


def test_troops_or_police_arriving_abroad_are_sent_to_help(pipeline) -> None:
    """A force that arrives somewhere is a deployment (074), neither a visit nor a
    hosting; a leader who arrives is still visiting."""
    found = _dyads(extract_text(pipeline, "Rwandan soldiers and police began arriving in "
                                "the Central African Republic on Friday.\n", DAY))
    assert ("074", "RWA", "CAF") in found
    assert not [d for d in found if d[0] in ("042", "043")]
    visit = _dyads(extract_text(pipeline, "Rwandan President Paul Kagame arrived in the "
                                "Central African Republic on Friday.\n", DAY))
    assert ("042", "RWA", "CAF") in visit


def test_troops_deployed_into_another_country_support_it(pipeline) -> None:
    """Deployed "to" a country's province: taken in, support (074); deployed "to
    the border": a show of force (154)."""
    found = _dyads(extract_text(pipeline, "Chad has begun deploying 800 soldiers to "
                                "Niger's western Tillaberi region.\n", DAY))
    assert ("074", "TCD", "NER") in found
    border = _dyads(extract_text(pipeline, "Chad deployed 800 soldiers to the border "
                                 "with Sudan.\n", DAY))
    assert not [d for d in border if d[0] == "074"]
