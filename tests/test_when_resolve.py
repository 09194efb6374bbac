"""Calendar rules of eventwire.when.resolve (documented in its module docstring)."""

from datetime import date

import pytest

from eventwire.when.resolve import (
    add_months,
    monday_of,
    month_number,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
    shift,
)

WED = date(2023, 10, 11)  # the Kyrgyzstan article's date, a Wednesday


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        ("Monday", date(2023, 10, 9)),
        ("Tuesday", date(2023, 10, 10)),
        ("Wednesday", date(2023, 10, 11)),
        ("Thursday", date(2023, 10, 12)),
        ("Friday", date(2023, 10, 13)),
        ("Saturday", date(2023, 10, 14)),  # +3 beats -4
        ("Sunday", date(2023, 10, 8)),  # -3 beats +4
    ],
)
def test_bare_weekday_is_the_closest_day(weekday: str, expected: date) -> None:
    assert resolve_weekday(weekday, WED) == expected


def test_tense_moves_weekday_to_the_past_or_future() -> None:
    assert resolve_weekday("Thursday", WED, "past") == date(2023, 10, 5)
    assert resolve_weekday("Tuesday", WED, "future") == date(2023, 10, 17)
    assert resolve_weekday("Wednesday", WED, "past") == WED
    assert resolve_weekday("Wednesday", WED, "future") == WED


def test_modifiers_win_over_tense() -> None:
    assert resolve_weekday("Friday", WED, "future", "last") == date(2023, 10, 6)
    assert resolve_weekday("Monday", WED, "past", "next") == date(2023, 10, 16)
    assert resolve_weekday("Wednesday", WED, None, "last") == date(2023, 10, 4)
    assert resolve_weekday("Monday", WED, None, "this") == date(2023, 10, 9)


def test_weekday_without_anchor_is_unknown() -> None:
    assert resolve_weekday("Friday", None) is None


def test_unknown_weekday_raises() -> None:
    with pytest.raises(ValueError):
        resolve_weekday("Funday", WED)


def test_bare_month_defaults_to_the_most_recent() -> None:
    assert resolve_month("March", WED) == date(2023, 3, 1)
    assert resolve_month("October", WED) == date(2023, 10, 1)
    assert resolve_month("November", WED) == date(2022, 11, 1)
    assert resolve_month("November", WED, "future") == date(2023, 11, 1)
    assert resolve_month("March", WED, "future") == date(2024, 3, 1)


def test_month_modifiers() -> None:
    assert resolve_month("October", WED, None, "last") == date(2022, 10, 1)
    assert resolve_month("March", WED, None, "next") == date(2024, 3, 1)
    assert resolve_month("December", WED, None, "next") == date(2023, 12, 1)
    assert resolve_month("March", WED, None, "this") == date(2023, 3, 1)


def test_month_day_without_year_takes_the_closest_year() -> None:
    assert resolve_month_day(10, 12, WED) == date(2023, 10, 12)
    assert resolve_month_day(12, 30, date(2024, 1, 3)) == date(2023, 12, 30)
    assert resolve_month_day(2, 30, WED) is None


def test_shift_uses_the_unit_precision() -> None:
    assert shift(WED, -2, "day") == date(2023, 10, 9)
    assert shift(WED, -3, "week") == date(2023, 9, 18)
    assert shift(WED, -1, "month") == date(2023, 9, 1)
    assert shift(date(2023, 1, 31), -1, "month") == date(2022, 12, 1)
    assert shift(WED, 1, "year") == date(2024, 1, 1)


def test_helpers() -> None:
    assert monday_of(date(2023, 10, 15)) == date(2023, 10, 9)
    assert add_months(date(2023, 11, 20), 3) == date(2024, 2, 1)
    assert month_number("Sept.") == 9
