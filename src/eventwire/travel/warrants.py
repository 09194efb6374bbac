"""Public arrest warrants as versioned reference data, linked to KB people.

Why a data file: the question "was this person under a warrant on the day of
that trip?" needs dates that change (new warrants, warrants withdrawn after a
death or ended by a surrender); a CSV that says where each date was checked can
be corrected without touching code. The file is
``eventwire/data/reference/icc_warrants.csv`` (see data/SOURCES.md), one row per
warrant::

    org,person,aliases,issued,made_public,ended,end_reason,situation,source_url

``issued`` is the day the chamber issued the warrant (some were issued under seal
and made public later, ``made_public``); ``ended`` is the first day it no longer
stood (withdrawn, terminated after a death, or executed by a surrender), empty
while it stands. A person with two warrants (Omar al-Bashir) has two rows.

Linking: each warrant is tied to a knowledge-base person id through
``kb.person()`` on its name, then its aliases in order, keeping only a person whose
names share the warrant's surname, so a bare alias cannot link to a namesake.
A warrant whose person the KB does not know still matches by name.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path

from eventwire.actors.kb import KnowledgeBase
from eventwire.errors import DataFileError

COLUMNS = ("org", "person", "aliases", "issued", "made_public", "ended", "end_reason",
           "situation", "source_url")


@dataclass(frozen=True, slots=True)
class Warrant:
    org: str
    person: str
    aliases: tuple[str, ...]
    issued: date
    made_public: date | None
    ended: date | None
    end_reason: str | None
    situation: str
    source_url: str
    person_id: str | None = None

    def in_force(self, on: date) -> bool:
        return self.issued <= on and (self.ended is None or on < self.ended)

    def names(self) -> set[str]:
        return {_norm(n) for n in (self.person, *self.aliases) if n}


def warrants_path() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "reference" / "icc_warrants.csv"))


def _norm(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", " ", plain.lower()).strip()


def _surname(name: str) -> str:
    words = _norm(name).split()
    return words[-1] if words else ""


def _required_date(value: str, where: str, column: str) -> date:
    found = _date(value, where, column)
    if found is None:
        raise DataFileError(where, f"{column} is required")
    return found


def _date(value: str, where: str, column: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(where, f"{column} {value!r} is not YYYY-MM-DD") from exc


def read_warrants(path: Path | None = None) -> tuple[Warrant, ...]:
    """Every warrant of the file, checked row by row (DataFileError on the first bad one)."""
    path = path or warrants_path()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise DataFileError(str(path), f"header must be {','.join(COLUMNS)}")
        found = []
        for number, row in enumerate(reader, start=2):
            where = f"{path.name}:{number}"
            if not (row.get("org") or "").strip() or not (row.get("person") or "").strip():
                raise DataFileError(where, "org and person are required")
            issued = _required_date(row["issued"], where, "issued")
            ended = _date(row["ended"], where, "ended")
            if ended is not None and ended < issued:
                raise DataFileError(where, "ended is before issued")
            if not (row.get("source_url") or "").strip():
                raise DataFileError(where, "source_url is required: say where the date is from")
            found.append(Warrant(
                org=row["org"].strip(), person=row["person"].strip(),
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
                issued=issued, made_public=_date(row["made_public"], where, "made_public"),
                ended=ended, end_reason=(row["end_reason"] or "").strip() or None,
                situation=row["situation"].strip(), source_url=row["source_url"].strip(),
            ))
    return tuple(found)


def link(warrants: Sequence[Warrant], kb: KnowledgeBase) -> tuple[Warrant, ...]:
    """The warrants with ``person_id`` set where the knowledge base knows the person."""
    linked = []
    for w in warrants:
        surname = _surname(w.person)
        person_id = None
        for name in (w.person, *w.aliases):
            entry = kb.person(name, w.issued)
            if entry is None:
                continue
            known = {word for n in (entry.name, *entry.aliases) for word in _norm(n).split()}
            if surname in known:
                person_id = entry.actor_id
                break
        linked.append(replace(w, person_id=person_id))
    return tuple(linked)


@dataclass(frozen=True, slots=True)
class WarrantIndex:
    """Answers "was this person under a warrant of ``org`` on these days?"."""

    warrants: tuple[Warrant, ...]

    def of(self, person_id: str | None, name: str | None, org: str) -> tuple[Warrant, ...]:
        key = _norm(name) if name else None
        return tuple(w for w in self.warrants if w.org == org and (
            (person_id is not None and w.person_id == person_id)
            or (key is not None and key in w.names())))

    def covers(self, warrants: Sequence[Warrant], first: date, last: date) -> bool | None:
        """True when a warrant stands on every day first..last, False when none stands
        on any of them, None when one starts or ends in between."""
        if any(w.in_force(first) and w.in_force(last) for w in warrants):
            return True
        if not any(w.issued <= last and (w.ended is None or first < w.ended) for w in warrants):
            return False
        return None


def load_index(kb: KnowledgeBase, path: Path | None = None) -> WarrantIndex:
    return WarrantIndex(link(read_warrants(path), kb))
