"""Partitions, the Parquet codec and the staging folder, without a cluster (issue 8).

The events a worker sends back must read back equal to what it extracted, or a
cluster run would store something else than a single-process run.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from eventwire.errors import InputError
from eventwire.model import Actor, Article, Event, Evidence, Location, Plover
from eventwire.options import Options
from eventwire.scale.parquet import (
    EVENT_SCHEMA,
    articles_from_table,
    articles_table,
    event_from_record,
    events_by_article,
    events_table,
    from_parquet_bytes,
    to_parquet_bytes,
)
from eventwire.scale.partitions import (
    ArticleFailure,
    PartitionJob,
    PipelineCache,
    extract_partition,
    options_fingerprint,
    run_partition,
    split,
)
from eventwire.scale.staging import MANIFEST, Staging
from tests.support import gold_articles


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return gold_articles(6)


@pytest.fixture(scope="module")
def extracted(pipeline, articles) -> list[tuple[Article, list[Event]]]:
    return list(pipeline.extract_many(articles))


def handmade_event() -> Event:
    """Every optional field set, including what to_record leaves out (org)."""
    return Event(
        event_id="e1", article_ids=("a1", "a2"),
        source=Actor("the court", "igo:ICC", "International Criminal Court", "ICC", None, "igo",
                     None, org="ICC"),
        target=None, cameo="1711", cameo_root="17", cameo_name="Confiscate property",
        quad_class=4, goldstein=-9.2, plover=Plover("SEIZE", None), status="reported",
        evidence=(Evidence("a1", "Ünïcode “quotes” — dash.", 0, 24, "seized", "r.1", 3, 9),
                  Evidence("a2", "Second.", 5, 12, "took", "r.2")),
        date="2023-10", date_precision="month",
        location=Location("Bishkek", "KGZ", 42.8700000001, 74.59), mentions=2, sources=2,
    )


def test_events_read_back_equal_from_parquet(extracted):
    assert sum(len(evs) for _, evs in extracted) > 5, "the corpus should give events"
    data = to_parquet_bytes(events_table(extracted))
    back = events_by_article(from_parquet_bytes(data, EVENT_SCHEMA))
    for article, events in extracted:
        assert back.get(article.id, []) == events
        assert [e.to_json() for e in back.get(article.id, [])] == [e.to_json() for e in events]


def test_every_field_survives_including_nulls_and_org():
    event = handmade_event()
    article = Article(id="a1", text="x")
    table = from_parquet_bytes(to_parquet_bytes(events_table([(article, [event])])), EVENT_SCHEMA)
    (back,) = events_by_article(table)["a1"]
    assert back == event
    assert back.source is not None and back.source.org == "ICC"
    assert back.goldstein == -9.2 and back.location == event.location
    assert back.to_record() == event.to_record()


def test_from_record_reads_a_plain_output_record():
    event = handmade_event()
    back = event_from_record(json.loads(event.to_json()))
    assert back.to_record() == event.to_record()


def test_articles_round_trip():
    articles = [Article(id="a", text="Text.\nMore", url="http://x", source="wire",
                        published=date(2023, 10, 11), title="T", place="MOSCOW", ref="r1",
                        origin="f.csv:3"), Article(id="b", text="Bare.")]
    assert articles_from_table(articles_table(articles)) == articles


def test_split_is_deterministic_and_keyed_by_options_and_ids(articles):
    first = split(articles, 4, Options())
    assert [len(p.articles) for p in first] == [4, 2]
    assert [p.key for p in split(articles, 4, Options())] == [p.key for p in first]
    assert split(articles, 4, Options(batch_size=3))[0].key != first[0].key
    assert split(list(reversed(articles)), 4, Options())[0].key != first[0].key
    assert options_fingerprint(Options(extras={"note": 1})) == options_fingerprint(Options())
    with pytest.raises(InputError):
        split(articles, 0, Options())


def test_a_failing_article_is_skipped_and_the_rest_extracted(pipeline, articles, extracted):
    bad = articles[2]

    def check(article: Article) -> None:
        if article.id == bad.id:
            raise ValueError("injected\nsecond line")

    out = extract_partition(pipeline, articles, check)
    assert out.failures == [ArticleFailure(bad.id, bad.origin, "ValueError: injected")]
    expected = [(a, evs) for a, evs in extracted if a.id != bad.id]
    assert out.results == expected


def test_an_article_over_max_bytes_is_reported_by_id(pipeline, articles):
    limit = sorted(len(a.text.encode()) for a in articles)[3]  # the longest two are over
    small = dataclasses.replace(pipeline, options=Options(max_bytes=limit))
    out = extract_partition(small, articles)
    too_big = {a.id for a in articles if len(a.text.encode()) > limit}
    assert len(too_big) == 2
    assert {f.article_id for f in out.failures} == too_big
    assert all(f.error.startswith("ArticleTooLarge: article is") for f in out.failures)
    assert {a.id for a, _ in out.results} == {a.id for a in articles} - too_big


def test_staging_writes_reads_and_removes(tmp_path, pipeline, articles, extracted):
    part = split(articles, 3, Options())[0]
    result = run_partition(part, PartitionJob(Options()), pipeline=pipeline)
    assert result.article_ids == part.ids and result.failures == ()
    staging = Staging.beside(tmp_path / "events.duckdb")
    assert staging.root == tmp_path / "events.duckdb.staging"
    assert not staging.is_staged(part.key)
    failure = ArticleFailure("zz", "f.txt", "ValueError: x")
    staging.write(part.key, part.articles, result.events_parquet, [failure])
    assert staging.is_staged(part.key) and staging.keys() == [part.key]
    staged = staging.read(part.key)
    assert staged.articles == list(part.articles)
    assert staged.failures == [failure]
    for article, events in extracted[:3]:
        assert staged.events.get(article.id, []) == events
    staging.remove(part.key)
    staging.tidy()
    assert not staging.root.exists()


def test_a_partition_without_manifest_is_not_staged(tmp_path, articles):
    staging = Staging.beside(tmp_path / "s.duckdb")
    staging.write("k1", articles[:1], to_parquet_bytes(events_table([])), [])
    (staging.folder("k1") / MANIFEST).unlink()  # killed before the manifest landed
    assert not staging.is_staged("k1") and staging.keys() == []
    staging.write("k1", articles[:1], to_parquet_bytes(events_table([])), [])
    assert staging.is_staged("k1")
    staging.tidy()
    assert staging.root.exists(), "tidy keeps a staging folder that still holds partitions"


def test_the_cache_loads_once_per_options_and_ships_empty():
    import pickle

    cache = PipelineCache()
    first = cache.get(Options())
    assert cache.get(Options(extras={"note": "ignored"})) is first
    assert cache.loads == 1
    shipped = pickle.loads(pickle.dumps(cache))
    assert shipped.loads == 0 and shipped._pipeline is None
    cache.clear()
    assert cache._pipeline is None


def test_a_memory_error_fails_the_partition_not_the_article(pipeline, articles):
    """Out of memory is the worker's trouble: Dask retries the partition rather
    than every article being skipped as if it were bad."""

    def check(article: Article) -> None:
        raise MemoryError("worker out of memory")

    with pytest.raises(MemoryError):
        extract_partition(pipeline, articles[:2], check)
