"""Borrowed dates (eventwire.when.speech): the verb of saying whose date dates
what it reports, and the event a clause is counted from ("a day after"), when
the event's own clause names no date; on the real parser and, end to end,
through the pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Article, Event
from eventwire.when.speech import BorrowedDate, reference_for

WEDNESDAY = date(2024, 3, 6)


def _token(nlp, sentence: str, word: str):
    doc = nlp(sentence)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("sentence", [
    "Japan said on Thursday it would dispatch planes to Tonga.",
    "Police fired tear gas at protesters, an official said on Wednesday.",
    "On Monday, the minister said the government had ordered three diplomats to leave.",
])
def test_the_verb_of_saying_reports_the_clause(nlp, sentence: str) -> None:
    trigger = next(w for w in ("dispatch", "fired", "ordered") if w in sentence)
    found = reference_for(_token(nlp, sentence, trigger))
    assert found is not None and found.token.lemma_ == "say"
    assert found.tense == "past"


@pytest.mark.parametrize(("sentence", "trigger"), [
    # A relative clause or a clause placed in time by "after" is another moment.
    ("The minister said on Monday that Iran, which attacked the base, would pay.",
     "attacked"),
    ("Iraq said on Tuesday it recalled its envoy after Iran fired missiles.", "fired"),
    # Not reported at all.
    ("Russia expelled two diplomats on Tuesday.", "expelled"),
])
def test_other_clauses_have_no_verb_of_saying(nlp, sentence: str, trigger: str) -> None:
    assert reference_for(_token(nlp, sentence, trigger)) is None


@pytest.mark.parametrize(("sentence", "days"), [
    ("Russia ordered them to leave on Sunday, a day after Prague expelled 18 diplomats.", -1),
    ("Orban vetoed the package late on Thursday, hours after the leaders agreed to it.", 0),
    ("Russia ordered them to leave on Sunday, two days before Prague expelled them.", 2),
])
def test_a_counted_step_dates_the_clause_from_its_host(nlp, sentence: str, days: int) -> None:
    trigger = "expelled" if "expelled" in sentence else "agreed"
    found = reference_for(_token(nlp, sentence, trigger))
    assert found is not None and found.days == days
    assert found.token.text in ("ordered", "leave", "vetoed")


def test_a_vague_step_borrows_nothing(nlp) -> None:
    sentence = "The expulsion comes days after Mali demanded that Denmark withdraw its troops."
    assert reference_for(_token(nlp, sentence, "demanded")) is None


def test_a_step_counts_from_a_day_only() -> None:
    sentence = "Russia ordered them to leave on Sunday, a day after Prague expelled them."
    step = BorrowedDate(sentence.index("leave"), "past", days=-1)
    chosen = step.choose(sentence, date(2021, 4, 18))  # a Sunday
    assert chosen is not None and (chosen.value, chosen.precision) == (date(2021, 4, 17), "day")
    vague = sentence.replace("on Sunday", "last month")
    assert step.choose(vague, date(2021, 4, 18)) is None


def test_said_date_looks_back_for_a_past_statement() -> None:
    """"said on Tuesday" in a Wednesday story is yesterday, whatever the tense of
    what was said ("would dispatch" would otherwise send it to next Tuesday)."""
    sentence = "Japan said on Tuesday it would dispatch planes."
    said = BorrowedDate(sentence.index("said"), "past")
    chosen = said.choose(sentence, WEDNESDAY)
    assert chosen is not None and chosen.value == date(2024, 3, 5)


ARTICLE = (
    "ANKARA, March 6, 2024 (Test Wire) - Russia expelled two Estonian diplomats, "
    "the foreign ministry said on Tuesday.\n"
    "Putin will visit Armenia, the Kremlin said on Monday.\n"
    "Poland said on Monday that Belarus had detained three Lithuanian citizens in 2021.\n"
    "Latvia expelled a Russian diplomat on Tuesday, a day after Russia expelled two "
    "Latvian diplomats.\n"
)


@pytest.fixture(scope="module")
def found(pipeline) -> list[Event]:
    article = Article(id=Article.make_id(ARTICLE), text=ARTICLE, published=WEDNESDAY)
    return pipeline.extract(article)


def _one(events: list[Event], root: str, source: str, target: str) -> Event:
    hits = [e for e in events if e.cameo_root == root and e.source and e.target
            and e.source.party == source and e.target.party == target]
    assert len(hits) == 1, [(e.cameo, e.source and e.source.party,
                             e.target and e.target.party) for e in events]
    return hits[0]


def test_reported_event_takes_the_date_of_the_statement(found) -> None:
    expelled = _one(found, "16", "RUS", "EST")
    assert (expelled.date, expelled.date_precision) == ("2024-03-05", "day")


def test_a_plan_is_not_dated_by_its_announcement(found) -> None:
    visit = _one(found, "04", "RUS", "ARM")
    assert visit.status == "planned"
    assert visit.date != "2024-03-04"


def test_the_reported_clause_keeps_its_own_date(found) -> None:
    detained = _one(found, "17", "BLR", "LTU")
    assert (detained.date, detained.date_precision) == ("2021-01-01", "year")


def test_a_day_after_dates_the_earlier_event(found) -> None:
    earlier = _one(found, "16", "RUS", "LVA")
    assert (earlier.date, earlier.date_precision) == ("2024-03-04", "day")
