"""Aggregates over merged events: dyad counts and time series.

Why merged events: counting per-article events counts news volume; counting
merged facts counts what happened. Both functions take the same EventFilter as
``eventwire events``, so "dyads of visits in 2023" is the events filter plus a
grouping. Periods and groupings are picked by name from fixed tables, so no user
text reaches the SQL; undated events (planned, no date given) have no period and
are left out of every aggregate.

A *party* is the actor's ISO3 country, else its code (IGO key), else ``?``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from eventwire.errors import InputError
from eventwire.store.database import Store
from eventwire.store.query import EventFilter

PERIODS: dict[str, str] = {
    "day": "strftime(date, '%Y-%m-%d')",
    "week": "strftime(date_trunc('week', date), '%Y-%m-%d')",
    "month": "strftime(date, '%Y-%m')",
    "year": "strftime(date, '%Y')",
    "all": "'all'",
}
GROUPS: dict[str, str] = {
    "root": "cameo_root",
    "quad": "CAST(quad_class AS VARCHAR)",
    "plover": "coalesce(plover_type, '-')",
}
_SOURCE_PARTY = "coalesce(source_country, source_code, '?')"
_TARGET_PARTY = "coalesce(target_country, target_code, '?')"


@dataclass(frozen=True, slots=True)
class DyadRow:
    period: str
    source: str
    target: str
    events: int
    mentions: int
    articles: int
    mean_goldstein: float | None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    period: str
    group: str
    events: int
    mentions: int
    mean_goldstein: float | None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


def _pick(table: dict[str, str], name: str, option: str) -> str:
    if name not in table:
        raise InputError(option, f"unknown value {name!r}; choose {', '.join(table)}")
    return table[name]


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    where, params = flt.to_sql(merged=True)
    return " AND ".join(p for p in ("date IS NOT NULL", where) if p), params


def dyads(store: Store, flt: EventFilter, *, by: str = "all",
          min_events: int = 1) -> list[DyadRow]:
    """Merged events per (period, source party, target party), busiest first."""
    period = _pick(PERIODS, by, "--by")
    where, params = _where(flt)
    store.require_facts()
    rows = store.con.execute(
        f"SELECT {period} AS period, {_SOURCE_PARTY} AS s, {_TARGET_PARTY} AS t,"
        " count(*) AS n, sum(mentions), sum(articles), round(avg(goldstein), 3)"
        f" FROM facts WHERE {where} GROUP BY period, s, t HAVING count(*) >= ?"
        " ORDER BY period, n DESC, s, t",
        [*params, int(min_events)],
    ).fetchall()
    return [DyadRow(str(p), s, t, int(n), int(m or 0), int(a or 0), g)
            for p, s, t, n, m, a, g in rows]


def timeline(store: Store, flt: EventFilter, *, by: str = "month",
             group: str = "root") -> list[TimelineRow]:
    """Merged events per period and CAMEO root (or QuadClass, or PLOVER type)."""
    period = _pick({k: v for k, v in PERIODS.items() if k != "all"}, by, "--by")
    key = _pick(GROUPS, group, "--group")
    where, params = _where(flt)
    store.require_facts()
    rows = store.con.execute(
        f"SELECT {period} AS period, {key} AS g, count(*), sum(mentions),"
        f" round(avg(goldstein), 3) FROM facts WHERE {where}"
        " GROUP BY period, g ORDER BY period, g",
        params,
    ).fetchall()
    return [TimelineRow(str(p), str(g), int(n), int(m or 0), avg) for p, g, n, m, avg in rows]


def as_records(rows: Sequence[DyadRow] | Sequence[TimelineRow]) -> list[dict[str, Any]]:
    return [r.to_record() for r in rows]
