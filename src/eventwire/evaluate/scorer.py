"""Score predicted events against one gold record. Pure: no I/O, no state.

Rules (the project's definition of "right"; tests pin each one by hand):

1. **Which predictions count.** Only predictions whose status is asserted,
   planned or reported are *coded* ("happened or planned"). Negated and
   hypothetical predictions are ignored for precision and recall (only counted
   in ``ignored``); they are used for status accuracy.
2. **Dedup.** Per record, counted predictions are deduplicated on
   (source, target, code), once, before any level is scored; the kept
   prediction remembers every distinct date interval and status of its copies.
   The levels below only change which pairs may match, so TP can only grow from
   dated to code to root level.
3. **Parties.** Compared exactly; None, "" and "---" all mean "unknown" and are
   equal to each other. Sentence gold uses the predicted ``Actor.code``, article
   gold ``Actor.party`` (see :func:`predictions_from_events`).
4. **Levels.** ``code``: sentence gold needs the exact code, article gold a code
   that starts with one of the accepted prefixes. ``root``: predicted and gold
   codes are cut to their 2-digit root first. ``dated``: a ``code`` match whose
   predicted date interval lies inside the gold [first, last]; gold without
   dates matches on the code alone, and a prediction without a date (precision
   ``article`` or None) never matches a dated gold event. Intervals: day -> that
   day; week -> 7 days from the value; month -> the whole month; year -> the
   whole year; lead (the story's news day, inferred) -> that day. A deduplicated
   prediction fits when any of its intervals does.
5. **Matching** is one-to-one and maximum (see ``matching``): first as many
   core gold events as possible, then as many optional ones. Ties go, per
   prediction, to gold events whose dates it fits, then to the most specific
   accepted prefix, then to file order.
6. **Counting.** Gold events are *core* (core true, status not negated or
   hypothetical), *optional* (core false, status not negated or hypothetical) or
   *must-not* (negated or hypothetical, whatever ``core`` says). Must-not events
   never match, so coding one as happened is a false positive (also counted in
   ``negated_hits``), and missing them is never a false negative. TP =
   predictions matched to core events; neutral = matched to optional events
   (neither TP nor FP); FP = the rest; FN = core events left unmatched.
7. **Per-root table** (code level): TP and FP under the predicted root, FN under
   the root of the gold event's first accepted code.
8. **Date accuracy**: of the core gold events that have dates and are matched at
   code level, the share whose paired prediction's interval lies inside.
9. **Status accuracy**: of the gold events that have a status and are hit by at
   least one prediction of any status (code level, before dedup), the share
   where every such prediction carries exactly the gold status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from eventwire.errors import DateError
from eventwire.evaluate.gold import UNKNOWN_PARTY, GoldEvent, GoldRecord, Shape
from eventwire.evaluate.matching import match
from eventwire.evaluate.metrics import Counts, Line, RecordScore
from eventwire.model import Event
from eventwire.when.interval import precision_interval

COUNTED_STATUSES: frozenset[str] = frozenset({"asserted", "planned", "reported"})
Interval = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted event reduced to what the scorer compares."""

    source: str | None
    target: str | None
    code: str
    date: date | None = None
    precision: str | None = None
    status: str = "asserted"

    @property
    def interval(self) -> Interval | None:
        return predicted_interval(self.date, self.precision)


def predicted_interval(day: date | None, precision: str | None) -> Interval | None:
    """The days a predicted date stands for, or None when it has no date."""
    if day is None or precision in (None, "article"):
        return None
    found = precision_interval(day, precision)
    if found is None:
        raise ValueError(f"unknown date precision {precision!r}")
    return found


def predictions_from_events(events: Sequence[Event], shape: Shape | str) -> list[Prediction]:
    """Adapt pipeline events: sentence gold compares ``Actor.code``, article gold
    ``Actor.party`` (country, else IGO key)."""
    if shape not in ("sentence", "article"):
        raise ValueError(f"unknown gold shape {shape!r}")
    out = []
    for event in events:
        if shape == "sentence":
            source = event.source.code if event.source else None
            target = event.target.code if event.target else None
        else:
            source = event.source.party if event.source else None
            target = event.target.party if event.target else None
        out.append(Prediction(source=source, target=target, code=event.cameo,
                              date=_event_date(event), precision=event.date_precision,
                              status=event.status))
    return out


def _event_date(event: Event) -> date | None:
    if not event.date:
        return None
    text = event.date.strip()
    # Tolerate "YYYY" and "YYYY-MM" for year and month precision.
    padded = {4: text + "-01-01", 7: text + "-01"}.get(len(text), text)
    try:
        return date.fromisoformat(padded)
    except ValueError as exc:
        raise DateError(f"event {event.event_id}", f"date {event.date!r} is not ISO") from exc


@dataclass(frozen=True, slots=True)
class _Found:
    """A deduplicated counted prediction."""

    source: str | None
    target: str | None
    code: str
    intervals: tuple[Interval, ...]
    statuses: tuple[str, ...]

    def describe(self) -> str:
        parts = [f"{self.source or UNKNOWN_PARTY}>{self.target or UNKNOWN_PARTY}", self.code]
        parts += [a.isoformat() if a == b else f"{a.isoformat()}..{b.isoformat()}"
                  for a, b in self.intervals]
        parts.append("/".join(self.statuses))
        return " ".join(parts)


def _party(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return None if value in ("", UNKNOWN_PARTY) else value


def _dedup(predictions: Sequence[Prediction]) -> list[_Found]:
    groups: dict[tuple[str | None, str | None, str], tuple[list[Interval], list[str]]] = {}
    for p in predictions:
        key = (_party(p.source), _party(p.target), p.code.strip())
        intervals, statuses = groups.setdefault(key, ([], []))
        interval = p.interval
        if interval is not None and interval not in intervals:
            intervals.append(interval)
        if p.status not in statuses:
            statuses.append(p.status)
    return [_Found(s, t, c, tuple(iv), tuple(st)) for (s, t, c), (iv, st) in groups.items()]


def _specificity(code: str, gold: GoldEvent, level: str) -> int:
    """Length of the accepted code the prediction fits (0: it fits none)."""
    if level == "root":
        return 2 if code[:2] in {c[:2] for c in gold.codes} else 0
    if gold.prefix:
        return max((len(c) for c in gold.codes if code.startswith(c)), default=0)
    return len(code) if code in gold.codes else 0


def _dates_fit(intervals: Sequence[Interval], gold: GoldEvent) -> bool:
    if gold.dates is None:
        return True
    first, last = gold.dates
    return any(first <= a and b <= last for a, b in intervals)


def _candidates(found: _Found, gold: Sequence[GoldEvent], allowed: Sequence[int],
                level: str) -> list[int]:
    """Gold events ``found`` may pair with at ``level``, most preferred first."""
    ranked = []
    for index in allowed:
        event = gold[index]
        if (found.source, found.target) != (_party(event.source), _party(event.target)):
            continue
        spec = _specificity(found.code, event, "root" if level == "root" else "code")
        fits = _dates_fit(found.intervals, event)
        if spec == 0 or (level == "dated" and not fits):
            continue
        ranked.append((not fits, -spec, index))
    return [index for _, _, index in sorted(ranked)]


def score_record(record: GoldRecord, predictions: Sequence[Prediction]) -> RecordScore:
    """Score one record's predictions against its gold (rules in the module doc)."""
    gold = record.events
    counted = [p for p in predictions if p.status in COUNTED_STATUSES]
    found = _dedup(counted)
    core = [i for i, g in enumerate(gold) if g.core and not g.must_not]
    optional = [i for i, g in enumerate(gold) if not g.core and not g.must_not]
    matchable = core + optional

    levels: dict[str, Counts] = {}
    pairs: tuple[int | None, ...] = ()
    for level in ("code", "root", "dated"):
        paired = match([_candidates(f, gold, matchable, level) for f in found], core)
        tp = sum(1 for g in paired if g is not None and g in core)
        neutral = sum(1 for g in paired if g is not None and g not in core)
        levels[level] = Counts(tp=tp, fp=len(found) - tp - neutral, fn=len(core) - tp,
                               neutral=neutral)
        if level == "code":
            pairs = paired

    must_not = [i for i, g in enumerate(gold) if g.must_not]
    hit_must_not = {i for f, g in zip(found, pairs, strict=True) if g is None
                    for i in _candidates(f, gold, must_not, "code")}
    negated_hits = sum(1 for f, g in zip(found, pairs, strict=True)
                       if g is None and _candidates(f, gold, must_not, "code"))

    matched = {g: f for f, g in zip(found, pairs, strict=True) if g is not None}
    dated_core = [i for i in core if i in matched and gold[i].dates is not None]
    date_ok = sum(1 for i in dated_core if _dates_fit(matched[i].intervals, gold[i]))
    status_checked, status_ok = _status_accuracy(gold, predictions)

    return RecordScore(
        record_id=record.id, origin=record.origin, shape=record.shape,
        code=levels["code"], root=levels["root"], dated=levels["dated"],
        roots=_roots(found, pairs, gold, core),
        date_checked=len(dated_core), date_ok=date_ok,
        status_checked=status_checked, status_ok=status_ok,
        negated_hits=negated_hits, ignored=len(predictions) - len(counted),
        expected=tuple(_gold_line(i, g, matched, core, hit_must_not)
                       for i, g in enumerate(gold)),
        found=tuple(Line(f.describe(), "fp" if g is None else "tp" if g in core else "neutral")
                    for f, g in zip(found, pairs, strict=True)),
        text=record.text,
    )


def _gold_line(index: int, event: GoldEvent, matched: dict[int, _Found], core: list[int],
               hit_must_not: set[int]) -> Line:
    if event.must_not:
        outcome = "must-not-coded" if index in hit_must_not else "must-not"
    elif index in core:
        outcome = "tp" if index in matched else "fn"
    else:
        outcome = "optional" if index in matched else "optional-missed"
    return Line(event.describe(), outcome)


def _roots(found: Sequence[_Found], pairs: Sequence[int | None], gold: Sequence[GoldEvent],
           core: list[int]) -> tuple[tuple[str, Counts], ...]:
    table: dict[str, Counts] = {}

    def add(root: str, counts: Counts) -> None:
        table[root] = table.get(root, Counts()) + counts

    for f, g in zip(found, pairs, strict=True):
        if g is None:
            add(f.code[:2], Counts(fp=1))
        elif g in core:
            add(f.code[:2], Counts(tp=1))
    matched_gold = {g for g in pairs if g is not None}
    for i in core:
        if i not in matched_gold:
            add(gold[i].root, Counts(fn=1))
    return tuple(sorted(table.items()))


def _status_accuracy(gold: Sequence[GoldEvent],
                     predictions: Sequence[Prediction]) -> tuple[int, int]:
    checked = ok = 0
    for event in gold:
        if event.status is None:
            continue
        statuses = {p.status for p in predictions
                    if (_party(p.source), _party(p.target))
                    == (_party(event.source), _party(event.target))
                    and _specificity(p.code.strip(), event, "code")}
        if statuses:
            checked += 1
            ok += statuses == {event.status}
    return checked, ok
