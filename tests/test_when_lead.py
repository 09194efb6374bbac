"""The story's news day (eventwire.when.lead): an asserted simple-past event with
no date of its own takes the day the lead reports; on the real parser and,
end to end, through the pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Event
from eventwire.when.lead import background, lead_day, plan_day, takes_lead_day

from .support import extract_text

WEDNESDAY = date(2024, 3, 6)
DATELINE = "ANKARA, March 6, 2024 (Test Wire) - "


@pytest.mark.parametrize(("lead", "expected"), [
    ("Turkey expelled two Swedish diplomats on Monday.", date(2024, 3, 4)),
    ("Two diplomats were expelled on Tuesday, officials said.", date(2024, 3, 5)),
    # a plan is news of the future: no news day
    ("Erdogan will travel to Sweden on Thursday.", None),
    # a day on what the verb acts on is that thing's day, not the news day
    ("Turkey cancelled a summit planned for Friday in Ankara.", None),
    # a day long before the story is history, not news
    ("Turkey expelled two diplomats on March 1, 2020.", None),
])
def test_lead_day(nlp, lead: str, expected: date | None) -> None:
    doc = nlp(DATELINE + lead + "\n\nSweden protested.")
    assert lead_day(doc, WEDNESDAY, len(DATELINE)) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("Sweden summoned the Turkish ambassador.", "summoned", True),
    ("Sweden has summoned the Turkish ambassador.", "summoned", False),
    ("Relations soured after Sweden summoned the ambassador.", "summoned", False),
    ("Sweden will summon the ambassador.", "summon", False),
])
def test_which_events_take_the_news_day(nlp, sentence: str, word: str,
                                        expected: bool) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    assert takes_lead_day(token) is expected


STORY = (DATELINE + "Turkey expelled two Swedish diplomats on Monday, the foreign "
         "ministry said.\n\nSweden condemned the decision. Sweden has accused Turkey of "
         "blackmail since the talks collapsed.\n")


@pytest.fixture(scope="module")
def story(pipeline) -> list[Event]:
    return extract_text(pipeline, STORY, WEDNESDAY)


def test_a_later_simple_past_event_takes_the_news_day_marked_as_such(story) -> None:
    condemned = [e for e in story if e.cameo.startswith("11") and e.source
                 and e.source.party == "SWE" and e.evidence[0].trigger == "condemned"]
    assert condemned
    assert (condemned[0].date, condemned[0].date_precision) == ("2024-03-04", "lead")


def test_a_perfect_keeps_the_article_date(story) -> None:
    accused = [e for e in story if e.evidence[0].trigger == "accused"]
    assert accused
    assert accused[0].date_precision == "article"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Sweden threatened to expel the ambassador.", "expel"),
    ("Japarov told reporters, thanking Moscow for its help.", "thanking"),
])
def test_a_verb_under_a_simple_past_takes_its_tense(nlp, sentence: str, word: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    assert takes_lead_day(token)


PLAN = ("MOSCOW, Oct 11, 2023 (Test Wire) - Vladimir Putin is scheduled to go to Kyrgyzstan "
        "on Thursday, the Kremlin said.\n\nPutin and Japarov are expected to sign a package "
        "of documents. Pashinyan said preparations were underway for a meeting with Aliyev.\n")


def test_plan_day_of_a_lead(nlp) -> None:
    doc = nlp(PLAN)
    found = plan_day(doc, date(2023, 10, 11), len("MOSCOW, Oct 11, 2023 (Test Wire) - "))
    assert found is not None and found[0] == date(2023, 10, 12) and found[1].text == "Putin"


def test_a_later_plan_of_the_leads_party_takes_its_day_and_others_do_not(pipeline) -> None:
    events = extract_text(pipeline, PLAN, date(2023, 10, 11))
    signed = [e for e in events if e.cameo == "057"]
    assert signed and all((e.date, e.date_precision) == ("2023-10-12", "lead")
                          for e in signed)
    met = [e for e in events if e.source and e.source.party == "ARM"]
    assert met and all(e.date is None for e in met)


def test_an_intent_is_dated_by_its_saying(pipeline) -> None:
    text = ("PARIS, July 12, 2023 (Test Wire) - France said on Tuesday it would supply Ukraine "
            "with long-range missiles.\n\nGermany said it would send more tanks to Ukraine. "
            "The ministers praised the soldiers who defended Kyiv.\n")
    events = extract_text(pipeline, text, date(2023, 7, 12))
    # the promise is news of the day it was made, though what it promises is ahead
    sent = [e for e in events if e.source and e.source.party == "DEU"]
    assert sent and all((e.date, e.date_precision) == ("2023-07-12", "article") for e in sent)


def test_a_relative_clause_does_not_take_the_news_day(nlp) -> None:
    token = next(t for t in nlp("The army backed the soldiers who detained the president.")
                 if t.text == "detained")
    assert not takes_lead_day(token)


def test_the_start_of_a_since_clause_is_history_and_stays_undated(pipeline) -> None:
    text = ("YEREVAN, Oct 11, 2023 (Test Wire) - Relations have deteriorated since Moscow "
            "invaded Ukraine.\n")
    invaded = [e for e in extract_text(pipeline, text, date(2023, 10, 11))
               if e.evidence[0].trigger == "invaded"]
    assert invaded and all(e.date is None for e in invaded)


def test_a_sentence_without_a_verb_is_read_to_its_root_and_no_further(nlp) -> None:
    # the root of "Russia's bombardment of Kharkiv." is a noun: the walk up to a
    # verb must stop there (token objects are new on each access, so the root is
    # recognised by its index, not by identity)
    doc = nlp("Russia's bombardment of Kharkiv.")
    noun = next(t for t in doc if t.text == "bombardment")
    assert not background(noun)
    assert not takes_lead_day(noun)
