"""find_time_expressions on the Kyrgyzstan example and on known traps."""

from datetime import date

import pytest

from eventwire.when import find_time_expressions

ANCHOR = date(2023, 10, 11)  # a Wednesday
# The shared example article (examples/kyrgyzstan-visit.txt), kept inline so the
# test does not depend on a file outside the repository.
EXAMPLE = (
    "October 11, MOSCOW – Vladimir Putin is scheduled to go to Kyrgyzstan on Thursday, "
    "according to the country’s presidential office. This will be the Russian president’s"
    " first known overseas trip since an arrest warrant was issued by the International "
    "Criminal Court."
    "\n"
    "Putin is believed to have left Russia since the International Criminal Court (ICC) "
    "issued an arrest warrant for him in March on suspicion of forcibly transferring "
    "groups of children from Ukraine. Since the beginning of Russia’s encroachment of "
    "Ukraine in early 2022, Putin has traveled abroad only infrequently. These "
    "accusations are refuted by the Kremlin."
    "\n"
    "“On October 12, 2023, Vladimir Putin, the President of the Russian Federation, is "
    "scheduled to embark on an official visit to the Kyrgyz Republic, in response to an "
    "invitation extended by the President of Kyrgyzstan, Sadyr Japarov,” the Kyrgyz "
    "presidential administration stated in a statement on its website."
    "\n"
    "Although Putin and Japarov agreed to a visit to Kyrgyzstan in May, the Russian "
    "president’s trip is scheduled to take place on Thursday, but the Kremlin has not yet"
    " provided an official confirmation."
    "\n"
    "Next week, the Russian president is scheduled to visit China for the third Belt and "
    "Road Forum in Beijing. The ICC was founded to bring war crimes cases, yet neither "
    "China nor Kyrgyzstan are recognized as members of the organization."
    "\n"
    "A criminal prosecution has been started against the prosecutor of the International "
    "Criminal Court and the panel of judges who granted the order by Moscow, which "
    "rejects the ICC’s accusations and claims the warrant is proof of the West’s "
    "animosity toward Russia."
    "\n"
    "COMMONWEALTH OF INDEPENDENT STATE SUMMIT"
    "\n"
    "According to the Kyrgyz presidential office, Putin will also participate in events "
    "honoring the 20th anniversary of the inauguration of an air station in Kant, "
    "referring to the location, it is in proximity to the 999th Air Base of the Russian "
    "Aerospace Forces."
    "\n"
    "In a related development, the presidential office of Kyrgyzstan announced on Tuesday"
    " that Japarov was informed by Armenian Prime Minister Nikol Pashinyan that he would "
    "not be attending Friday’s Commonwealth of Independent States (CIS) meeting in "
    "Bishkek. According to the office, Pashinyan informed Japarov over the phone that he "
    "would be unable to attend because of “a variety of issues.”"
    "\n"
    "Following the collapse of the Soviet Union in 1991, a number of post-Soviet "
    "countries, including Russia, Armenia, Azerbaijan, and Kyrgyzstan, founded the CIS. "
    "Putin, according to Japarov’s office, intended to attend the conference. Since "
    "Moscow invaded Ukraine and Armenia decided to submit to the International Criminal "
    "Court’s authority, relations between the two countries have deteriorated "
    "significantly."
    "\n"
    "As Armenia’s neighbor Azerbaijan retook Nagorno-Karabakh last month—a area that "
    "ethnic Armenians had governed for thirty years, the majority of whom have since "
    "fled—Armenia additionally accused Russia of passivity."
    "\n"
    "President Ilham Aliyev of Azerbaijan canceled a meeting with Pashinyan that was "
    "arranged by the EU last week, after which Brussels declared its support for Armenia."
    " On Tuesday, Pashinyan announced that preparations were underway for an appointment "
    "with the president of Azerbaijan to talk about a long-term peace agreement."
    "\n"
)


def _one(text: str, anchor: date | None = ANCHOR, **kwargs: object) -> tuple:
    found = find_time_expressions(text, anchor, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    expr = found[0]
    assert text[expr.start : expr.end] == expr.text
    return expr.text, expr.value, expr.precision


# Sentences of the Kyrgyzstan example (article date 2023-10-11).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin is scheduled to go to Kyrgyzstan on Thursday, according to the "
            "country's presidential office.",
            ("Thursday", date(2023, 10, 12), "day"),
        ),
        (
            "On October 12, 2023, Vladimir Putin is scheduled to embark on an official visit.",
            ("October 12, 2023", date(2023, 10, 12), "day"),
        ),
        (
            "the ICC issued an arrest warrant for him in March on suspicion of forcibly "
            "transferring groups of children",
            ("March", date(2023, 3, 1), "month"),
        ),
        (
            "Since the beginning of Russia's encroachment of Ukraine in early 2022, Putin has "
            "traveled abroad only infrequently.",
            ("early 2022", date(2022, 1, 1), "year"),
        ),
        (
            "Next week, the Russian president is scheduled to visit China.",
            ("Next week", date(2023, 10, 16), "week"),
        ),
        (
            "Azerbaijan retook Nagorno-Karabakh last month.",
            ("last month", date(2023, 9, 1), "month"),
        ),
        (
            "Putin and Japarov agreed to a visit to Kyrgyzstan in May.",
            ("May", date(2023, 5, 1), "month"),
        ),
        (
            "On Tuesday, Pashinyan announced that preparations were underway.",
            ("Tuesday", date(2023, 10, 10), "day"),
        ),
        (
            "he would not be attending Friday's Commonwealth of Independent States meeting",
            ("Friday", date(2023, 10, 13), "day"),
        ),
        (
            "Following the collapse of the Soviet Union in 1991, a number of countries founded "
            "the CIS.",
            ("1991", date(1991, 1, 1), "year"),
        ),
    ],
)
def test_example_sentences(text: str, expected: tuple) -> None:
    assert _one(text) == expected


def test_whole_example_article_has_no_false_positives() -> None:
    assert EXAMPLE.startswith("October 11, MOSCOW")
    found = find_time_expressions(EXAMPLE, ANCHOR)
    texts = [e.text for e in found]
    assert "20th" not in " ".join(texts) and "999" not in " ".join(texts)
    assert texts == [
        "October 11", "Thursday", "March", "early 2022", "October 12, 2023", "May",
        "Thursday", "Next week", "Tuesday", "Friday", "1991", "last month", "last week",
        "Tuesday",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 October 2023", ("12 October 2023", date(2023, 10, 12), "day")),
        ("Oct. 12", ("Oct. 12", date(2023, 10, 12), "day")),
        ("on the 12th of October", ("12th of October", date(2023, 10, 12), "day")),
        ("2023-10-12", ("2023-10-12", date(2023, 10, 12), "day")),
        ("Thursday, October 12", ("Thursday, October 12", date(2023, 10, 12), "day")),
        ("talks on Oct. 12-13", ("Oct. 12-13", date(2023, 10, 12), "day")),
        ("in March 2022", ("March 2022", date(2022, 3, 1), "month")),
        ("early March", ("early March", date(2023, 3, 1), "month")),
        ("mid-2022 saw", ("mid-2022", date(2022, 1, 1), "year")),
        ("this year", ("this year", date(2023, 1, 1), "year")),
        ("late last year", ("late last year", date(2022, 1, 1), "year")),
        ("next month", ("next month", date(2023, 11, 1), "month")),
        ("earlier this month", ("earlier this month", date(2023, 10, 1), "month")),
        ("at the end of last month", ("the end of last month", date(2023, 9, 1), "month")),
        ("this week", ("this week", date(2023, 10, 9), "week")),
        ("today", ("today", ANCHOR, "day")),
        ("Yesterday", ("Yesterday", date(2023, 10, 10), "day")),
        ("tomorrow", ("tomorrow", date(2023, 10, 12), "day")),
        ("two days ago", ("two days ago", date(2023, 10, 9), "day")),
        ("three weeks ago", ("three weeks ago", date(2023, 9, 18), "week")),
        ("a month ago", ("a month ago", date(2023, 9, 1), "month")),
        ("2 years ago", ("2 years ago", date(2021, 1, 1), "year")),
        ("in two weeks", ("in two weeks", date(2023, 10, 23), "week")),
        ("last Friday", ("last Friday", date(2023, 10, 6), "day")),
        ("next Monday", ("next Monday", date(2023, 10, 16), "day")),
        ("over the weekend", ("the weekend", date(2023, 10, 2), "week")),
        ("the 1991 collapse", ("1991", date(1991, 1, 1), "year")),
        ("last March", ("last March", date(2023, 3, 1), "month")),
    ],
)
def test_forms(text: str, expected: tuple) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin May visit China",
        "Theresa May said it would",
        "members of May's cabinet",
        "protesters march through the capital",
        "the March on Washington",
        "the 20th anniversary of the base",
        "the 999th Air Base of the Russian Aerospace Forces",
        "Russia sent 2000 troops",
        "in 2000 troops were sent",
        "the 1990s were turbulent",
        "a $2023 fee",
        "1,999 people",
        "in the last week",
        "a 2.5% rise",
        "killed in two weeks of fighting",
        "they meet on Mondays",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert find_time_expressions(text, ANCHOR) == []


def test_tense_changes_bare_weekday_and_month() -> None:
    assert _one("on Tuesday", tense="future")[1] == date(2023, 10, 17)
    assert _one("in November", tense="future")[1] == date(2023, 11, 1)
    assert _one("in November")[1] == date(2022, 11, 1)


def test_without_anchor_relative_forms_are_found_unresolved() -> None:
    assert _one("on Thursday", None) == ("Thursday", None, None)
    assert _one("last month", None) == ("last month", None, None)
    assert _one("in March 2022", None) == ("March 2022", date(2022, 3, 1), "month")


def test_month_names_need_capitals() -> None:
    assert find_time_expressions("in may", ANCHOR) == []


def test_several_expressions_are_in_text_order() -> None:
    text = "Talks planned for May 5 were moved to next week and then to 2024."
    found = find_time_expressions(text, ANCHOR)
    assert [e.text for e in found] == ["May 5", "next week", "2024"]
    assert [e.precision for e in found] == ["day", "week", "year"]


@pytest.mark.parametrize("text", [
    "Modi's trip will be his first to China in seven years.",
    "It was the worst fighting in two decades.",
    "the largest protests in three years",
])
def test_in_n_years_after_a_superlative_is_a_span_not_a_date(text: str) -> None:
    assert find_time_expressions(text, date(2025, 8, 29)) == []


def test_in_n_weeks_is_still_a_future_date() -> None:
    (found,) = find_time_expressions("He will return in two weeks.", date(2025, 8, 29))
    assert (found.value, found.precision) == (date(2025, 9, 8), "week")  # that week's Monday


def test_overnight_is_the_night_ending_on_the_article_date() -> None:
    """News filed on Wednesday about "overnight" reports the night into Wednesday."""
    assert _one("police used tear gas overnight") == ("overnight", ANCHOR, "day")
    assert _one("The deal was signed overnight by the three leaders")[1:] == (ANCHOR, "day")


@pytest.mark.parametrize("text", ["after an overnight stay in Bishkek",
                                  "the overnight curfew was lifted"])
def test_overnight_on_a_noun_is_not_a_date(text: str) -> None:
    assert find_time_expressions(text, ANCHOR) == []
