"""Filters for reading events back: typed arguments in, a SQL condition out.

The CLI and the web API share this, so a filter means the same thing
everywhere. Values always travel as bound parameters, never spliced into SQL.
By default only events that happened or are planned are returned (asserted,
planned, reported); negated and hypothetical events are asked for explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

DEFAULT_STATUSES: tuple[str, ...] = ("asserted", "planned", "reported")


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    actor: str | None = None  # name, actor id or code, either side
    country: str | None = None  # ISO3, either side
    source: str | None = None  # code or ISO3 of the source
    target: str | None = None
    code: str | None = None  # CAMEO code or prefix ("04", "042")
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    since: date | None = None
    until: date | None = None
    text: str | None = None  # words in the evidence sentence
    extras: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_sql(self) -> tuple[str, list[Any]]:
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
        for side, value in (("source", self.source), ("target", self.target)):
            if value:
                parts.append(f"({side}_code = ? OR {side}_country = ?)")
                params += [value.upper()] * 2
        if self.code:
            parts.append("starts_with(cameo, ?)")
            params.append(self.code)
        if self.statuses:
            parts.append(f"status IN ({', '.join(['?'] * len(self.statuses))})")
            params += list(self.statuses)
        if self.since:
            parts.append("date >= ?")
            params.append(self.since)
        if self.until:
            parts.append("date <= ?")
            params.append(self.until)
        if self.text:
            parts.append(
                "event_id IN (SELECT event_id FROM evidence WHERE lower(sentence) LIKE ?)"
            )
            params.append(f"%{self.text.lower()}%")
        return " AND ".join(parts), params
