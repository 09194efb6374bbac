"""Score the actors stage alone against hand-annotated mentions.

The event gold (``gold.py``) only sees an actor when an event is found, so it
cannot say whether "the Russian president" in 2010 became Medvedev or whether
"talks in Moscow" was wrongly coded as the Russian government. This module
reads ``eval/actors/mentions.jsonl`` (format in ``eval/actors/README.md``),
runs ``resolve_mentions`` on each record's text as of its date, aligns
predicted mentions to gold mentions by character overlap and counts, per rule
family (the gold ``tag``), what was found and how it was coded.

Reading and scoring are pure functions over typed records; only
``predict_mentions`` and ``run_actor_eval`` touch the pipeline.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import DataFileError
from eventwire.jsonl import json_objects

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

TAGS: tuple[str, ...] = ("name", "title", "date", "metonym", "demonym", "igo", "coref",
                         "unknown", "place")

# Actor kinds by which the actors stage says "this phrase is a place, not a party".
PLACE_KINDS = frozenset({"place", "region"})

# (start_char, end_char, code, country, person name): what a system predicted.
Predicted = tuple[int, int, str | None, str | None, str | None]


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One annotated phrase: an actor (``codes`` non-empty) or a place that
    must not be coded (``place``). ``codes`` is the gold code first, then the
    alternatives the annotation rules accept."""

    text: str
    start: int
    end: int
    tag: str
    codes: tuple[str, ...] = ()
    country: str | None = None
    person: str | None = None
    place: bool = False

    @property
    def code(self) -> str | None:
        return self.codes[0] if self.codes else None


@dataclass(frozen=True, slots=True)
class ActorGoldRecord:
    id: str
    date: date
    text: str
    mentions: tuple[GoldMention, ...]
    where: str = "<memory>"


@dataclass(frozen=True, slots=True)
class Judgement:
    """A gold actor mention and the prediction aligned to it (None: missed)."""

    record_id: str
    gold: GoldMention
    predicted: Predicted | None

    @property
    def detected(self) -> bool:
        return self.predicted is not None

    @property
    def code_ok(self) -> bool:
        return self.predicted is not None and self.predicted[2] in self.gold.codes

    @property
    def country_ok(self) -> bool:
        return self.predicted is not None and self.predicted[3] == self.gold.country

    @property
    def person_ok(self) -> bool | None:
        """None when the gold names no person: nothing to check."""
        if self.gold.person is None:
            return None
        got = self.predicted[4] if self.predicted else None
        return got is not None and same_person(got, self.gold.person)

    @property
    def correct(self) -> bool:
        return self.code_ok and self.country_ok and self.person_ok is not False

    @property
    def error_kind(self) -> str | None:
        """The first thing that went wrong, for the error-type table."""
        if self.predicted is None:
            return "missed"
        if self.predicted[2] is None:
            return "found, not coded"
        if not self.country_ok:
            return "wrong country"
        if not self.code_ok:
            return "wrong sector"
        if self.person_ok is False:
            return "wrong person"
        return None


@dataclass(frozen=True, slots=True)
class Stray:
    """A coded prediction that matches no gold actor: it sits on a gold place
    (``place`` set) or on nothing at all (a false positive)."""

    record_id: str
    text: str
    predicted: Predicted
    place: bool


@dataclass(frozen=True, slots=True)
class TagCounts:
    gold: int = 0
    detected: int = 0
    code: int = 0
    country: int = 0
    persons: int = 0  # gold mentions that name a person
    person: int = 0
    correct: int = 0

    def add(self, j: Judgement) -> TagCounts:
        return TagCounts(
            self.gold + 1, self.detected + j.detected, self.code + j.code_ok,
            self.country + j.country_ok, self.persons + (j.person_ok is not None),
            self.person + (j.person_ok is True), self.correct + j.correct)


@dataclass(frozen=True, slots=True)
class RecordScore:
    """What one record contributed; sums of these make the report."""

    judgements: tuple[Judgement, ...]
    strays: tuple[Stray, ...]
    places: int
    places_coded: int
    coded_predictions: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class ActorReport:
    records: int
    totals: TagCounts
    by_tag: dict[str, TagCounts]
    places: int
    places_coded: int
    coded_predictions: int
    false_positives: int
    duplicates: int
    judgements: tuple[Judgement, ...] = ()
    strays: tuple[Stray, ...] = ()
    errors_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        """Mentions whose code, country and person are all right, over gold actors."""
        return _ratio(self.totals.correct, self.totals.gold)

    @property
    def code_accuracy(self) -> float:
        return _ratio(self.totals.code, self.totals.gold)

    @property
    def code_precision(self) -> float:
        """Right codes over every coded prediction: those on gold actors
        (duplicates included), on gold places, and false positives."""
        return _ratio(self.totals.code, self.coded_predictions)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# -- reading -----------------------------------------------------------------

_ISO3 = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,11}")


def read_actor_gold(text: str, name: str) -> list[ActorGoldRecord]:
    """Parse a mentions JSONL text; every problem is one DataFileError naming
    ``name:line`` so a broken annotation is found in seconds."""
    records: list[ActorGoldRecord] = []
    seen: set[str] = set()
    for where, _, row in json_objects(text, name):
        record = _record(row, where)
        if record.id in seen:
            raise DataFileError(where, f"id {record.id!r} is used twice")
        seen.add(record.id)
        records.append(record)
    return records


def read_actor_gold_file(path: Path) -> list[ActorGoldRecord]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read ({exc.strerror})") from None
    return read_actor_gold(text, path.name)


def _required(row: dict[str, Any], key: str, where: str, what: str = "record") -> Any:
    value = row.get(key)
    if value is None or value == "":
        raise DataFileError(where, f"{what} has no {key!r}")
    return value


def _record(row: dict[str, Any], where: str) -> ActorGoldRecord:
    rid = str(_required(row, "id", where))
    raw_date = _required(row, "date", where)
    try:
        on = date.fromisoformat(str(raw_date))
    except ValueError:
        raise DataFileError(where, f"{rid}: bad date {raw_date!r} (want YYYY-MM-DD)") from None
    text = _required(row, "text", where)
    raw = row.get("mentions")
    if not isinstance(text, str) or not isinstance(raw, list):
        raise DataFileError(where, f"{rid}: 'text' must be a string and 'mentions' a list")
    mentions = tuple(_mention(m, text, where, rid) for m in raw)
    _check_overlaps(mentions, where, rid)
    return ActorGoldRecord(rid, on, text, mentions, where)


def _mention(raw: Any, text: str, where: str, rid: str) -> GoldMention:
    if not isinstance(raw, dict):
        raise DataFileError(where, f"{rid}: a mention must be a JSON object")
    phrase = _required(raw, "text", where, f"{rid}: a mention")
    tag = _required(raw, "tag", where, f"{rid}: mention {phrase!r}")
    if tag not in TAGS:
        raise DataFileError(where, f"{rid}: mention {phrase!r}: unknown tag {tag!r}")
    occurrence = raw.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool):
        raise DataFileError(where, f"{rid}: mention {phrase!r}: occurrence must be a number")
    start, end = _locate(str(phrase), text, occurrence, where, rid)
    if raw.get("place"):
        if raw.get("code") or raw.get("country"):
            raise DataFileError(where, f"{rid}: place {phrase!r} must not have a code or country")
        return GoldMention(phrase, start, end, tag, place=True)
    code = _required(raw, "code", where, f"{rid}: mention {phrase!r}")
    codes = (code, *raw.get("alt_codes", ()))
    country = raw.get("country")
    bad = [c for c in codes if not isinstance(c, str) or not _CODE.fullmatch(c)]
    if bad or (country is not None and not _ISO3.fullmatch(str(country))):
        raise DataFileError(where, f"{rid}: mention {phrase!r}: bad code or country")
    return GoldMention(phrase, start, end, tag, tuple(codes), country, raw.get("person"))


def _locate(phrase: str, text: str, occurrence: int, where: str,
            rid: str) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th whole-word match of ``phrase``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")
    hits = list(pattern.finditer(text))
    if not hits:
        raise DataFileError(where, f"{rid}: mention {phrase!r} is not in the text")
    if not 1 <= occurrence <= len(hits):
        raise DataFileError(where, f"{rid}: mention {phrase!r}: occurrence {occurrence} "
                                   f"but the text has {len(hits)}")
    return hits[occurrence - 1].span()


def _check_overlaps(mentions: Sequence[GoldMention], where: str, rid: str) -> None:
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.start < a.end:
            raise DataFileError(where, f"{rid}: mentions {a.text!r} and {b.text!r} overlap")


# -- scoring -----------------------------------------------------------------

def person_key(name: str) -> str:
    """Case, accents and punctuation folded: "Recep Tayyip Erdoğan" equals
    "recep tayyip erdogan"."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def same_person(a: str, b: str) -> bool:
    """Folded names equal, or the same first initial and last word: spelling
    variants of one person ("Sergei"/"Sergey Lavrov", "S. Jaishankar") are not
    resolution errors, and two office holders rarely share both."""
    ka, kb = person_key(a).split(), person_key(b).split()
    if ka == kb:
        return True
    return bool(ka and kb) and ka[-1] == kb[-1] and ka[0][0] == kb[0][0]


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def align(gold: Sequence[GoldMention], predicted: Sequence[Predicted]) -> dict[int, int]:
    """One-to-one gold index -> prediction index, greedily by largest overlap
    (ties go to the earlier gold, then the earlier prediction)."""
    pairs = sorted(
        ((_overlap(g.start, g.end, p[0], p[1]), gi, pi)
         for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        key=lambda t: (-t[0], t[1], t[2]))
    taken: dict[int, int] = {}
    used: set[int] = set()
    for size, gi, pi in pairs:
        if size > 0 and gi not in taken and pi not in used:
            taken[gi] = pi
            used.add(pi)
    return taken


def score_record(record: ActorGoldRecord, predicted: Sequence[Predicted]) -> RecordScore:
    """Judge every gold actor; sort every coded prediction that is not aligned to
    a gold actor into a duplicate (on a gold actor), a place hit or a false
    positive. Uncoded predictions (code None) claim nothing and are not counted
    against precision."""
    links = align(record.mentions, predicted)
    judgements = tuple(
        Judgement(record.id, g, predicted[links[gi]] if gi in links else None)
        for gi, g in enumerate(record.mentions) if not g.place)
    on_actor = {links[gi] for gi, g in enumerate(record.mentions) if not g.place and gi in links}
    places = [g for g in record.mentions if g.place]
    strays: list[Stray] = []
    duplicates = 0
    for pi, p in enumerate(predicted):
        if p[2] is None or pi in on_actor:
            continue
        if any(_overlap(g.start, g.end, p[0], p[1]) for g in record.mentions if not g.place):
            duplicates += 1
            continue
        on_place = any(_overlap(g.start, g.end, p[0], p[1]) for g in places)
        strays.append(Stray(record.id, record.text[p[0]:p[1]], p, on_place))
    coded_places = sum(
        1 for g in places
        if any(p[2] is not None and _overlap(g.start, g.end, p[0], p[1]) for p in predicted))
    return RecordScore(judgements, tuple(strays), len(places), coded_places,
                       sum(1 for p in predicted if p[2] is not None), duplicates)


def summarize(scores: Iterable[RecordScore]) -> ActorReport:
    """Add record scores up into totals, per-tag counts and error kinds."""
    scores = list(scores)
    judgements = tuple(j for s in scores for j in s.judgements)
    strays = tuple(x for s in scores for x in s.strays)
    totals = TagCounts()
    by_tag: dict[str, TagCounts] = {}
    for j in judgements:
        totals = totals.add(j)
        by_tag[j.gold.tag] = by_tag.get(j.gold.tag, TagCounts()).add(j)
    kinds = Counter(j.error_kind for j in judgements if j.error_kind)
    kinds.update("place coded" if x.place else "false positive" for x in strays)
    return ActorReport(
        records=len(scores), totals=totals,
        by_tag={t: by_tag[t] for t in TAGS if t in by_tag},
        places=sum(s.places for s in scores), places_coded=sum(s.places_coded for s in scores),
        coded_predictions=sum(s.coded_predictions for s in scores),
        false_positives=sum(1 for x in strays if not x.place),
        duplicates=sum(s.duplicates for s in scores),
        judgements=judgements, strays=strays, errors_by_kind=dict(kinds.most_common()))


# -- running -----------------------------------------------------------------

def predict_mentions(pipeline: Pipeline, text: str, on: date | None) -> list[Predicted]:
    """The actors stage on ``text`` as of ``on``, as scorer tuples. The person
    is the actor's name only when the actor is a person. Mentions the stage
    itself calls a place or region ("talks in Moscow" -> kind "place") are left
    out: they are its verdict that the phrase is not an actor, not a claim that
    it is one."""
    from eventwire.actors.resolve import resolve_mentions

    mentions = resolve_mentions(pipeline.nlp(text), on, pipeline.kb)
    return [(m.start_char, m.end_char, m.actor.code, m.actor.country,
             m.actor.name if m.actor.kind == "person" else None)
            for m in mentions if m.actor.kind not in PLACE_KINDS]


def run_actor_eval(paths: Iterable[Path], pipeline: Pipeline) -> ActorReport:
    records = [r for path in paths for r in read_actor_gold_file(Path(path))]
    return summarize(score_record(r, predict_mentions(pipeline, r.text, r.date))
                     for r in records)


# -- rendering ---------------------------------------------------------------

def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def _described(code: str | None, country: str | None, person: str | None) -> str:
    return "/".join([code or "-", country or "-", *([person] if person else [])])


def format_report(report: ActorReport) -> str:
    """Plain text: totals, the per-tag table, error kinds, then every error."""
    t = report.totals
    lines = [
        f"actor mentions: {report.records} records, {t.gold} gold actors, "
        f"{report.places} places that are not actors",
        f"detected {t.detected} ({_pct(t.detected, t.gold).strip()})   "
        f"code {t.code} ({_pct(t.code, t.gold).strip()})   "
        f"country {t.country} ({_pct(t.country, t.gold).strip()})   "
        f"person {t.person}/{t.persons} ({_pct(t.person, t.persons).strip()})",
        f"accuracy (code, country and person right) {_pct(t.correct, t.gold).strip()}",
        f"code precision {t.code}/{report.coded_predictions} "
        f"({_pct(t.code, report.coded_predictions).strip()}): coded predictions = "
        f"on gold actors (incl. {report.duplicates} duplicates) + "
        f"{report.places_coded} places coded + {report.false_positives} false positives",
        "",
        f"{'tag':<10}{'gold':>6}{'found':>8}{'code':>8}{'country':>9}{'person':>8}{'right':>8}",
    ]
    for tag, c in report.by_tag.items():
        lines.append(f"{tag:<10}{c.gold:>6}{_pct(c.detected, c.gold):>8}{_pct(c.code, c.gold):>8}"
                     f"{_pct(c.country, c.gold):>9}{_pct(c.person, c.persons):>8}"
                     f"{_pct(c.correct, c.gold):>8}")
    lines.append(f"{'place':<10}{report.places:>6}   coded as actors: {report.places_coded}")
    lines += ["", "error kinds:"]
    lines += [f"  {n:>4}  {kind}" for kind, n in report.errors_by_kind.items()]
    lines += ["", "errors:"]
    for j in report.judgements:
        if j.correct:
            continue
        got = _described(*j.predicted[2:]) if j.predicted else "(missed)"
        gold = _described(j.gold.code, j.gold.country, j.gold.person)
        lines.append(f"{j.record_id}  \"{j.gold.text}\"  [{j.gold.tag}]  gold={gold}  got={got}")
    for x in report.strays:
        gold, got = ("place" if x.place else "-"), _described(*x.predicted[2:])
        lines.append(f"{x.record_id}  \"{x.text}\"  gold={gold}  got={got}")
    return "\n".join(lines)
