"""Status of acts that are asked for or aimed at (events/modality.py): what an
appeal asks and what an act is meant to achieve have not happened. End to end
through the real parser and knowledge base, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from .support import coded_events

DAY = date(2018, 2, 6)
LEAD = "Maldivian President Abdulla Yameen declared a state of emergency on Monday.\n"


def test_what_an_appeal_asks_for_has_not_happened(pipeline) -> None:
    found = coded_events(pipeline, LEAD + "The opposition leader appealed to India to send "
                         "an envoy to the islands.\n", DAY)
    assert ("020", "MDV", "IND", "asserted") in found
    assert not [f for f in found if f[0] == "039" and f[3] == "asserted"]


def test_the_aim_of_an_act_is_not_an_act(pipeline) -> None:
    found = coded_events(pipeline, LEAD + "India sent an envoy to Male to free the "
                         "detained Maldivian judges.\n", DAY)
    assert ("039", "IND", "MDV", "asserted") in found
    assert not [f for f in found if f[0].startswith("084") and f[3] == "asserted"]


def test_being_the_first_to_do_it_is_doing_it(pipeline) -> None:
    found = coded_events(pipeline, "YANGON, Nov 19 (Wire) - Barack Obama became the first "
                         "sitting U.S. president to visit Myanmar on Monday.\n", date(2012, 11, 19))
    assert ("042", "USA", "MMR", "asserted") in found


def test_a_crowd_gathered_to_protest_protests(pipeline) -> None:
    found = coded_events(pipeline, LEAD + "Hundreds of Maldivian protesters defied a ban "
                         "on gatherings to protest against the emergency on Tuesday.\n", DAY)
    assert [f for f in found if f[0].startswith("14") and f[1] == "MDV"
            and f[3] == "asserted"]


def test_what_a_for_to_clause_wants_has_not_happened(pipeline) -> None:
    # "called for X to be freed": the parser hangs the clause on the appeal as an
    # adverbial, out of the appeal's reach; its "for ... to" says it is wanted
    found = coded_events(pipeline, LEAD + "India called for the detained judges to be freed "
                         "by the Maldives.\n", DAY)
    assert not [f for f in found if f[0].startswith("084") and f[3] == "asserted"], found


def test_the_call_an_offer_was_made_in_happened(pipeline) -> None:
    # "in a phone call, X proposed ...": the call is the occasion, not the proposal
    found = coded_events(pipeline, "In a phone call on Monday, Modi proposed to Maldivian "
                         "President Abdulla Yameen that the two leaders meet in Delhi.\n", DAY)
    assert ("041", "IND", "MDV", "asserted") in found, found


def test_a_verb_coordinated_with_a_refusing_one_is_not_refused(pipeline) -> None:
    # "refuse or revoke visas": revoking is done alongside refusing, not refused
    found = coded_events(pipeline, "Canada will refuse or revoke visas for Iranian officials, "
                         "its foreign minister said on Monday.\n", DAY)
    assert any(c.startswith("172") and (s, t) == ("CAN", "IRN") and status != "negated"
               for c, s, t, status in found), found


def test_what_is_discussed_has_not_happened(pipeline) -> None:
    # talking about deepening ties is not deepening them
    found = coded_events(pipeline, "Modi met Kishida on Tuesday, and the two discussed "
                         "deepening security and defence ties.\n", DAY)
    assert ("040", "IND", "JPN", "asserted") in found
    assert not [f for f in found if f[0] == "062" and f[3] == "asserted"], found


def test_what_one_party_expects_of_another_is_no_act_or_promise_of_either(pipeline) -> None:
    found = coded_events(pipeline, LEAD + "Washington said it expected Male to begin "
                         "releasing detained Indian nationals by March.\n", DAY)
    # not the speaker's own release, nor a promise made by the one it expects to act
    assert not [f for f in found if f[0].startswith(("084", "035")) and f[3] != "hypothetical"]
    assert not [f for f in found if f[1] == "USA" and f[2] == "USA"]


def test_what_a_party_must_do_in_anothers_words_has_not_happened(pipeline) -> None:
    found = coded_events(pipeline, LEAD + "Yameen said on Tuesday that India must apologise "
                         "to the Maldives for the remarks.\n", DAY)
    assert not [f for f in found if f[0].startswith("055") and f[3] != "hypothetical"]


def test_an_act_discussed_is_a_topic_not_an_act(pipeline) -> None:
    found = coded_events(pipeline, LEAD + "Yameen met the Indian prime minister on Tuesday, "
                         "and the two discussed deepening security and economic ties.\n", DAY)
    assert not [f for f in found if f[0].startswith("06") and f[3] == "asserted"]
