"""The DuckDB store: idempotent, transactional, and faithful to the record."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import StoreError
from eventwire.model import Actor, Article, Event, Evidence, Location, Plover
from eventwire.store.database import Store
from eventwire.store.export import export
from eventwire.store.query import EventFilter


def _article(text: str = "Putin visited Bishkek on Thursday.") -> Article:
    return Article(id=Article.make_id(text), text=text, source="Wire")


def _event(article: Article, code: str = "042", status: str = "asserted", n: int = 0) -> Event:
    return Event(
        event_id=f"ev{code}{status}{n}",
        article_ids=(article.id,),
        source=Actor("Putin", "person:vladimir-putin", "Vladimir Putin", "RUSGOV", "RUS",
                     "person", "head of state"),
        target=Actor("Bishkek", "state:KGZ", "Kyrgyzstan", "KGZGOV", "KGZ", "government"),
        cameo=code, cameo_root=code[:2], cameo_name="Make a visit", quad_class=1,
        goldstein=1.9, plover=Plover("CONSULT", "visit"), status=status,  # type: ignore[arg-type]
        evidence=(Evidence(article.id, article.text, 0, len(article.text), "visited",
                           "core.visit.v.042", 6, 13),),
        date="2023-10-12", date_precision="day",
        location=Location("Bishkek", "KGZ", 42.87, 74.59),
    )


def test_add_is_idempotent(tmp_path):
    db = tmp_path / "s.duckdb"
    art = _article()
    with Store(db) as store:
        first = store.add(art, [_event(art)])
        second = store.add(art, [_event(art)])
        counts = store.counts()
    assert first.new and first.events == 1
    assert not second.new and second.events == 0
    assert counts == {"articles": 1, "events": 1, "evidence": 1, "actors": 2, "facts": 1}


def test_failed_article_leaves_store_unchanged(tmp_path):
    db = tmp_path / "s.duckdb"
    good, bad = _article("One."), _article("Two.")
    with Store(db) as store:
        store.add(good, [_event(good)])

        class Boom(Event):
            def to_json(self) -> str:  # fails mid-transaction, after the article row
                raise KeyboardInterrupt

        ev = _event(bad, n=1)
        boom = Boom(**{f: getattr(ev, f) for f in Event.__dataclass_fields__})
        with pytest.raises(KeyboardInterrupt):
            store.add(bad, [boom])
        assert store.counts()["articles"] == 1
        assert not store.has_article(bad.id)
    with Store(db, read_only=True) as store:
        assert store.counts()["events"] == 1


def test_records_round_trip_and_filters(tmp_path):
    db = tmp_path / "s.duckdb"
    art = _article()
    original = _event(art)
    with Store(db) as store:
        store.add(art, [original, _event(art, "173", "negated", 2)])
        everything = list(store.records())
        where, params = EventFilter(code="04").to_sql()
        visits = list(store.records(where, params))
        where, params = EventFilter().to_sql()
        default = list(store.records(where, params))
        where, params = EventFilter(country="kgz", text="bishkek").to_sql()
        by_country = list(store.records(where, params))
    assert original.to_record() in everything
    assert [r["cameo"] for r in visits] == ["042"]
    assert [r["status"] for r in default] == ["asserted"]  # negated is not shown by default
    assert len(by_country) == 1


def test_exports(tmp_path):
    import pyarrow.parquet as pq

    db = tmp_path / "s.duckdb"
    art = _article()
    with Store(db) as store:
        store.add(art, [_event(art), _event(art, "173", "negated", 2)])
        assert export(store, "jsonl", tmp_path / "e.jsonl") == 2
        assert export(store, "csv", tmp_path / "e.csv") == 2
        assert export(store, "parquet", tmp_path / "e.parquet") == 2
        with pytest.raises(StoreError):
            export(store, "xml", tmp_path / "e.xml")
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert {json.loads(line)["cameo"] for line in lines} == {"042", "173"}
    csv_lines = (tmp_path / "e.csv").read_text().splitlines()
    assert csv_lines[0].startswith("event_id,date,")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 2 and "source_code" in table.column_names
    assert set(table.column("source_code").to_pylist()) == {"RUSGOV"}


def test_read_only_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
