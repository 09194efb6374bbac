"""Ingest on a real Dask LocalCluster of 2 worker processes (issue 8).

Pins what the issue's "Done when" asks: the cluster stores exactly what one
process stores, and a run stopped halfway finishes on a re-run without
duplicating anything. Also: a failing article is reported by id and skipped, a
failing partition is retried a bounded number of times, and the CLI drives it.
The cluster is started once for the module; each worker loads the small model
once (~2-4 s), so the module takes well under a minute on two cores.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from eventwire.ingestion import ingest_articles
from eventwire.model import Article
from eventwire.options import Options
from eventwire.scale import ingest_on_cluster, open_client, parse_address, split
from eventwire.scale.partitions import PartitionJob, run_partition, worker_loads
from eventwire.scale.staging import Staging
from eventwire.store.database import Store
from tests.support import gold_articles

MARK = "INJECTED-FAILURE"


def fail_on_mark(article: Article) -> None:
    """The test's hook: runs on the worker before each article is extracted."""
    if MARK in article.text:
        raise ValueError("this article was made to fail")


@dataclass(frozen=True)
class BreakPartition:
    """Fails every attempt at a marked article's partition, or only the first
    ``times`` attempts; counts attempts in a file shared by all processes."""

    log: Path
    times: int | None = None

    def __call__(self, article: Article) -> None:
        if MARK not in article.text:
            return
        with self.log.open("a", encoding="utf-8") as f:
            f.write("attempt\n")
        attempts = len(self.log.read_text(encoding="utf-8").splitlines())
        if self.times is None or attempts <= self.times:
            # the worker's trouble, not the article's: fails the whole partition
            raise MemoryError(f"attempt {attempts}")


class Stop(Exception):
    """Stands in for the driver being killed."""


@pytest.fixture(scope="module")
def client():
    with open_client(parse_address("local:2")) as c:
        yield c


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return gold_articles(12)


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Everything a user can read back, in a canonical order."""
    with Store(db, read_only=True) as store:
        q = store.con.execute
        return {
            "articles": sorted(q("SELECT id, text, published, origin FROM articles").fetchall()),
            "events": sorted(q("SELECT event_id, article_id, record FROM events").fetchall()),
            "evidence": sorted(q("SELECT * FROM evidence").fetchall()),
            "actors": sorted(q("SELECT * FROM actors").fetchall()),
            "facts": sorted(q("SELECT event_id, record FROM facts").fetchall()),
        }


@pytest.fixture(scope="module")
def reference(tmp_path_factory, pipeline, corpus) -> dict[str, list[tuple]]:
    """The single-process store of the corpus: what every cluster run must equal."""
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    with Store(db) as store:
        summary = ingest_articles(corpus, store, pipeline)
    assert summary.new == len(corpus) and summary.events > 20
    return table_rows(db)


def test_cluster_stores_the_same_events_as_one_process(client, corpus, reference, tmp_path):
    db = tmp_path / "cluster.duckdb"
    seen = []
    summary = ingest_on_cluster(corpus, db, Options(), client, partition_size=4,
                                on_partition=seen.append)
    assert (summary.workers, summary.partitions, summary.computed) == (2, 3, 3)
    assert (summary.new, summary.known, summary.rejected) == (12, 0, 0)
    assert summary.events == len(reference["events"])
    assert [o.via for o in seen] == ["computed"] * 3
    assert table_rows(db) == reference
    assert not Staging.beside(db).root.exists(), "the staging folder is cleaned up"
    # the pipeline was loaded once per worker process, not once per partition
    assert set(client.run(worker_loads).values()) == {1}
    again = ingest_on_cluster(corpus, db, Options(), client, partition_size=4)
    assert (again.stored, again.new, again.known, again.events) == (3, 0, 12, 0)


def test_a_run_stopped_halfway_finishes_on_rerun(client, pipeline, corpus, reference,
                                                 tmp_path):
    db = tmp_path / "restart.duckdb"
    size = 3
    parts = split(corpus, size, Options())

    def stop_after_first(outcome):
        raise Stop(outcome.key)

    # 1. the driver dies after loading one partition (the others were in flight)
    with pytest.raises(Stop) as info:
        ingest_on_cluster(corpus, db, Options(), client, partition_size=size,
                          on_partition=stop_after_first)
    loaded_key = str(info.value)
    with Store(db) as store:
        assert store.counts()["articles"] == size
    # 2. another partition was staged but the run died before loading all of it
    staged = next(p for p in parts if p.key != loaded_key)
    result = run_partition(staged, PartitionJob(Options()), pipeline=pipeline)
    staging = Staging.beside(db)
    staging.write(staged.key, staged.articles, result.events_parquet, ())
    with Store(db) as store:
        store.add(staged.articles[0], pipeline.extract(staged.articles[0]))
    # the same command again
    outcomes = []
    summary = ingest_on_cluster(corpus, db, Options(), client, partition_size=size,
                                on_partition=outcomes.append)
    via = {o.key: o.via for o in outcomes}
    assert via[loaded_key] == "stored" and via[staged.key] == "staged"
    assert (summary.stored, summary.staged, summary.computed) == (1, 1, 2)
    assert (summary.new, summary.known) == (len(corpus) - size - 1, size + 1)
    assert table_rows(db) == reference
    assert not staging.root.exists()


def test_a_failing_article_is_reported_by_id_and_skipped(client, corpus, reference, tmp_path):
    bad = Article(id=Article.make_id(f"{MARK} Russia condemned the move."),
                  text=f"{MARK} Russia condemned the move.", origin="bad.txt")
    articles = [*corpus[:5], bad, *corpus[5:]]  # second partition of four
    db = tmp_path / "failing.duckdb"
    summary = ingest_on_cluster(articles, db, Options(), client, partition_size=4,
                                check=fail_on_mark)
    assert [(f.article_id, f.where) for f in summary.failures] == [(bad.id, "bad.txt")]
    assert "ValueError: this article was made to fail" in summary.failures[0].error
    assert (summary.new, summary.rejected, summary.failed) == (12, 1, 0)
    assert table_rows(db) == reference  # its partition's other three articles are stored
    # a re-run tries the failed article again, and only it
    again = ingest_on_cluster(articles, db, Options(), client, partition_size=4,
                              check=fail_on_mark)
    assert (again.computed, again.stored, again.new, again.rejected) == (1, 3, 0, 1)


def test_a_failing_partition_is_retried_a_bounded_number_of_times(client, corpus, tmp_path):
    bad = Article(id=Article.make_id(f"{MARK} Kyiv said."), text=f"{MARK} Kyiv said.",
                  origin="bad.txt")
    articles = [*corpus[:2], bad]
    flaky = BreakPartition(tmp_path / "flaky.log", times=1)
    ok = ingest_on_cluster(articles, tmp_path / "flaky.duckdb", Options(), client,
                           partition_size=3, retries=2, check=flaky)
    assert (ok.computed, ok.failed, ok.new) == (1, 0, 3), "the retry succeeded"
    broken = BreakPartition(tmp_path / "broken.log")
    db = tmp_path / "broken.duckdb"
    failed = ingest_on_cluster(articles, db, Options(), client, partition_size=3, retries=2,
                               check=broken)
    assert len(broken.log.read_text().splitlines()) == 3, "one try and two retries"
    assert (failed.failed, failed.new) == (1, 0)
    assert [f.article_id for f in failed.failures] == [a.id for a in articles]
    assert "failed 3 times: MemoryError: attempt 3" in failed.failures[0].error
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 0


def test_cli_ingest_on_a_local_cluster(corpus, reference, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [{"text": a.text, "date": a.published.isoformat() if a.published else None}
            for a in corpus[:6]]
    (folder / "articles.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    exe = Path(sys.executable).with_name("eventwire")
    proc = subprocess.run(
        [str(exe), "ingest", str(folder), "--dask", "local:2", "--partition-size", "2",
         "--db", str(db)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "articles: 6 new, 0 already stored, 0 rejected; events stored:" in proc.stderr
    assert "dask: 3 partitions on 2 workers: 3 computed" in proc.stderr
    ids = {a.id for a in corpus[:6]}
    with Store(db, read_only=True) as store:
        stored = sorted(store.con.execute("SELECT event_id, record FROM events").fetchall())
    assert stored == sorted((e, r) for e, a, r in reference["events"] if a in ids)
