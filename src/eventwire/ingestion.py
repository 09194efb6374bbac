"""Ingestion as a plain function: inputs -> articles -> events -> store.

The CLI only parses arguments and draws the progress bar; this module does
the work, so the web app's POST and the Dask driver share it. Reading problems
are collected, not raised: one bad row never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from eventwire.ingest import Problem, read_inputs
from eventwire.model import Article
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from eventwire.store.database import Store


@dataclass
class IngestSummary:
    new: int = 0
    known: int = 0
    rejected: int = 0
    events: int = 0
    problems: list[Problem] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"articles: {self.new} new, {self.known} already stored, {self.rejected} rejected;"
            f" events stored: {self.events}"
        )


def read_articles(paths: Sequence[str], options: Options) -> tuple[list[Article], list[Problem]]:
    """Everything readable from the inputs, plus what could not be read."""
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for item in read_inputs(paths, date_override=options.date_override,
                            max_bytes=options.max_bytes):
        if isinstance(item, Problem):
            problems.append(item)
        elif item.id not in seen:
            seen.add(item.id)
            articles.append(item)
    return articles, problems


def ingest_articles(
    articles: Iterable[Article],
    store: Store,
    pipeline: Pipeline,
    *,
    on_article: Callable[[Article], None] | None = None,
) -> IngestSummary:
    """Store new articles with their events, one transaction each; the merged
    events their events touch are recomputed in the same transaction (Store.add).

    Known articles are skipped before parsing, so a re-run costs a lookup per
    article and changes nothing, merged events included.
    """
    summary = IngestSummary()
    fresh: list[Article] = []
    for article in articles:
        if store.has_article(article.id):
            summary.known += 1
            if on_article:
                on_article(article)
        else:
            fresh.append(article)
    for article, events in pipeline.extract_many(fresh):
        outcome = store.add(article, events)
        if outcome.new:
            summary.new += 1
            summary.events += outcome.events
        else:
            summary.known += 1
        if on_article:
            on_article(article)
    return summary
