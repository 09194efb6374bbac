"""Datelines and dates: the parts of ingest that decide an article's date and place."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import DateError
from eventwire.ingest import find_dateline, parse_date_option, parse_record_date
from eventwire.ingest.dateline import city_name, infer_year


@pytest.mark.parametrize(
    ("text", "place", "published"),
    [
        ("October 11, MOSCOW – Putin will travel. On October 12, 2023 ...", "Moscow",
         date(2023, 10, 11)),
        ("MOSCOW, Oct 11 (Reuters) - The Kremlin said in 2023 ...", "Moscow", date(2023, 10, 11)),
        ("BISHKEK, October 11, 2023 — Talks.", "Bishkek", date(2023, 10, 11)),
        ("October 11, 2022, PARIS - Talks.", "Paris", date(2022, 10, 11)),
        ("NEW YORK, Sept. 5 -- Talks in 2020.", "New York", date(2020, 9, 5)),
        ("RIO DE JANEIRO, March 3 - in 3 March 2021", "Rio de Janeiro", date(2021, 3, 3)),
        ("KYIV, Ukraine, Oct. 11 (AP) — In 2022, ...", "Kyiv", date(2022, 10, 11)),
        ("Geneva, 2 Jan 2020 – wrong order is not a dateline", None, None),
        ("WASHINGTON—Officials met in 2021.", "Washington", None),
        ("KYIV (AP) — Officials met.", "Kyiv", None),
        ("Oct 11, MOSCOW – no year anywhere", "Moscow", None),
        ("Feb 30, MOSCOW – in 2023", "Moscow", None),
    ],
)
def test_datelines(text: str, place: str | None, published: date | None) -> None:
    found = find_dateline(text)
    assert (found.place if found else None) == place
    assert (found.published if found else None) == published


@pytest.mark.parametrize(
    "text",
    [
        "Putin – the Russian president – will travel.",
        "MOSCOW-based analysts said on October 11, 2023 ...",
        "The talks, October 11, ended.",
        "",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_end_points_after_the_dash() -> None:
    text = "MOSCOW, Oct 11 (Reuters) - The Kremlin said."
    found = find_dateline(text + " 2023")
    assert found is not None
    assert text[found.end:].startswith("The Kremlin")


def test_infer_year_prefers_the_same_month() -> None:
    text = "In 2019 a treaty. Talks on 12 October 2021. Also March 3, 2020."
    assert infer_year(text, 10) == 2021
    assert infer_year(text, 3) == 2020
    assert infer_year(text, 5) == 2019
    assert infer_year("The 1990s, 12,2023,000 people, 3.2019 points", 5) is None


def test_city_names() -> None:
    assert city_name("MOSCOW") == "Moscow"
    assert city_name("ULAN-UDE") == "Ulan-Ude"
    assert city_name("San Francisco") == "San Francisco"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-10-11", date(2023, 10, 11)),
        ("2023-10-11T23:30:00-05:00", date(2023, 10, 11)),  # the day as written, not UTC
        ("2023-10-11T08:00:00Z", date(2023, 10, 11)),
        ("2023-10-11T08:00:00.123456789Z", date(2023, 10, 11)),
        ("Wed, 11 Oct 2023 23:30:00 -0500", date(2023, 10, 11)),
        ("11 October 2023", date(2023, 10, 11)),
        ("Oct 11, 2023", date(2023, 10, 11)),
    ],
)
def test_record_dates(value: str, expected: date) -> None:
    assert parse_record_date(value) == expected


@pytest.mark.parametrize("value", ["October 2023", "yesterday", "banana", "2023-13-01", "", 5])
def test_bad_record_dates(value: object) -> None:
    with pytest.raises(ValueError):
        parse_record_date(value)


def test_date_option() -> None:
    assert parse_date_option("2023-10-11") == date(2023, 10, 11)
    assert parse_date_option(" 2023-10-11 ") == date(2023, 10, 11)


@pytest.mark.parametrize("value", ["11/10/2023", "2023-02-30", "20231011", "today", ""])
def test_bad_date_option(value: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date_option(value)
    assert caught.value.where == "--date"
    assert str(caught.value).startswith("--date: ")
