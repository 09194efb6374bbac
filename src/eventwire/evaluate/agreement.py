"""Agreement between two coders who annotated the same articles.

An F1 figure for the machine means little until one knows how far two careful
people, given the same guide, agree with each other: that is the ceiling a
single-annotator gold can show. So the second coder's events are scored as if
they were predictions, by the very scorer ``eventwire eval`` uses, and the
number sits beside the machine's on the same scale.

A coder's event becomes one prediction: its first (best) code, its parties
and its status. Optional events are predictions only when asked for
(``optional=True``): a coder who marks an extra as optional does not claim it
as strongly as a core one, so the figure is given both ways. The dated level
needs one day, week, month or year per prediction, while a coder gives a range:
a one-day range is that day, a whole calendar month or year is that month or
year, and any other range is read as its last day (a statement reported "on
Monday or Tuesday" is dated on Tuesday), which can only make dated agreement
look a little lower than it is.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from eventwire.errors import DataFileError
from eventwire.evaluate.gold import GoldEvent, read_gold_file
from eventwire.evaluate.report import EvalReport
from eventwire.evaluate.runner import build_report, file_summary
from eventwire.evaluate.scorer import Prediction, score_record


def predictions_from_gold(events: Sequence[GoldEvent], *, optional: bool = False
                          ) -> list[Prediction]:
    """A coder's events as predictions (core ones, and optional ones if asked)."""
    out = []
    for event in events:
        if not (event.core or optional):
            continue
        day, precision = _range_as_date(event.dates)
        out.append(Prediction(source=event.source, target=event.target, code=event.codes[0],
                              date=day, precision=precision,
                              status=event.status or "asserted"))
    return out


def _range_as_date(dates: tuple[date, date] | None) -> tuple[date | None, str | None]:
    if dates is None:
        return None, None
    first, last = dates
    if first == last:
        return first, "day"
    if (first.day == 1 and (first.year, first.month) == (last.year, last.month)
            and last.day == calendar.monthrange(last.year, last.month)[1]):
        return first, "month"
    if (first.year == last.year and (first.month, first.day) == (1, 1)
            and (last.month, last.day) == (12, 31)):
        return first, "year"
    return last, "day"


def score_agreement(reference: Path, other: Path, *, optional: bool = False,
                    worst: int = 10) -> EvalReport:
    """Score ``other``'s annotation as predictions against ``reference`` as gold.

    Both files must hold the same records (by id, with the same text); a
    record missing from either side is an error, not a silent zero. The
    report lists the ``worst`` records where the two disagree most.
    """
    gold = read_gold_file(reference)
    coded = {record.id: record for record in read_gold_file(other).records}
    missing = [record.id for record in gold.records if record.id not in coded]
    if missing:
        raise DataFileError(str(other), f"has no record {missing[0]!r} of {reference}"
                            + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    extra = sorted(set(coded) - {record.id for record in gold.records})
    if extra:
        raise DataFileError(str(other), f"record {extra[0]!r} is not in {reference}")
    changed = [record.id for record in gold.records
               if record.text.strip() != coded[record.id].text.strip()]
    if changed:
        raise DataFileError(str(other), f"record {changed[0]!r} has another text than in "
                            f"{reference}")
    scores = [score_record(record, predictions_from_gold(coded[record.id].events,
                                                         optional=optional))
              for record in gold.records]
    return build_report([file_summary(reference, gold, scores)], scores, worst)

