"""Partitions and the work a Dask worker does on one.

Why partitions: one task per article would drown the scheduler in tiny tasks
and lose spaCy's batching; one task per worker would make a failure or a slow
worker cost a large share of the run. A partition is a run of consecutive
articles whose key is a hash of the options and the article ids, so the same
command splits the same input into the same keys, and a restarted run knows
which partitions it already has.

Why a worker plugin: loading the pipeline (spaCy model, knowledge base,
patterns) takes seconds and hundreds of MB. ``PipelinePlugin`` holds one
``PipelineCache`` per worker process; its ``setup`` loads the pipeline as
soon as it is registered, and every task on that worker reuses it. The cache
holds one pipeline, for the Options it was last asked for, and can be
cleared: no module state.

Why the per-article fallback: an article that makes the pipeline raise must
not cost its partition. A partition is extracted in spaCy batches; when a
batch raises, the articles not yet done are retried one at a time and the
ones that still raise are reported by id and skipped. A MemoryError is the
worker's trouble, not the article's: it fails the partition, and Dask retries it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin, get_worker

from eventwire.errors import InputError
from eventwire.ingest.problem import too_big
from eventwire.model import Article, Event, content_hash
from eventwire.options import Options
from eventwire.scale.parquet import events_table, to_parquet_bytes

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

DEFAULT_PARTITION_SIZE = 64
PLUGIN_NAME = "eventwire-pipeline"

# Not the article's fault but the worker's: they fail the partition, which Dask
# then retries (elsewhere, if the worker is gone) instead of skipping articles.
WORKER_ERRORS: tuple[type[BaseException], ...] = (MemoryError,)

# Called on each article on the worker before it is extracted; raising skips
# the article. The test suite uses it to make a chosen article fail.
Check = Callable[[Article], None]


@dataclass(frozen=True, slots=True)
class Partition:
    key: str
    articles: tuple[Article, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.articles)

    def only(self, articles: Sequence[Article]) -> Partition:
        """The same partition (same key) holding only some of its articles."""
        return Partition(self.key, tuple(articles))


@dataclass(frozen=True, slots=True)
class ArticleFailure:
    """An article a worker could not extract: skipped, never stored."""

    article_id: str
    where: str  # the article's origin ("news/a.csv:7") for the user to find it
    error: str  # "ValueError: ..." on one line

    def __str__(self) -> str:
        return f"article {self.article_id} ({self.where}): {self.error}; skipped"

    @classmethod
    def of(cls, article: Article, exc: BaseException) -> ArticleFailure:
        return cls(article.id, article.ref or article.origin, one_line(exc))

    def to_record(self) -> dict[str, str]:
        return {"article_id": self.article_id, "where": self.where, "error": self.error}


@dataclass(frozen=True, slots=True)
class Extracted:
    results: list[tuple[Article, list[Event]]]
    failures: list[ArticleFailure]


@dataclass(frozen=True, slots=True)
class PartitionJob:
    """Everything a worker needs besides the articles; small and picklable."""

    options: Options
    check: Check | None = None


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a worker sends back: the extracted ids, their events as a Parquet
    file in memory, and the articles it skipped."""

    key: str
    article_ids: tuple[str, ...]
    events_parquet: bytes
    events: int
    failures: tuple[ArticleFailure, ...]
    worker: str
    seconds: float


class ArticleTooLarge(ValueError):
    """An article over ``Options.max_bytes`` reached a worker (the readers
    reject those, but a library caller may hand over anything)."""


# -- splitting ----------------------------------------------------------------------
def options_fingerprint(options: Options) -> str:
    """A stable hash of the options that change what is extracted.

    Part of every partition key: a run with other dictionaries must not reuse
    partitions staged by this one. ``extras`` holds notes only and is left out,
    as it is from ``Options.__eq__``.
    """
    parts = [f"{f.name}={getattr(options, f.name)!r}" for f in fields(options) if f.compare]
    return content_hash(*parts)


def split(articles: Sequence[Article], size: int, options: Options) -> list[Partition]:
    """Consecutive runs of ``size`` articles, keyed by options and ids."""
    if size < 1:
        raise InputError("--partition-size", f"must be 1 or more, not {size}")
    fingerprint = options_fingerprint(options)
    out = []
    for start in range(0, len(articles), size):
        chunk = tuple(articles[start:start + size])
        out.append(Partition(content_hash(fingerprint, *(a.id for a in chunk), length=20), chunk))
    return out


# -- extraction ---------------------------------------------------------------------
def extract_partition(pipeline: Pipeline, articles: Sequence[Article],
                      check: Check | None = None) -> Extracted:
    """Events of every article that can be extracted; the others as failures."""
    results: list[tuple[Article, list[Event]]] = []
    try:
        for pair in pipeline.extract_many(_guarded(articles, pipeline.options, check)):
            results.append(pair)
        return Extracted(results, [])
    except WORKER_ERRORS:
        raise
    except Exception:  # any article error: fall back to one at a time
        pass
    failures: list[ArticleFailure] = []
    # extract_many yields in input order, so what it finished is a prefix
    for article in articles[len(results):]:
        try:
            guard(article, pipeline.options, check)
            results.append((article, pipeline.extract(article)))
        except WORKER_ERRORS:
            raise
        except Exception as exc:  # reported by id, the partition goes on
            failures.append(ArticleFailure.of(article, exc))
    return Extracted(results, failures)


def guard(article: Article, options: Options, check: Check | None) -> None:
    size = len(article.text.encode("utf-8"))
    if size > options.max_bytes:
        raise ArticleTooLarge(too_big(size, options.max_bytes))
    if check is not None:
        check(article)


def _guarded(articles: Sequence[Article], options: Options,
             check: Check | None) -> Iterator[Article]:
    for article in articles:
        guard(article, options, check)
        yield article


def one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


# -- the pipeline, once per worker --------------------------------------------------
class PipelineCache:
    """The pipeline for the Options asked for last; loads only when they change."""

    def __init__(self) -> None:
        self._options: Options | None = None
        self._pipeline: Pipeline | None = None
        self.loads = 0  # how many times a pipeline was loaded (tests check it is 1)

    def get(self, options: Options) -> Pipeline:
        if self._pipeline is None or self._options != options:
            from eventwire.pipeline import Pipeline

            self._pipeline = None  # free the old model before loading the next
            self._pipeline = Pipeline.load(options)
            self._options = options
            self.loads += 1
        return self._pipeline

    def clear(self) -> None:
        self._options = None
        self._pipeline = None

    def __getstate__(self) -> dict[str, Any]:
        """Ship empty: a loaded model never travels between processes."""
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline when a worker starts (or when registered) and keeps it.

    ``idempotent``: registering again (a second run on the same cluster) keeps
    the loaded pipeline instead of loading it again on every worker.
    """

    name = PLUGIN_NAME
    idempotent = True

    def __init__(self, options: Options) -> None:
        self.options = options
        self.cache = PipelineCache()

    def setup(self, worker: Any) -> None:
        self.cache.get(self.options)

    def teardown(self, worker: Any) -> None:
        self.cache.clear()


def worker_pipeline(options: Options) -> Pipeline:
    """The calling worker's pipeline for ``options`` (from its plugin)."""
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PipelinePlugin):
        raise RuntimeError(f"no {PLUGIN_NAME} plugin on this worker; the driver registers"
                           " PipelinePlugin before submitting partitions")
    return plugin.cache.get(options)


def worker_loads(dask_worker: Any) -> int:
    """How many pipelines this worker has loaded: ``client.run(worker_loads)``
    (``client.run`` passes the worker in as ``dask_worker``)."""
    plugin = dask_worker.plugins.get(PLUGIN_NAME)
    return plugin.cache.loads if isinstance(plugin, PipelinePlugin) else 0


def run_partition(partition: Partition, job: PartitionJob,
                  pipeline: Pipeline | None = None) -> PartitionResult:
    """The task: extract a partition and pack its events as Parquet.

    ``pipeline`` is for running a partition outside Dask (tests, a driver
    without a cluster); on a worker the plugin's pipeline is used.
    """
    started = time.perf_counter()
    if pipeline is None:
        pipeline = worker_pipeline(job.options)
        worker = str(get_worker().address)
    else:
        worker = "local"
    extracted = extract_partition(pipeline, partition.articles, job.check)
    return PartitionResult(
        key=partition.key,
        article_ids=tuple(a.id for a, _ in extracted.results),
        events_parquet=to_parquet_bytes(events_table(extracted.results)),
        events=sum(len(evs) for _, evs in extracted.results),
        failures=tuple(extracted.failures),
        worker=worker,
        seconds=time.perf_counter() - started,
    )
