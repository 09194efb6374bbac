"""choose_date: same clause first, then nearest, then after the trigger."""

from datetime import date

from eventwire.model import TimeExpression
from eventwire.when import choose_date, find_time_expressions

ANCHOR = date(2023, 10, 11)


def _pick(sentence: str, trigger: str, *, with_text: bool = True) -> TimeExpression | None:
    found = find_time_expressions(sentence, ANCHOR)
    return choose_date(found, sentence.index(trigger), text=sentence if with_text else None)


def test_no_expression_gives_none() -> None:
    assert choose_date([], 10) is None


def test_nearest_expression_per_trigger() -> None:
    sentence = (
        "Although Putin and Japarov agreed to a visit to Kyrgyzstan in May, the Russian "
        "president's trip is scheduled to take place on Thursday, but the Kremlin has not "
        "yet provided an official confirmation."
    )
    agreed = _pick(sentence, "agreed")
    place = _pick(sentence, "take place")
    assert agreed is not None and agreed.text == "May"
    assert place is not None and place.value == date(2023, 10, 12)


def test_clause_boundary_beats_raw_distance() -> None:
    sentence = "Talks stalled in May; Putin visited Bishkek in October."
    chosen = _pick(sentence, "visited")
    assert chosen is not None and chosen.text == "October"
    # Without the text only distance counts, and May is nearer.
    unsplit = _pick(sentence, "visited", with_text=False)
    assert unsplit is not None and unsplit.text == "May"


def test_bare_comma_does_not_split_a_clause() -> None:
    sentence = "On Tuesday, Pashinyan announced that talks would resume in 2024."
    chosen = _pick(sentence, "announced")
    assert chosen is not None and chosen.text == "Tuesday"


def test_tie_prefers_the_expression_after_the_trigger() -> None:
    before = TimeExpression("May", 0, 3, date(2023, 5, 1), "month")
    after = TimeExpression("June", 13, 17, date(2023, 6, 1), "month")
    assert choose_date([before, after], 8) == after


def test_trigger_inside_expression_has_distance_zero() -> None:
    near = TimeExpression("next week", 20, 29, date(2023, 10, 16), "week")
    far = TimeExpression("May", 0, 3, date(2023, 5, 1), "month")
    assert choose_date([far, near], 22) == near


def test_scope_keeps_dates_of_other_statements_out() -> None:
    """"On Tuesday, Pashinyan announced talks with Aliyev": Tuesday dates the
    announcement; with the talks' own clause as scope there is no date."""
    sentence = "On Tuesday, Pashinyan announced that talks with Aliyev would be held."
    found = find_time_expressions(sentence, ANCHOR)
    talks = sentence.index("talks")
    own_clause = [(sentence.index("that"), len(sentence))]
    assert choose_date(found, talks, text=sentence) is not None
    assert choose_date(found, talks, text=sentence, scope=own_clause) is None
    everything = [(0, len(sentence))]
    chosen = choose_date(found, talks, text=sentence, scope=everything)
    assert chosen is not None and chosen.text == "Tuesday"


def test_date_of_the_earlier_occasion_in_a_comparison_is_not_taken() -> None:
    """"the first raid since a war in 1971": 1971 dates the war, not the raid."""
    sentence = ("Indian jets struck a camp in Pakistan, in the first such raid across the "
                "border since a war between the neighbours in 1971.")
    assert _pick(sentence, "struck") is None
    later = sentence.replace("in Pakistan,", "in Pakistan on Tuesday,")
    chosen = _pick(later, "struck")
    assert chosen is not None and chosen.text == "Tuesday"


def test_comparison_keeps_its_date_for_a_trigger_inside_it() -> None:
    sentence = "It was the largest rally since the government banned protests in May."
    chosen = _pick(sentence, "banned")
    assert chosen is not None and chosen.text == "May"


def test_comparison_phrase_ends_at_the_comma() -> None:
    sentence = ("On his first trip abroad since a visit to Moscow in March, Xi was received "
                "in Pretoria on Tuesday.")
    chosen = _pick(sentence, "received")
    assert chosen is not None and chosen.text == "Tuesday"
