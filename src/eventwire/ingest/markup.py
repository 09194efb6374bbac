"""Web pages and HTML fragments to plain article text.

A saved web page carries menus, footers and comments around the story, so pages
go through trafilatura, which finds the main text and the page's metadata. Feed
entries carry only a short HTML fragment, too small for trafilatura's
boilerplate heuristics, so those are flattened with the standard library parser.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from eventwire.ingest.build import make_article
from eventwire.ingest.dates import parse_record_date
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.problem import Problem
from eventwire.model import Article

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4"
    " h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
# Pages without a date in their metadata must not be dated by a guess taken from
# the body text; the dateline rule in build.py handles those.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class _TextCollector(HTMLParser):
    """Collects text, turning block elements into line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per line, spaces collapsed."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def read_html(text: str, where: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """The main text of a saved web page, with its title, URL, site name and date."""
    import trafilatura  # slow to import; only pages need it

    extracted = trafilatura.extract(
        text,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    meta: dict[str, Any] = json.loads(extracted) if extracted else {}
    body = str(meta.get("text") or "")
    if not body.strip():
        yield Problem(where, "no article text found in this HTML page", fatal=True)
        return
    title = _string(meta.get("title"))
    body = _drop_title_line(body, title)
    published = None
    if meta.get("date"):
        try:
            published = parse_record_date(meta["date"])
        except ValueError:
            published = None  # a page's own odd date field is not the user's mistake
    yield make_article(
        body,
        origin=where,
        options=options,
        url=_string(meta.get("source")),
        title=title,
        source=_string(meta.get("source-hostname")) or _string(meta.get("hostname")),
        published=published,
    )


def _drop_title_line(body: str, title: str | None) -> str:
    """trafilatura repeats the headline as the first line; the dateline must come first."""
    first, _, rest = body.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        return rest
    return body


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
