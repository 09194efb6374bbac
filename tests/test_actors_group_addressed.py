"""Made-up sentences: a group of two leaders addressed by a third is not him."""
from datetime import date

from eventwire.pipeline import Pipeline

from .support import coded_events


def _events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str, str]]:
    return {(source, target, code, status) for code, source, target, status
            in coded_events(pipeline, text, date(2025, 7, 24))}


def test_both_leaders_spoken_to_excludes_the_speaker(pipeline: Pipeline) -> None:
    found = _events(pipeline, (
        "Cambodian Prime Minister Hun Manet accused Thailand of aggression. Thai Prime "
        "Minister Phumtham Wechayachai rejected the charge. Malaysian Prime Minister Anwar "
        "Ibrahim said he had spoken to both leaders."))
    assert ("MYS", "KHM", "041", "asserted") in found
    assert ("MYS", "THA", "041", "asserted") in found
    assert not any(s == "MYS" and t == "MYS" for s, t, _, _ in found)
