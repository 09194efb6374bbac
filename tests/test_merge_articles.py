"""Issue 6, done when: articles written in different words by different outlets
about Putin's 2023-10-12 Kyrgyzstan visit, with the user's story, give one merged
visit event with the right counts, whatever order they are ingested in."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingestion import ingest_articles, read_articles
from eventwire.options import Options
from eventwire.store.database import Store
from eventwire.store.query import EventFilter

FIXTURES = Path(__file__).parent / "fixtures" / "merge"


@pytest.fixture(scope="module")
def articles(story_path):
    found, problems = read_articles(
        [str(story_path), str(FIXTURES / "kyrgyzstan-visit.jsonl")], Options())
    assert not problems and len(found) == 4
    return found


def _visits(store: Store, *, merged: bool = True) -> list[dict]:
    where, params = EventFilter(dyad=("RUS", "KGZ"), code="042").to_sql(merged=merged)
    read = store.facts if merged else store.records
    return [r for r in read(where, params) if r["date"] == "2023-10-12"]


def test_one_merged_visit_with_the_right_counts(tmp_path, articles, pipeline):
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest_articles(articles, store, pipeline)
        visits = _visits(store)
        reports = _visits(store, merged=False)
    assert summary.new == 4
    assert len(visits) == 1
    visit = visits[0]
    # 4 articles from 4 outlets: the story (no source or URL: its id is its outlet),
    # Steppe Courier, eurasiawire.example (the URL's domain), and one more without
    assert visit["articles"] == 4
    assert visit["sources"] == 4
    # every report of the visit, however many sentences each article has, is merged
    assert len({r["article_ids"][0] for r in reports}) == 4
    assert sorted(visit["members"]) == sorted(r["event_id"] for r in reports)
    assert visit["mentions"] == len(reports) >= 5
    assert visit["status"] == "asserted"  # planned in the story, then reported as happened
    assert visit["source"]["actor_id"] == "person:vladimir-putin"
    assert visit["target"]["country"] == "KGZ" and visit["location"]["country"] == "KGZ"
    history = visit["status_history"]
    assert [h["article_date"] for h in history] == sorted(h["article_date"] for h in history)
    assert history[0]["status"] == "planned" and history[0]["article_date"] == "2023-10-10"
    assert any(h["status"] == "planned" and h["article_date"] == "2023-10-11"
               for h in history)  # the user's story
    assert {h["outlet"] for h in history} >= {"Steppe Courier", "eurasiawire.example"}
    sentences = {ev["sentence"] for ev in visit["evidence"]}
    assert any("scheduled to go to Kyrgyzstan" in s for s in sentences)
    assert any("arrived in Kyrgyzstan on Thursday" in s for s in sentences)


def test_two_orders_same_merged_output_and_reingest_is_a_no_op(tmp_path, articles, pipeline):
    with Store(tmp_path / "a.duckdb") as store:
        ingest_articles(articles, store, pipeline)
        forward = list(store.facts())
    with Store(tmp_path / "b.duckdb") as store:
        ingest_articles(list(reversed(articles)), store, pipeline)
        backward = list(store.facts())
        again = ingest_articles(articles, store, pipeline)
        after = list(store.facts())
    assert forward == backward
    assert again.new == 0 and again.known == 4
    assert after == backward
