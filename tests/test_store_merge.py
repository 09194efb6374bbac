"""Merged facts in the store: kept in step with each article, transactional,
idempotent, independent of ingestion order, and rebuildable from the events."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import StoreError
from eventwire.model import Actor, Article, Event
from eventwire.store.database import Store
from tests.test_merge_rule import LAVROV, PUTIN, make_event

CHINA = Actor("China", "state:CHN", "China", "CHN", "CHN", "state")


def article(text: str, *, source: str | None = None, url: str | None = None,
            published: date | None = date(2023, 10, 12)) -> Article:
    return Article(id=Article.make_id(text), text=text, source=source, url=url,
                   published=published)


def visit_articles() -> list[tuple[Article, list[Event]]]:
    """Four reports of one visit (one with two sentences) and one unrelated fact."""
    plan = article("Putin will visit Kyrgyzstan on Thursday.", source="Wire A",
                   published=date(2023, 10, 10))
    came = article("Putin arrived in Bishkek. He was greeted at the airport.",
                   url="https://www.b.example/x")
    told = article("The Kremlin said Putin was in Kyrgyzstan on October 12.")
    other = article("Putin visited China on October 18.", source="Wire A",
                    published=date(2023, 10, 18))
    return [
        (plan, [make_event(plan.id, status="planned")]),
        (came, [make_event(came.id), make_event(came.id, n=1, sentence="He was greeted.")]),
        (told, [make_event(told.id, status="reported")]),
        (other, [make_event(other.id, target=CHINA, day="2023-10-18", location=None)]),
    ]


def ingest(db, items) -> list[dict]:
    with Store(db) as store:
        for art, events in items:
            store.add(art, events)
        return list(store.facts())


def test_one_visit_from_many_articles(tmp_path):
    facts = ingest(tmp_path / "s.duckdb", visit_articles())
    visits = [f for f in facts if f["target"]["country"] == "KGZ"]
    assert len(facts) == 2 and len(visits) == 1
    v = visits[0]
    assert (v["mentions"], v["sources"], v["articles"]) == (4, 3, 3)
    assert v["status"] == "asserted"
    statuses = [h["status"] for h in v["status_history"]]
    assert statuses[0] == "planned" and sorted(statuses[1:]) == ["asserted", "asserted",
                                                                 "reported"]
    assert v["status_history"][0]["note"].startswith("planned on 2023-10-10 from Wire A")
    assert {h["outlet"] for h in v["status_history"]} >= {"Wire A", "b.example"}


def test_ingestion_order_does_not_change_merged_output(tmp_path):
    items = visit_articles()
    forward = ingest(tmp_path / "a.duckdb", items)
    backward = ingest(tmp_path / "b.duckdb", list(reversed(items)))
    shuffled = ingest(tmp_path / "c.duckdb", [items[2], items[0], items[3], items[1]])
    assert forward == backward == shuffled  # same records, same order (date, then id)
    assert len(forward) == 2


def test_reingest_changes_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    items = visit_articles()
    before = ingest(db, items)
    with Store(db) as store:
        outcomes = [store.add(a, evs) for a, evs in items]
        after = list(store.facts())
        counts = store.counts()
    assert not any(o.new for o in outcomes)
    assert after == before
    assert counts["facts"] == 2 and counts["events"] == 5


def test_bad_article_keeps_stored_facts(tmp_path):
    db = tmp_path / "s.duckdb"
    items = visit_articles()
    before = ingest(db, items[:2])
    bad = article("Putin flew to Bishkek again on October 12.")

    class Boom(Event):
        def to_json(self) -> str:  # fails after the article row is written
            raise RuntimeError("disk full")

    ev = make_event(bad.id)
    boom = Boom(**{f: getattr(ev, f) for f in Event.__dataclass_fields__})
    with Store(db) as store:
        with pytest.raises(RuntimeError):
            store.add(bad, [boom])
        assert list(store.facts()) == before
        assert not store.has_article(bad.id)


def test_rebuild_gives_the_same_facts(tmp_path):
    db = tmp_path / "s.duckdb"
    incremental = ingest(db, visit_articles())
    with Store(db) as store:
        summary = store.rebuild_facts()
        rebuilt = list(store.facts())
    assert rebuilt == incremental
    assert (summary.events, summary.facts, summary.merged_events) == (5, 2, 4)


def test_old_store_is_upgraded_and_read_only_old_store_says_what_to_do(tmp_path):
    db = tmp_path / "s.duckdb"
    expected = ingest(db, visit_articles())
    with Store(db) as store:  # make it look like a store written before merging
        for table in ("facts", "fact_members", "fact_history", "merge_blocks"):
            store.con.execute(f"DROP TABLE {table}")
        store.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError, match="merge --rebuild"):
            list(store.facts())
    with Store(db) as store:
        assert list(store.facts()) == expected


def test_per_article_events_are_kept(tmp_path):
    db = tmp_path / "s.duckdb"
    items = visit_articles()
    ingest(db, items)
    with Store(db, read_only=True) as store:
        events = list(store.records())
    stored = sorted(e["event_id"] for e in events)
    assert stored == sorted(ev.event_id for _, evs in items for ev in evs)
    assert all(e["mentions"] == 1 and "members" not in e for e in events)


def test_person_ids_keep_two_visitors_apart(tmp_path):
    a = article("Putin visited Bishkek on October 12.")
    b = article("Lavrov visited Bishkek on October 12.")
    facts = ingest(tmp_path / "s.duckdb", [(a, [make_event(a.id, source=PUTIN)]),
                                          (b, [make_event(b.id, source=LAVROV)])])
    assert len(facts) == 2


def test_merge_command_reports_and_rebuilds(tmp_path):
    db = tmp_path / "s.duckdb"
    ingest(db, visit_articles())
    with Store(db) as store:
        store.con.execute("DELETE FROM facts")  # damage the merged table only
    shown = CliRunner().invoke(app, ["merge", "--db", str(db)])
    assert shown.exit_code == 0 and "-> 0 merged events" in shown.output
    rebuilt = CliRunner().invoke(app, ["merge", "--db", str(db), "--rebuild"])
    assert rebuilt.exit_code == 0
    assert "5 per-article events -> 2 merged events (4 events merged" in rebuilt.output
