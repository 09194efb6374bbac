"""Made-up sentences: a group of two leaders addressed by a third is not him."""
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


def test_both_leaders_spoken_to_excludes_the_speaker(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Cambodian Prime Minister Hun Manet accused Thailand of aggression. Thai Prime "
        "Minister Phumtham Wechayachai rejected the charge. Malaysian Prime Minister Anwar "
        "Ibrahim said he had spoken to both leaders."))
    assert ("MYS", "KHM", "041", "asserted") in found
    assert ("MYS", "THA", "041", "asserted") in found
    assert not any(s == "MYS" and t == "MYS" for s, t, _, _ in found)
