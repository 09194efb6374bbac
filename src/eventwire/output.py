"""Rendering event records for people (a rich table) and for programs
(JSONL, CSV). All formats start from ``Event.to_record`` so they never drift;
merged events carry the same record plus ``articles``, ``members`` and
``status_history``. Aggregates and trips are plain rows (dicts with fixed keys),
rendered by ``print_rows``/``write_rows_csv``/``write_jsonl``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table

FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "date_precision", "status", "cameo", "cameo_root", "cameo_name",
    "quad_class", "goldstein", "plover_type", "plover_mode",
    "source_text", "source_actor_id", "source_name", "source_code", "source_country",
    "source_kind", "source_role",
    "target_text", "target_actor_id", "target_name", "target_code", "target_country",
    "target_kind", "target_role",
    "location_name", "location_country", "lat", "lon", "mentions", "sources", "articles",
    "article_ids", "sentence", "start", "end", "trigger", "rule",
)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV/Parquet row per event; the first evidence gives the sentence.
    ``articles`` is the merged count, or the number of article ids of a per-article event."""
    row: dict[str, Any] = {k: record.get(k) for k in (
        "event_id", "date", "date_precision", "status", "cameo", "cameo_root", "cameo_name",
        "quad_class", "goldstein", "mentions", "sources")}
    row["articles"] = record.get("articles", len(record.get("article_ids") or ()))
    plover = record.get("plover") or {}
    row["plover_type"] = plover.get("event_type")
    row["plover_mode"] = plover.get("mode")
    for side in ("source", "target"):
        actor = record.get(side) or {}
        for key in ("text", "actor_id", "name", "code", "country", "kind", "role"):
            row[f"{side}_{key}"] = actor.get(key)
    loc = record.get("location") or {}
    row["location_name"] = loc.get("name")
    row["location_country"] = loc.get("country")
    row["lat"] = loc.get("lat")
    row["lon"] = loc.get("lon")
    row["article_ids"] = ";".join(record.get("article_ids") or [])
    first = (record.get("evidence") or [{}])[0]
    for key in ("sentence", "start", "end", "trigger", "rule"):
        row[key] = first.get(key)
    return {k: row.get(k) for k in FLAT_COLUMNS}


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(flatten(record))
        n += 1
    return n


def _actor_cell(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    label = actor.get("name") or actor.get("text") or "?"
    return f"{label} [{actor.get('code') or '?'}]"


def write_rows_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    """Plain rows (aggregates, trips) as CSV with ``columns`` as the header."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _cell_value(row.get(k)) for k in columns})
        n += 1
    return n


def _cell_value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return value


def print_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], console: Console,
               title: str = "") -> int:
    """Plain rows as a rich table; None shows as "-", booleans as yes/no."""
    table = Table(title=title or None, show_lines=False, expand=True)
    for name in columns:
        table.add_column(name, overflow="fold")
    n = 0
    for row in rows:
        table.add_row(*(_cell_text(row.get(c)) for c in columns))
        n += 1
    console.print(table)
    return n


def _cell_text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(_cell_value(value))


TRIP_TABLE: tuple[str, ...] = ("date", "host", "status", "host membership", "under warrant",
                                "flagged", "event", "evidence")


def trip_cells(trip: dict[str, Any]) -> dict[str, Any]:
    """A trip record as the cells of the travel table: the date with its precision,
    the host with its ISO3, and the first evidence sentence shortened."""
    when = trip.get("date") or "undated"
    if trip.get("date") and trip.get("date_precision") not in (None, "day"):
        when = f"{when} ({trip['date_precision']})"
    host = trip.get("host_name") or trip.get("host_country") or "unknown"
    if trip.get("host_country") and trip.get("host_name"):
        host = f"{host} [{trip['host_country']}]"
    sentence = " ".join(str((trip.get("evidence") or [{}])[0].get("sentence") or "").split())
    return {
        "date": when, "host": host, "status": trip.get("status"),
        "host membership": trip.get("membership"), "under warrant": trip.get("under_warrant"),
        "flagged": "FLAGGED" if trip.get("flagged") else "no", "event": trip.get("event_id"),
        "evidence": sentence if len(sentence) <= 90 else sentence[:87] + "...",
    }


def _table_rows(records: Iterable[dict[str, Any]]) -> Iterator[list[str]]:
    for r in records:
        date = r.get("date") or "-"
        if r.get("date_precision") and r.get("date_precision") != "day":
            date = f"{date} ({r['date_precision']})"
        loc = (r.get("location") or {}).get("name") or "-"
        first = (r.get("evidence") or [{}])[0]
        articles = r.get("articles", len(r.get("article_ids") or ()))
        counts = f"{r.get('mentions', 1)}/{r.get('sources', 1)}/{articles}"
        yield [
            date, _actor_cell(r.get("source")), f"{r.get('cameo')} {r.get('cameo_name') or ''}",
            _actor_cell(r.get("target")), r.get("status") or "-", loc,
            f"{first.get('trigger', '')} ({first.get('rule', '')})", counts,
        ]


def print_table(records: Iterable[dict[str, Any]], console: Console, title: str = "") -> int:
    table = Table(title=title or None, show_lines=False, expand=True)
    for name in ("date", "source", "event", "target", "status", "where", "trigger (rule)",
                 "mentions/sources/articles"):
        table.add_column(name, overflow="fold")
    n = 0
    for row in _table_rows(records):
        table.add_row(*row)
        n += 1
    console.print(table)
    return n
