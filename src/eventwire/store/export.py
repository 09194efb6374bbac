"""Exports of the store: JSONL (the record as is), CSV and Parquet (flat rows),
GDELT 2.0 event rows and PLOVER JSON records (see ``ecosystem.py``).

Merged events are exported by default (one row per fact, with its counts);
``merged=False`` exports the per-article events instead. Parquet goes through
pyarrow so column types survive (dates, floats, ints); CSV, JSONL, GDELT and
PLOVER stream, so an export never holds the whole store in memory beyond one batch.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import StoreError
from eventwire.output import FLAT_COLUMNS, flatten, write_csv, write_jsonl
from eventwire.store.database import Store
from eventwire.store.ecosystem import GDELT_COLUMNS, gdelt_row, plover_record
from eventwire.store.query import EventFilter

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
_BATCH = 500


def export(store: Store, fmt: str, out: Path, flt: EventFilter | None = None, *,
           merged: bool = True) -> int:
    """Write the matching events to ``out``; returns how many were written."""
    if fmt not in FORMATS:
        raise StoreError(str(out), f"unknown export format {fmt!r}; choose {', '.join(FORMATS)}")
    where, params = (flt or EventFilter(statuses=())).to_sql(merged=merged)
    records = store.facts(where, params) if merged else store.records(where, params)
    try:
        if fmt == "parquet":
            rows = [flatten(r) for r in records]
            columns = {c: [row[c] for row in rows] for c in FLAT_COLUMNS}
            pq.write_table(pa.table(columns), out)
            return len(rows)
        with out.open("w", encoding="utf-8", newline="") as fh:
            if fmt == "gdelt":
                return write_gdelt(store, records, fh)
            if fmt == "plover":
                return write_plover(store, records, fh)
            return write_jsonl(records, fh) if fmt == "jsonl" else write_csv(records, fh)
    except OSError as exc:
        raise StoreError(str(out), f"cannot write: {exc.strerror or exc}") from exc


def _batches(records: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _meta(store: Store, batch: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return store.article_meta(a for r in batch for a in r.get("article_ids") or ())


def write_gdelt(store: Store, records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Tab-separated GDELT 2.0 event rows with a header line; empty cells for None."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_COLUMNS)
    n = 0
    for batch in _batches(records):
        meta = _meta(store, batch)
        for record in batch:
            writer.writerow(["" if v is None else v for v in gdelt_row(record, meta)])
            n += 1
    return n


def write_plover(store: Store, records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One PLOVER JSON record a line; events PLOVER has no type for are skipped."""
    n = 0
    for batch in _batches(records):
        meta = _meta(store, batch)
        for record in batch:
            plover = plover_record(record, meta)
            if plover is not None:
                out.write(json.dumps(plover, ensure_ascii=False) + "\n")
                n += 1
    return n
