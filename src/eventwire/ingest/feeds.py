"""RSS and Atom files saved to disk: one article per feed entry.

Feeds are the cheapest way to follow a news source, and a saved feed file holds
a batch of short stories with their links and dates. feedparser copes with the
many dialects (RSS 0.9x/1.0/2.0, Atom) and with broken XML; we only turn its
entries into articles. Entries are numbered from 1 in messages ("feed.xml:3").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from eventwire.ingest.build import make_article
from eventwire.ingest.dates import parse_record_date
from eventwire.ingest.markup import html_to_text
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.problem import Problem
from eventwire.model import Article

# The root element after any XML declaration, doctype, comments or processing
# instructions: <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0).
_FEED_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL | re.IGNORECASE,
)


def looks_like_feed(head: bytes) -> bool:
    """True when the file's first element is an RSS or Atom root."""
    return _FEED_START.match(head[:4096]) is not None


def read_feed(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """Articles from the entries of an RSS/Atom document given as raw bytes.

    Bytes, not a path or a string: feedparser treats a string as a URL or file
    name to fetch, and we never touch the network.
    """
    import feedparser  # only feeds need it

    parsed = feedparser.parse(data)
    source = _string(parsed.feed.get("title"))
    found = 0
    for number, entry in enumerate(parsed.entries, start=1):
        for item in _entry_article(entry, f"{where}:{number}", source, options):
            found += isinstance(item, Article)
            yield item
    if found:
        return
    if parsed.bozo and not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "unreadable XML")
        yield Problem(where, f"not a valid RSS/Atom feed: {reason}", fatal=True)
    elif not parsed.entries:
        yield Problem(where, "feed has no entries", fatal=True)
    else:
        yield Problem(where, "no articles found in the feed's entries", fatal=True)


def _entry_article(
    entry: Any, where: str, source: str | None, options: ReadOptions
) -> Iterator[Article | Problem]:
    text = html_to_text(_entry_body(entry))
    if not text:
        yield Problem(where, "feed entry has no text (no content or summary)")
        return
    published = None
    raw_date = entry.get("published") or entry.get("updated")
    if raw_date:
        try:
            published = parse_record_date(raw_date)
        except ValueError as err:
            yield Problem(where, f"date ignored, article kept without it: {err}")
    yield make_article(
        text,
        origin=where,
        options=options,
        url=_string(entry.get("link")),
        title=_string(entry.get("title")),
        source=source,
        published=published,
        ref=_string(entry.get("id")),
    )


def _entry_body(entry: Any) -> str:
    """The fullest text the entry offers: its longest content block, else the summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    return best if best.strip() else str(entry.get("summary") or "")


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
