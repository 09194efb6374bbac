"""Rendering event records for people (a rich table) and for programs
(JSONL, CSV). All formats start from ``Event.to_record`` so they never drift.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
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
    "location_name", "location_country", "lat", "lon", "mentions", "sources",
    "article_ids", "sentence", "start", "end", "trigger", "rule",
)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV/Parquet row per event; the first evidence gives the sentence."""
    row: dict[str, Any] = {k: record.get(k) for k in (
        "event_id", "date", "date_precision", "status", "cameo", "cameo_root", "cameo_name",
        "quad_class", "goldstein", "mentions", "sources")}
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


def _table_rows(records: Iterable[dict[str, Any]]) -> Iterator[list[str]]:
    for r in records:
        date = r.get("date") or "-"
        if r.get("date_precision") and r.get("date_precision") != "day":
            date = f"{date} ({r['date_precision']})"
        loc = (r.get("location") or {}).get("name") or "-"
        first = (r.get("evidence") or [{}])[0]
        yield [
            date, _actor_cell(r.get("source")), f"{r.get('cameo')} {r.get('cameo_name') or ''}",
            _actor_cell(r.get("target")), r.get("status") or "-", loc,
            f"{first.get('trigger', '')} ({first.get('rule', '')})",
        ]


def print_table(records: Iterable[dict[str, Any]], console: Console, title: str = "") -> int:
    table = Table(title=title or None, show_lines=False, expand=True)
    for name in ("date", "source", "event", "target", "status", "where", "trigger (rule)"):
        table.add_column(name, overflow="fold")
    n = 0
    for row in _table_rows(records):
        table.add_row(*row)
        n += 1
    console.print(table)
    return n
