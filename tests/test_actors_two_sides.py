"""Made-up sentences: plural references to the two sides of a story ("both leaders
... called on them", "the two sides") reach both parties, and only when two are clear;
a group of two leaders addressed by a third is not him."""
from datetime import date

from eventwire.pipeline import Pipeline

from .support import coded_events


def _events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str, str]]:
    return {(source, target, code, status) for code, source, target, status
            in coded_events(pipeline, text, date(2025, 7, 24))}


def test_them_after_both_leaders_is_the_two_leaders(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet traded "
        "accusations on Thursday. Malaysian Prime Minister Anwar Ibrahim said he had spoken "
        "to both leaders and called on them to stand down."))
    assert ("MYS", "THA", "020", "asserted") in found
    assert ("MYS", "KHM", "020", "asserted") in found


def test_them_far_from_the_group_is_not_the_two_leaders(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet traded "
        "accusations on Thursday. Malaysian Prime Minister Anwar Ibrahim said he had spoken "
        "to both leaders. The call lasted an hour. The weather was hot in Kuala Lumpur. "
        "Anwar later urged them to stand down."))
    assert ("MYS", "THA", "020", "asserted") not in found
    assert ("MYS", "KHM", "020", "asserted") not in found


def test_all_three_after_a_list_is_each_of_the_three(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Latvia, Estonia and Finland closed their border crossings to trucks from Belarus "
        "on Friday. Minsk filed complaints against all three with the United Nations on "
        "Monday."))
    assert {t for s, t, code, _ in found if s == "BLR" and code[:2] == "11"} \
        == {"LVA", "EST", "FIN"}


def test_three_countries_without_a_list_are_no_one(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Latvia and Estonia closed their border crossings on Friday. Minsk filed "
        "complaints against all three with the United Nations on Monday."))
    assert not {t for s, t, code, _ in found if s == "BLR" and code[:2] == "11"}


def test_the_pair_after_two_leaders_is_both_of_them(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha "
        "on Monday. The pair spoke by telephone again on Tuesday."))
    assert ("KEN", "TZA", "041", "asserted") in found
    assert ("TZA", "KEN", "041", "asserted") in found


def test_both_leaders_spoken_to_excludes_the_speaker(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Cambodian Prime Minister Hun Manet accused Thailand of aggression. Thai Prime "
        "Minister Phumtham Wechayachai rejected the charge. Malaysian Prime Minister Anwar "
        "Ibrahim said he had spoken to both leaders."))
    assert ("MYS", "KHM", "041", "asserted") in found
    assert ("MYS", "THA", "041", "asserted") in found
    assert not any(s == "MYS" and t == "MYS" for s, t, _, _ in found)
