"""The driver: partitions out to the workers, staged Parquet back into the store.

The store has one writer, and it is here. For each partition, in order:

1. every article already stored: nothing to do (ids are content hashes, so a
   re-run, or the restart of a killed run, skips what it finished);
2. staged by an earlier run that was stopped before loading it: load it;
3. otherwise submit its unstored articles to the cluster, at most
   ``in_flight`` partitions at a time (the driver's memory and the scheduler's
   queue stay bounded however long the input), retried ``retries`` times by
   Dask if the task raises or its worker dies.

A finished partition is staged as soon as it arrives, and loaded in its turn:
partitions are loaded in input order, so the store is the one a single process
would write, whatever order the workers finish in. Loading is one
``Store.add`` (one transaction, merging included) per article; a partition's
staging folder goes once it is loaded. Loading overlaps with the workers
computing the next partitions.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from eventwire.model import Article, content_hash
from eventwire.options import Options
from eventwire.scale.partitions import (
    DEFAULT_PARTITION_SIZE,
    ArticleFailure,
    Check,
    Partition,
    PartitionJob,
    PipelinePlugin,
    one_line,
    run_partition,
    split,
)
from eventwire.scale.staging import Staging
from eventwire.store.database import Store

if TYPE_CHECKING:
    from distributed import Client, Future

DEFAULT_RETRIES = 2
Via = Literal["computed", "staged", "stored", "failed"]


@dataclass(frozen=True, slots=True)
class PartitionOutcome:
    """One partition done: how it was done and what it added to the store."""

    key: str
    articles: int  # in the partition, stored before or not
    new: int
    known: int
    events: int
    via: Via
    failures: tuple[ArticleFailure, ...] = ()
    worker: str | None = None
    extract_s: float = 0.0  # on the worker
    load_s: float = 0.0  # on the driver, into the store


@dataclass
class ClusterSummary:
    partitions: int = 0
    workers: int = 0
    computed: int = 0
    staged: int = 0  # loaded from the staging folder of an earlier, stopped run
    stored: int = 0  # every article already in the store
    failed: int = 0  # raised on every try; its articles are in ``failures``
    new: int = 0
    known: int = 0
    events: int = 0
    failures: list[ArticleFailure] = field(default_factory=list)
    extract_s: float = 0.0  # summed over partitions: worker time
    load_s: float = 0.0  # summed over partitions: the driver's store time

    @property
    def rejected(self) -> int:
        return len(self.failures)

    def add(self, outcome: PartitionOutcome) -> None:
        if outcome.via == "computed":
            self.computed += 1
        elif outcome.via == "staged":
            self.staged += 1
        elif outcome.via == "stored":
            self.stored += 1
        else:
            self.failed += 1
        self.new += outcome.new
        self.known += outcome.known
        self.events += outcome.events
        self.failures.extend(outcome.failures)
        self.extract_s += outcome.extract_s
        self.load_s += outcome.load_s

    def line(self) -> str:
        return (f"dask: {_count(self.partitions, 'partition')} on"
                f" {_count(self.workers, 'worker')}: {self.computed}"
                f" computed, {self.staged} loaded from staging, {self.stored} already stored,"
                f" {self.failed} failed")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def ingest_on_cluster(
    articles: Sequence[Article],
    store_path: Path | str,
    options: Options,
    client: Client,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    retries: int = DEFAULT_RETRIES,
    in_flight: int | None = None,
    check: Check | None = None,
    on_partition: Callable[[PartitionOutcome], None] | None = None,
) -> ClusterSummary:
    """Extract ``articles`` on the cluster behind ``client`` into the store.

    Gives the same store as ``ingestion.ingest_articles`` with the same options:
    partitions are loaded in input order whatever order they finish in, since
    the first article to name an actor writes its ``actors`` row. ``on_partition``
    is called as each partition is loaded (the CLI's progress).
    """
    if retries < 0:
        raise ValueError(f"retries must be 0 or more, not {retries}")
    unique = list({a.id: a for a in reversed(articles)}.values())[::-1]
    partitions = split(unique, partition_size, options)
    staging = Staging.beside(store_path)
    workers = len(client.scheduler_info().get("workers", {}))
    summary = ClusterSummary(partitions=len(partitions), workers=workers)
    report = on_partition or _ignore
    with Store(store_path) as store:
        steps = [_plan(store, staging, part) for part in partitions]
        compute = [s for s in steps if s.action == "compute"]
        window = in_flight or 2 * max(workers, 1) + 2
        arrivals = _compute(client, staging, compute, PartitionJob(options, check), retries,
                            window)
        arrived: dict[str, _Arrival] = {}
        # closing(): if loading or the caller's callback raises, cancel what is in flight
        with closing(arrivals):
            for step in steps:
                while step.action == "compute" and step.part.key not in arrived:
                    arrival = next(arrivals)
                    arrived[arrival.key] = arrival
                outcome = _finish(store, staging, step, arrived.pop(step.part.key, None))
                summary.add(outcome)
                report(outcome)
    staging.tidy()
    return summary


def _ignore(_outcome: PartitionOutcome) -> None:
    return None


@dataclass(frozen=True, slots=True)
class _Step:
    """What one partition needs: ``pending`` are its articles not yet stored."""

    part: Partition
    pending: tuple[Article, ...]
    action: Literal["stored", "staged", "compute"]

    @property
    def before(self) -> int:
        return len(self.part.articles) - len(self.pending)


@dataclass(frozen=True, slots=True)
class _Arrival:
    """A computed partition, staged on disk, or the error it failed with."""

    key: str
    worker: str | None = None
    error: str | None = None
    seconds: float = 0.0


def _plan(store: Store, staging: Staging, part: Partition) -> _Step:
    pending = tuple(a for a in part.articles if not store.has_article(a.id))
    if not pending:
        staging.remove(part.key)  # loaded, but the run stopped before tidying
        return _Step(part, pending, "stored")
    if staging.is_staged(part.key):
        staged = staging.read(part.key)
        covered = {a.id for a in staged.articles} | {f.article_id for f in staged.failures}
        if covered.issuperset(a.id for a in pending):
            return _Step(part, pending, "staged")
        staging.remove(part.key)  # staged from other articles: compute afresh
    return _Step(part, pending, "compute")


def _finish(store: Store, staging: Staging, step: _Step,
            arrival: _Arrival | None) -> PartitionOutcome:
    """Load one partition (or report it) in its turn."""
    size, key = len(step.part.articles), step.part.key
    if step.action == "stored":
        return PartitionOutcome(key, size, 0, step.before, 0, "stored")
    if arrival is not None and arrival.error is not None:
        failures = tuple(ArticleFailure.of(a, RuntimeError(arrival.error))
                         for a in step.pending)
        return PartitionOutcome(key, size, 0, step.before, 0, "failed", failures)
    via: Via = "staged" if step.action == "staged" else "computed"
    started = time.perf_counter()
    staged = staging.read(key)
    pending = {a.id for a in step.pending}  # a stopped load may have stored some already
    new = known = events = 0
    for article in (a for a in staged.articles if a.id in pending):
        added = store.add(article, staged.events.get(article.id, []))
        if added.new:
            new += 1
            events += added.events
        else:
            known += 1
    staging.remove(key)
    return PartitionOutcome(key, size, new, step.before + known, events, via,
                            tuple(staged.failures), arrival.worker if arrival else None,
                            arrival.seconds if arrival else 0.0,
                            time.perf_counter() - started)


def _compute(client: Client, staging: Staging, steps: Sequence[_Step], job: PartitionJob,
             retries: int, window: int) -> Generator[_Arrival, None, None]:
    """Step 3: keep ``window`` partitions in flight, stage each as it finishes."""
    if not steps:
        return
    from distributed import as_completed

    client.register_plugin(PipelinePlugin(job.options))
    queue = iter(steps)
    running: dict[Future, _Step] = {}
    done = as_completed()

    def submit(step: _Step) -> None:
        part = step.part.only(step.pending)
        future = client.submit(run_partition, part, job, retries=retries, pure=False,
                               key=f"eventwire-partition-{content_hash(part.key, *part.ids)}")
        running[future] = step
        done.add(future)

    try:
        for step in islice(queue, window):
            submit(step)
        for future in done:
            step = running.pop(future)
            arrival = _stage(staging, step, future, retries)
            future.release()
            for later in islice(queue, 1):
                submit(later)
            yield arrival
    finally:
        if running:  # stopped early: leave the cluster idle, not busy for nobody
            client.cancel(list(running))


def _stage(staging: Staging, step: _Step, future: Future, retries: int) -> _Arrival:
    key = step.part.key
    try:
        result = future.result()
    except Exception as exc:  # after Dask's retries: its articles are reported, the run goes on
        return _Arrival(key, error=f"its partition failed {retries + 1} times: {one_line(exc)}")
    extracted = set(result.article_ids)
    staging.write(key, [a for a in step.pending if a.id in extracted], result.events_parquet,
                  result.failures)
    return _Arrival(key, worker=result.worker, seconds=result.seconds)
