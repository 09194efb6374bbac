"""Reading the store back: filters, sort orders, limits, aggregates and the
`events`, `dyads` and `timeline` commands, on a store built by hand."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import InputError
from eventwire.model import Actor, Article, Location
from eventwire.store.aggregate import dyads, timeline
from eventwire.store.database import Store
from eventwire.store.query import EventFilter, parse_dyad, sort_clause
from tests.test_merge_rule import make_event

CHINA = Actor("China", "state:CHN", "China", "CHN", "CHN", "state")
ARMENIA = Actor("Armenia", "state:ARM", "Armenia", "ARM", "ARM", "state")
BEIJING = Location("Beijing", "CHN", 39.9, 116.4)


def _article(text: str, day: date, source: str) -> Article:
    return Article(id=Article.make_id(text), text=text, source=source, published=day)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "s.duckdb"
    a1 = _article("Putin visited Kyrgyzstan. He visited Bishkek.", date(2023, 10, 12), "A")
    a2 = _article("Putin arrived in Kyrgyzstan.", date(2023, 10, 12), "B")
    a3 = _article("Putin will visit China next week.", date(2023, 10, 12), "A")
    a4 = _article("Russia accused Armenia of ingratitude.", date(2023, 9, 3), "C")
    a5 = _article("Putin did not visit Armenia.", date(2023, 9, 4), "C")
    with Store(path) as store:
        store.add(a1, [make_event(a1.id), make_event(a1.id, n=1, sentence="He visited Bishkek.")])
        store.add(a2, [make_event(a2.id, sentence="Putin arrived in Kyrgyzstan.")])
        store.add(a3, [make_event(a3.id, target=CHINA, day="2023-10-16", precision="week",
                                  status="planned", location=BEIJING,
                                  sentence="Putin will visit China next week.")])
        accuse = make_event(a4.id, "112", target=ARMENIA, day="2023-09-03", location=None,
                            sentence="Russia accused Armenia of ingratitude.")
        store.add(a4, [replace(accuse, quad_class=3, goldstein=-2.0)])
        store.add(a5, [make_event(a5.id, target=ARMENIA, day="2023-09-04", status="negated",
                                  location=None, sentence="Putin did not visit Armenia.")])
    return path


def _facts(db, **kw) -> list[dict]:
    where, params = EventFilter(**kw).to_sql(merged=True)
    with Store(db, read_only=True) as store:
        return list(store.facts(where, params))


def test_filters(db):
    assert len(_facts(db)) == 3  # merged KGZ visit, China plan, accusation; negated hidden
    assert len(_facts(db, statuses=())) == 4
    assert [r["cameo"] for r in _facts(db, code="11")] == ["112"]
    assert [r["target"]["country"] for r in _facts(db, country="chn")] == ["CHN"]
    assert {r["target"]["country"] for r in _facts(db, source="RUSGOV")} == {"KGZ", "CHN",
                                                                            "ARM"}
    assert [r["target"]["country"] for r in _facts(db, dyad=("RUS", "KGZ"))] == ["KGZ"]
    assert _facts(db, dyad=("KGZ", "RUS")) == []
    assert [r["quad_class"] for r in _facts(db, quad=3)] == [3]
    assert [r["status"] for r in _facts(db, statuses=("planned",))] == ["planned"]
    assert [r["date"] for r in _facts(db, since=date(2023, 10, 13))] == ["2023-10-16"]
    assert [r["date"] for r in _facts(db, until=date(2023, 9, 30))] == ["2023-09-03"]
    assert [r["location"]["name"] for r in _facts(db, place="beij")] == ["Beijing"]
    assert [r["target"]["country"] for r in _facts(db, place="KGZ")] == ["KGZ"]
    assert [r["articles"] for r in _facts(db, text="arrived")] == [2]
    assert [r["actor_id"] for r in (f["source"] for f in _facts(db, actor="putin"))] == [
        "person:vladimir-putin"] * 3


def test_values_never_become_sql(db):
    evil = "x' OR '1'='1"
    assert _facts(db, actor=evil) == []
    assert _facts(db, text=evil) == []
    assert _facts(db, place=evil) == []


def test_sort_and_limit(db):
    with Store(db, read_only=True) as store:
        by_mentions = list(store.facts(order=sort_clause("-mentions")))
        newest = list(store.facts(order=sort_clause("-date"), limit=1))
    assert by_mentions[0]["mentions"] == 3
    assert newest[0]["date"] == "2023-10-16"
    with pytest.raises(InputError, match="unknown sort"):
        sort_clause("date; DROP TABLE facts")
    with pytest.raises(InputError):
        sort_clause("-articles", merged=False)


def test_dyads_and_timeline(db):
    with Store(db, read_only=True) as store:
        rows = dyads(store, EventFilter(statuses=()))
        monthly = dyads(store, EventFilter(), by="month")
        line = timeline(store, EventFilter(statuses=()), by="month", group="root")
        quads = timeline(store, EventFilter(), by="week", group="quad")
        with pytest.raises(InputError):
            dyads(store, EventFilter(), by="decade")
    by_pair = {(r.source, r.target): r for r in rows}
    assert by_pair[("RUS", "ARM")].events == 2
    assert by_pair[("RUS", "ARM")].mean_goldstein == pytest.approx((-2.0 + 1.9) / 2)
    assert by_pair[("RUS", "KGZ")].mentions == 3 and by_pair[("RUS", "KGZ")].articles == 2
    assert {(r.period, r.target) for r in monthly} == {("2023-09", "ARM"), ("2023-10", "KGZ"),
                                                       ("2023-10", "CHN")}
    assert [(r.period, r.group, r.events) for r in line] == [
        ("2023-09", "04", 1), ("2023-09", "11", 1), ("2023-10", "04", 2)]
    assert {r.period for r in quads} == {"2023-08-28", "2023-10-09", "2023-10-16"}


def test_parse_dyad():
    assert parse_dyad("rus-kgz") == ("RUS", "KGZ")
    assert parse_dyad("RUS>CIS") == ("RUS", "CIS")
    with pytest.raises(InputError):
        parse_dyad("RUS")


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_events_command(db):
    rows = [json.loads(x) for x in _run("events", "--db", str(db), "--dyad", "RUS-KGZ",
                                        "--format", "jsonl").splitlines()]
    assert len(rows) == 1 and rows[0]["articles"] == 2 and len(rows[0]["members"]) == 3
    per_article = _run("events", "--db", str(db), "--dyad", "RUS-KGZ", "--per-article",
                       "--format", "jsonl").splitlines()
    assert len(per_article) == 3
    table = list(csv.DictReader(io.StringIO(_run(
        "events", "--db", str(db), "--root", "04", "--status", "planned", "--status",
        "asserted", "--sort", "-date", "--limit", "5", "--format", "csv"))))
    assert [r["date"] for r in table] == ["2023-10-16", "2023-10-12"]
    assert table[1]["articles"] == "2"
    bad = CliRunner().invoke(app, ["events", "--db", str(db), "--root", "4"])
    assert bad.exit_code != 0


def test_dyads_and_timeline_commands(db):
    rows = list(csv.DictReader(io.StringIO(_run("dyads", "--db", str(db), "--by", "month",
                                                "--format", "csv"))))
    assert {(r["period"], r["source"], r["target"]) for r in rows} == {
        ("2023-09", "RUS", "ARM"), ("2023-10", "RUS", "KGZ"), ("2023-10", "RUS", "CHN")}
    line = [json.loads(x) for x in _run("timeline", "--db", str(db), "--by", "week",
                                        "--group", "quad", "--format", "jsonl").splitlines()]
    assert sum(r["events"] for r in line) == 3
    assert "per week" in _run("timeline", "--db", str(db), "--by", "week")


def test_new_commands_have_help_with_an_example():
    for command in ("events", "dyads", "timeline", "travel", "export", "merge"):
        assert "Example:" in _run(command, "--help"), command
