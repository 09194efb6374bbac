"""Made-up sentences: plural references to the two sides of a story ("both leaders
... called on them", "the two sides") reach both parties, and only when two are clear."""
from datetime import date

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


def _events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str, str]]:
    article = Article(id="t", text=text, published=date(2025, 7, 24))
    return {(e.source.party if e.source else None, e.target.party if e.target else None,
             e.cameo, e.status) for e in pipeline.extract(article)}


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
