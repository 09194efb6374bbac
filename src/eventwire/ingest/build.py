"""One place that turns read text plus metadata into an ``Article``.

Every reader (text file, row, feed entry, web page, stdin) ends here, so the
rules are the same whatever the input: the size limit, newline normalisation,
the content-hash id, and which date wins:

1. ``--date`` (``ReadOptions.date_override``): the user knows best;
2. the date the input gave (a ``published`` column, feed or page metadata);
3. the dateline's date.

The place is the dateline city whenever the text opens with one.
"""

from __future__ import annotations

from datetime import date

from eventwire.ingest.dateline import find_dateline
from eventwire.ingest.decode import normalise_newlines
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.problem import Problem, too_big
from eventwire.model import Article


def make_article(
    text: str,
    *,
    origin: str,
    options: ReadOptions,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published: date | None = None,
    ref: str | None = None,
) -> Article | Problem:
    """An Article for ``text``, or a Problem when it is empty or too big.

    ``text`` is kept as read (only line ends are normalised) so that character
    offsets found later point into exactly what the user supplied.
    """
    text = normalise_newlines(text)
    if not text.strip():
        return Problem(origin, "no text")
    size = len(text.encode("utf-8"))
    if size > options.max_bytes:
        return Problem(origin, too_big(size, options.max_bytes))
    dateline = find_dateline(text)
    dateline_date = dateline.published if dateline else None
    return Article(
        id=Article.make_id(text),
        text=text,
        url=_clean(url),
        source=_clean(source),
        published=options.date_override or published or dateline_date,
        title=_clean(title),
        place=dateline.place if dateline else None,
        ref=_clean(ref),
        origin=origin,
    )


def _clean(value: str | None) -> str | None:
    """Blank metadata is unknown metadata: None, never ""."""
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
