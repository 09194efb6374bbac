"""Row files: JSON Lines (``.jsonl``/``.ndjson``) and CSV/TSV, one article per row.

Row files are how scrapers and spreadsheets hand over many articles at once, and
they are often large, so both readers stream: a file is never loaded whole, and a
bad row is reported as ``file:ROW`` and skipped while the rest is read.

Columns (JSON keys), all but ``text`` optional, unknown ones ignored:
``text``, ``id`` (kept as ``Article.ref``), ``url``, ``title``, ``source``,
``published`` (or its synonym ``date``). A date that cannot be read is reported
for its row and the article is kept without it: losing the date is better than
losing the story, and the dateline may still date it.

Row numbers: JSONL rows are line numbers; CSV rows count the header as row 1, as a
spreadsheet shows them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from eventwire.ingest.build import make_article
from eventwire.ingest.dates import parse_record_date
from eventwire.ingest.decode import looks_binary, sniff_encoding
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.problem import Problem
from eventwire.model import Article

_SNIFF = 64 * 1024
# A news article in one CSV cell easily passes the csv module's 128 kB default.
_CSV_FIELD_LIMIT = 2**31 - 1
_META_FIELDS = ("url", "title", "source")


def record_to_article(
    record: Mapping[str, object], where: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    """The article in one row (plus a Problem for a bad date), or a Problem."""
    text = record.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        yield Problem(where, 'no "text" in this row')
        return
    if not isinstance(text, str):
        yield Problem(where, f'"text" must be a string, not {_json_type(text)}')
        return
    published = None
    raw_date = _first_present(record, "published", "date")
    if raw_date is not None:
        try:
            published = parse_record_date(raw_date)
        except ValueError as err:
            yield Problem(where, f"date ignored, article kept without it: {err}")
    meta = {name: _as_text(record.get(name)) for name in _META_FIELDS}
    yield make_article(
        text,
        origin=where,
        options=options,
        url=meta["url"],
        title=meta["title"],
        source=meta["source"],
        published=published,
        ref=_as_text(record.get("id")),
    )


def read_jsonl(path: Path, where: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """Articles from a JSON Lines file, one object per line; blank lines are skipped."""
    found = rows = 0
    with path.open("rb") as stream:
        if looks_binary(stream.read(_SNIFF)):
            yield Problem(where, "binary file, not text", fatal=True)
            return
        stream.seek(0)
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            rows += 1
            row_where = f"{where}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                record = json.loads(line)
            except UnicodeDecodeError:
                yield Problem(row_where, "not valid UTF-8 (JSON Lines must be UTF-8)")
                continue
            except json.JSONDecodeError as err:
                yield Problem(row_where, f"malformed JSON: {err.msg} at column {err.colno}")
                continue
            if not isinstance(record, dict):
                yield Problem(row_where, f"expected a JSON object, got {_json_type(record)}")
                continue
            for item in record_to_article(record, row_where, options):
                found += isinstance(item, Article)
                yield item
    if rows == 0:
        yield Problem(where, "empty file", fatal=True)
    elif found == 0:
        yield Problem(where, f"no articles found in {rows} rows", fatal=True)


def read_csv(
    path: Path, where: str, options: ReadOptions, *, delimiter: str = ","
) -> Iterator[Article | Problem]:
    """Articles from a CSV (or, with ``delimiter="\\t"``, TSV) file with a header row."""
    with path.open("rb") as stream:
        head = stream.read(_SNIFF)
    if not head.strip():
        yield Problem(where, "empty file", fatal=True)
        return
    encoding = sniff_encoding(head)
    if encoding is None:
        yield Problem(where, "binary file, not text", fatal=True)
        return
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    with path.open(encoding=encoding, newline="") as stream:
        yield from _csv_rows(csv.reader(stream, delimiter=delimiter), where, options)


def _csv_rows(
    reader: Iterator[list[str]], where: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        yield Problem(where, "empty file", fatal=True)
        return
    except (csv.Error, UnicodeDecodeError) as err:
        yield Problem(where, f"cannot read the header row: {err}", fatal=True)
        return
    if "text" not in header:
        columns = ", ".join(name for name in header if name) or "none"
        yield Problem(where, f'no "text" column (columns: {columns})', fatal=True)
        return
    found = rows = 0
    number = 1
    while True:
        number += 1
        row_where = f"{where}:{number}"
        try:
            cells = next(reader)
        except StopIteration:
            break
        except UnicodeDecodeError as err:
            yield Problem(row_where, f"not valid {err.encoding} text; stopped reading", fatal=True)
            return
        except csv.Error as err:
            rows += 1
            yield Problem(row_where, f"malformed CSV row: {err}")
            continue
        if not any(cell.strip() for cell in cells):
            continue
        rows += 1
        # A short row leaves its last columns unknown; extra cells are ignored.
        pairs = zip(header, cells, strict=False)
        record = {name: (cell if cell.strip() else None) for name, cell in pairs}
        for item in record_to_article(record, row_where, options):
            found += isinstance(item, Article)
            yield item
    if rows == 0:
        yield Problem(where, "no rows after the header", fatal=True)
    elif found == 0:
        yield Problem(where, f"no articles found in {rows} rows", fatal=True)


def _first_present(record: Mapping[str, object], *names: str) -> object | None:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return value
    return None


def _as_text(value: object) -> str | None:
    """A scalar cell or JSON value as text; objects, lists and booleans are not metadata."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")
