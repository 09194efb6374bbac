"""Made-up sentences: plural references to the two sides of a story ("both leaders
... called on them", "the two sides") reach both parties, and only when two are clear."""
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
