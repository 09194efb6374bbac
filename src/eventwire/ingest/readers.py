"""``read_inputs``: every path the user names, to articles and problems.

This is the one entry point the CLI and the Dask workers call. It decides how to
read each path (by extension, and by sniffing the first bytes for feeds and for
web pages without an extension), walks folders in a stable order, and turns every
failure into a ``Problem`` so one bad file never stops a batch.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TextIO

from eventwire.errors import InputError
from eventwire.ingest.build import make_article
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.feeds import looks_like_feed, read_feed
from eventwire.ingest.markup import read_html
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.problem import Problem, human_size
from eventwire.ingest.records import read_csv, read_jsonl
from eventwire.model import Article

STDIN_NAME = "<stdin>"
TEXT_SUFFIXES = frozenset({".txt", ".text"})
ROW_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".tsv"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
# The files a folder walk reads; anything else in a folder is not ours to judge.
KNOWN_SUFFIXES = TEXT_SUFFIXES | ROW_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
# Markup is several times larger than the text it holds, so a page or feed file
# may exceed the per-article limit by this factor before we refuse to load it.
MARKUP_FACTOR = 4
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)

Item = Article | Problem


def read_inputs(
    paths: Sequence[str],
    *,
    date_override: date | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[Article | Problem]:
    """Articles from files, folders and ``-`` (stdin), with a Problem for each bad input.

    Never raises for bad input: a missing file, a bad row or an unreadable page
    is a Problem and reading goes on. ``date_override`` (the CLI's ``--date``)
    becomes every article's ``published``. The same text always gets the same
    ``Article.id``, so reading a file twice is harmless downstream.
    """
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    options = ReadOptions(date_override=date_override, max_bytes=max_bytes)
    for name in paths:
        if name == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin, options)
        else:
            yield from read_path(name, options)


def article_from_text(
    text: str,
    *,
    origin: str = "<memory>",
    date_override: date | None = None,
    max_bytes: int = 5_000_000,
) -> Article:
    """One article from a string (web form, API call, test); raises InputError if unusable."""
    options = ReadOptions(date_override=date_override, max_bytes=max_bytes)
    item = make_article(text, origin=origin, options=options)
    if isinstance(item, Problem):
        raise InputError(where=item.where, problem=item.message)
    return item


def read_stdin(stream: TextIO, options: ReadOptions) -> Iterator[Item]:
    """Standard input as one plain-text article, decoded like a file when we can."""
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            decoded = decode_bytes(buffer.read())
        else:
            decoded = stream.read()
    except UnicodeDecodeError:
        decoded = None
    except OSError as err:
        yield Problem(STDIN_NAME, f"cannot read: {err.strerror or err}", fatal=True)
        return
    if decoded is None:
        yield Problem(STDIN_NAME, "binary input, not text", fatal=True)
    elif not decoded.strip():
        yield Problem(STDIN_NAME, "empty input", fatal=True)
    else:
        yield _whole(make_article(decoded, origin=STDIN_NAME, options=options))


def read_path(name: str, options: ReadOptions) -> Iterator[Item]:
    """One file or folder named by the user."""
    path = Path(name)
    if path.is_dir():
        yield from read_folder(path, name, options)
    elif not path.exists():
        yield Problem(name, "no such file", fatal=True)
    else:
        yield from read_file(path, name, options)


def read_folder(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """Every known file under ``path``, recursively, in sorted path order; hidden
    files and folders (".git", ".DS_Store") are skipped."""
    walk_errors: list[OSError] = []
    found = 0
    for file in _folder_files(path, walk_errors.append):
        child = os.path.join(where, *file.relative_to(path).parts)
        for item in read_file(file, child, options):
            found += isinstance(item, Article)
            yield item
    for err in walk_errors:
        yield Problem(str(err.filename or where), f"cannot read folder: {err.strerror or err}")
    if not found:
        yield Problem(where, "no articles found", fatal=True)


def _folder_files(root: Path, on_error: Callable[[OSError], None]) -> list[Path]:
    files = []
    for folder, subfolders, names in os.walk(root, onerror=on_error):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            candidate = Path(folder, name)
            if not name.startswith(".") and candidate.suffix.lower() in KNOWN_SUFFIXES:
                files.append(candidate)
    return sorted(files, key=lambda f: f.relative_to(root).parts)


def read_file(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """One file, read by its extension (or, lacking a known one, by its content)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            yield from read_jsonl(path, where, options)
        elif suffix in (".csv", ".tsv"):
            yield from read_csv(path, where, options, delimiter="\t" if suffix == ".tsv" else ",")
        else:
            yield from _read_whole_file(path, where, suffix, options)
    except OSError as err:
        yield Problem(where, f"cannot read: {err.strerror or err}", fatal=True)


def _read_whole_file(path: Path, where: str, suffix: str, options: ReadOptions) -> Iterator[Item]:
    """Files that are read at once: text, web pages and feeds."""
    markup = suffix in HTML_SUFFIXES or suffix in FEED_SUFFIXES
    limit = options.max_bytes * (MARKUP_FACTOR if markup else 1)
    size = path.stat().st_size
    if size > limit:
        what = "file" if markup else "article"
        yield Problem(where, f"{what} is {human_size(size)}, over the {human_size(limit)} limit",
                      fatal=True)
        return
    data = path.read_bytes()
    if not data.strip():
        yield Problem(where, "empty file", fatal=True)
        return
    if suffix in FEED_SUFFIXES or looks_like_feed(data):
        if suffix == ".xml" and not looks_like_feed(data):
            yield Problem(where, "XML file is not an RSS or Atom feed", fatal=True)
        else:
            yield from _guarded(read_feed(data, where, options), where)
        return
    text = decode_bytes(data)
    if text is None:
        yield Problem(where, "binary file, not text", fatal=True)
    elif not text.strip():
        yield Problem(where, "empty file", fatal=True)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _HTML_START.match(data)):
        yield from _guarded(read_html(text, where, options), where)
    else:
        yield _whole(make_article(text, origin=where, options=options))


def _guarded(items: Iterator[Item], where: str) -> Iterator[Item]:
    """Third-party parsers (lxml under trafilatura, feedparser's SAX) can raise on
    pathological input; that is a bad file, not a crash."""
    try:
        yield from items
    except (ValueError, TypeError, LookupError, RecursionError, AttributeError) as err:
        yield Problem(where, f"cannot parse: {err}", fatal=True)


def _whole(item: Item) -> Item:
    """A problem with a file that holds one article makes the whole file unusable."""
    return replace(item, fatal=True) if isinstance(item, Problem) else item
