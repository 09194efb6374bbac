"""Filters and sort orders for reading events back: typed arguments in, SQL out.

The CLI and the web API share this, so a filter means the same thing
everywhere. Values always travel as bound parameters, never spliced into SQL;
the only SQL text chosen by a user is a sort order, picked by name from
``SORTS``. The same condition works on per-article ``events`` and on merged
``facts`` (they share their flat columns); only the evidence-text filter differs,
because a merged event's evidence belongs to its members.

By default only events that happened or are planned are returned (asserted,
planned, reported); negated and hypothetical events are asked for explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.errors import InputError

DEFAULT_STATUSES: tuple[str, ...] = ("asserted", "planned", "reported")

# sort name -> ORDER BY clause; "-name" sorts the other way
SORTS: dict[str, str] = {
    "date": "date NULLS LAST, event_id",
    "-date": "date DESC NULLS LAST, event_id",
    "mentions": "mentions, date NULLS LAST, event_id",
    "-mentions": "mentions DESC, date NULLS LAST, event_id",
    "sources": "sources, date NULLS LAST, event_id",
    "-sources": "sources DESC, date NULLS LAST, event_id",
    "articles": "articles, date NULLS LAST, event_id",
    "-articles": "articles DESC, date NULLS LAST, event_id",
    "goldstein": "goldstein NULLS LAST, date NULLS LAST, event_id",
    "-goldstein": "goldstein DESC NULLS LAST, date NULLS LAST, event_id",
    "code": "cameo, date NULLS LAST, event_id",
    "-code": "cameo DESC, date NULLS LAST, event_id",
}
PER_ARTICLE_ONLY = {"articles", "-articles"}


def sort_clause(name: str, *, merged: bool = True) -> str:
    """The ORDER BY clause of a sort name; raises InputError for an unknown one."""
    if name not in SORTS or (not merged and name in PER_ARTICLE_ONLY):
        allowed = [s for s in SORTS if merged or s not in PER_ARTICLE_ONLY]
        raise InputError("--sort", f"unknown sort {name!r}; choose {', '.join(allowed)}")
    return SORTS[name]


def parse_dyad(text: str) -> tuple[str, str]:
    """``RUS-KGZ`` (also ``RUS>KGZ`` or ``RUS,KGZ``): source party, target party."""
    for sep in ("-", ">", ","):
        if sep in text:
            left, _, right = text.partition(sep)
            if left.strip() and right.strip():
                return left.strip().upper(), right.strip().upper()
    raise InputError("--dyad", f"expected SOURCE-TARGET such as RUS-KGZ, got {text!r}")


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    actor: str | None = None  # name, actor id or code, either side
    country: str | None = None  # ISO3, either side
    source: str | None = None  # code or ISO3 of the source
    target: str | None = None
    dyad: tuple[str, str] | None = None  # (source party, target party): code, ISO3 or IGO
    code: str | None = None  # CAMEO code or prefix ("04" is the root, "042" the code)
    quad: int | None = None  # QuadClass 1-4
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    since: date | None = None
    until: date | None = None
    place: str | None = None  # location name (words) or its ISO3 country
    text: str | None = None  # words in the evidence sentence
    extras: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_sql(self, *, merged: bool = False) -> tuple[str, list[Any]]:
        """A WHERE condition and its parameters, for ``facts`` (merged) or ``events``."""
        parts: list[str] = []
        params: list[Any] = []
        if self.actor:
            like = f"%{self.actor.lower()}%"
            parts.append(
                "(lower(source_name) LIKE ? OR lower(target_name) LIKE ? OR source_actor_id = ?"
                " OR target_actor_id = ? OR source_code = ? OR target_code = ?"
                " OR lower(source_text) LIKE ? OR lower(target_text) LIKE ?)"
            )
            params += [like, like, self.actor, self.actor, self.actor.upper(),
                       self.actor.upper(), like, like]
        if self.country:
            parts.append("(source_country = ? OR target_country = ?)")
            params += [self.country.upper()] * 2
        sides = [("source", self.source), ("target", self.target)]
        if self.dyad:
            sides += [("source", self.dyad[0]), ("target", self.dyad[1])]
        for side, value in sides:
            if value:
                parts.append(f"({side}_code = ? OR {side}_country = ?)")
                params += [value.upper()] * 2
        if self.code:
            parts.append("starts_with(cameo, ?)")
            params.append(self.code)
        if self.quad is not None:
            parts.append("quad_class = ?")
            params.append(int(self.quad))
        if self.statuses:
            parts.append(f"status IN ({', '.join(['?'] * len(self.statuses))})")
            params += list(self.statuses)
        if self.since:
            parts.append("date >= ?")
            params.append(self.since)
        if self.until:
            parts.append("date <= ?")
            params.append(self.until)
        if self.place:
            parts.append("(lower(location_name) LIKE ? OR location_country = ?)")
            params += [f"%{self.place.lower()}%", self.place.upper()]
        if self.text:
            if merged:
                parts.append(
                    "event_id IN (SELECT m.fact_id FROM fact_members m JOIN evidence v"
                    " ON v.event_id = m.event_id WHERE lower(v.sentence) LIKE ?)"
                )
            else:
                parts.append(
                    "event_id IN (SELECT event_id FROM evidence WHERE lower(sentence) LIKE ?)"
                )
            params.append(f"%{self.text.lower()}%")
        return " AND ".join(parts), params
