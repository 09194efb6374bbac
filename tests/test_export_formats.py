"""Exports round-trip (issue 6): each format, re-read by a standard reader (json,
csv, pyarrow), gives back the store's events."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.model import Actor, Article
from eventwire.output import FLAT_COLUMNS, flatten
from eventwire.store.database import Store
from eventwire.store.ecosystem import GDELT_COLUMNS, gdelt_event_id
from eventwire.store.export import export
from tests.test_merge_rule import make_event

CIS = Actor("the CIS", "igo:CIS", "Commonwealth of Independent States", "CIS", None, "igo")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("x") / "s.duckdb"
    a1 = Article(id="a" * 16, text="Putin visited Kyrgyzstan.\nMore text here.",
                 source="Wire", url="https://wire.example/1", published=date(2023, 10, 12))
    a2 = Article(id="b" * 16, text="Intro line.\nPutin arrived in Bishkek on Thursday.",
                 published=date(2023, 10, 12))
    a3 = Article(id="c" * 16, text="Putin said the CIS matters.", published=date(2023, 10, 13))
    with Store(path) as store:
        store.add(a1, [make_event(a1.id)])
        store.add(a2, [make_event(a2.id, n=2)])  # evidence starts after the first line
        statement = make_event(a3.id, "010", target=CIS, day=None, precision=None,
                               status="asserted", location=None)
        store.add(a3, [replace(statement, plover=None)])  # PLOVER drops CAMEO 01
    return path


def _facts(db) -> list[dict]:
    with Store(db, read_only=True) as store:
        return list(store.facts())


def _cell(value) -> str:
    return "" if value is None else str(value)


def test_jsonl_round_trip(db, tmp_path):
    out = tmp_path / "e.jsonl"
    with Store(db, read_only=True) as store:
        assert export(store, "jsonl", out) == 2
    assert [json.loads(x) for x in out.read_text().splitlines()] == _facts(db)


def test_csv_round_trip(db, tmp_path):
    out = tmp_path / "e.csv"
    with Store(db, read_only=True) as store:
        export(store, "csv", out)
    with out.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == [{k: _cell(v) for k, v in flatten(r).items()} for r in _facts(db)]
    assert list(rows[0]) == list(FLAT_COLUMNS)


def test_parquet_round_trip(db, tmp_path):
    out = tmp_path / "e.parquet"
    with Store(db, read_only=True) as store:
        export(store, "parquet", out)
    assert pq.read_table(out).to_pylist() == [flatten(r) for r in _facts(db)]


def test_gdelt_round_trip(db, tmp_path):
    out = tmp_path / "e.tsv"
    with Store(db, read_only=True) as store:
        assert export(store, "gdelt", out) == 2
    with out.open(newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(GDELT_COLUMNS) == 61 and list(rows[0]) == list(GDELT_COLUMNS)
    by_id = {int(r["GlobalEventID"]): r for r in rows}
    facts = _facts(db)
    assert set(by_id) == {gdelt_event_id(f["event_id"]) for f in facts}
    visit = next(f for f in facts if f["cameo"] == "042")
    row = by_id[gdelt_event_id(visit["event_id"])]
    assert (row["Day"], row["MonthYear"], row["Year"]) == ("20231012", "202310", "2023")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("042", "042", "04")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert row["Actor1Code"] == "RUSGOV" and row["Actor1CountryCode"] == "RUS"
    assert row["Actor1Type1Code"] == "GOV" and row["Actor2Code"] == "KGZ"
    assert row["QuadClass"] == "1" and float(row["GoldsteinScale"]) == visit["goldstein"]
    assert row["ActionGeo_FullName"] == "Bishkek" and float(row["ActionGeo_Lat"]) == 42.87
    assert row["SOURCEURL"] == "https://wire.example/1"
    assert row["IsRootEvent"] == "1"  # the first article's sentence is in its lead
    assert row["AvgTone"] == "" and row["ActionGeo_CountryCode"] == ""
    statement = next(r for r in rows if r["EventCode"] == "010")
    assert statement["Day"] == "" and statement["Actor2KnownGroupCode"] == "CIS"


def test_plover_round_trip(db, tmp_path):
    out = tmp_path / "e.jsonl"
    with Store(db, read_only=True) as store:
        assert export(store, "plover", out) == 1  # CAMEO 010 has no PLOVER type
    (record,) = [json.loads(x) for x in out.read_text().splitlines()]
    visit = next(f for f in _facts(db) if f["cameo"] == "042")
    assert record["id"] == visit["event_id"] and record["date"] == visit["date"]
    assert record["event"] == ["CONSULT"] and record["mode"] == ["visit"]
    assert record["source"][0]["code"] == "RUS" and record["source"][0]["sector"] == "GOV"
    assert record["recipient"][0]["identifier_id"] == "state:KGZ"
    assert record["event_loc"]["cc3"] == "KGZ"
    assert record["mentions"] == 2 and record["articles"] == 2
    assert len(record["event_text"]) == 2


def test_per_article_export_and_cli(db, tmp_path):
    out = tmp_path / "e.jsonl"
    result = CliRunner().invoke(app, ["export", str(out), "--db", str(db), "--per-article"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        events = list(store.records())
    assert [json.loads(x) for x in out.read_text().splitlines()] == events
    assert len(events) == 3
    gdelt = tmp_path / "e.tsv"
    result = CliRunner().invoke(app, ["export", str(gdelt), "--db", str(db), "-f", "gdelt"])
    assert result.exit_code == 0 and gdelt.read_text().startswith("GlobalEventID\tDay\t")
