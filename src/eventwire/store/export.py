"""Exports of the store: JSONL (the record as is), CSV and Parquet (flat rows).

Parquet goes through pyarrow so column types survive (dates, floats, ints);
CSV and JSONL stream, so an export never holds the whole store in memory
beyond one batch.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import StoreError
from eventwire.output import FLAT_COLUMNS, flatten, write_csv, write_jsonl
from eventwire.store.database import Store
from eventwire.store.query import EventFilter

FORMATS = ("jsonl", "csv", "parquet")


def export(store: Store, fmt: str, out: Path, flt: EventFilter | None = None) -> int:
    """Write the matching events to ``out``; returns how many were written."""
    if fmt not in FORMATS:
        raise StoreError(str(out), f"unknown export format {fmt!r}; choose {', '.join(FORMATS)}")
    where, params = (flt or EventFilter(statuses=())).to_sql()
    records = store.records(where, params)
    try:
        if fmt == "parquet":
            rows = [flatten(r) for r in records]
            columns = {c: [row[c] for row in rows] for c in FLAT_COLUMNS}
            pq.write_table(pa.table(columns), out)
            return len(rows)
        with out.open("w", encoding="utf-8", newline="") as fh:
            return write_jsonl(records, fh) if fmt == "jsonl" else write_csv(records, fh)
    except OSError as exc:
        raise StoreError(str(out), f"cannot write: {exc.strerror or exc}") from exc
