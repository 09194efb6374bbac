"""Issue 6, done when: `eventwire travel "Vladimir Putin"` after ingesting the user's
story shows the planned Kyrgyzstan visit on 2023-10-12 and the planned China trip
the next week, neither host an ICC state party; a visit to an ICC state party
(Mongolia, 2024-09-03) is flagged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.actors.kb import default_kb
from eventwire.cli import app
from eventwire.ingestion import ingest_articles, read_articles
from eventwire.options import Options
from eventwire.store.database import Store
from eventwire.travel.trips import TRIP_FIELDS, leg_of, resolve_traveller, trips
from eventwire.travel.warrants import load_index

FIXTURES = Path(__file__).parent / "fixtures" / "merge"


def _store(path: Path, inputs: list[str], pipeline) -> Path:
    articles, problems = read_articles(inputs, Options())
    assert not problems
    with Store(path) as store:
        ingest_articles(articles, store, pipeline)
    return path


@pytest.fixture(scope="module")
def story_db(tmp_path_factory, story_path, pipeline) -> Path:
    return _store(tmp_path_factory.mktemp("story") / "s.duckdb", [str(story_path)], pipeline)


@pytest.fixture(scope="module")
def mongolia_db(tmp_path_factory, pipeline) -> Path:
    return _store(tmp_path_factory.mktemp("mng") / "s.duckdb",
                  [str(FIXTURES / "mongolia-visit.jsonl")], pipeline)


def _travel(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["travel", "Vladimir Putin", "--db", str(db),
                                      "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_story_shows_planned_kyrgyzstan_and_china_trips(story_db):
    found = _travel(story_db)
    by_host = {(t["host_country"], t["date"]): t for t in found}
    kgz = by_host[("KGZ", "2023-10-12")]
    assert kgz["status"] == "planned" and kgz["date_precision"] == "day"
    assert kgz["host_member"] is False and kgz["membership"] == "not an ICC state party"
    assert kgz["under_warrant"] is True and kgz["flagged"] is False
    assert kgz["person"] == "Vladimir Putin" and kgz["org"] == "ICC"
    assert kgz["host_name"] == "Kyrgyzstan"
    china = [t for t in found if t["host_country"] == "CHN"]
    assert len(china) == 1
    assert china[0]["status"] == "planned" and china[0]["date"] == "2023-10-16"
    assert china[0]["date_precision"] == "week" and china[0]["host_member"] is False
    assert not any(t["flagged"] for t in found)
    for trip in found:
        assert list(trip)[:len(TRIP_FIELDS)] == list(TRIP_FIELDS)


def test_visit_to_a_state_party_is_flagged(mongolia_db):
    (trip,) = _travel(mongolia_db)
    assert (trip["host_country"], trip["date"], trip["status"]) == ("MNG", "2024-09-03",
                                                                    "happened")
    assert trip["host_member"] is True and trip["under_warrant"] is True
    assert trip["flagged"] is True
    assert len(trip["event_ids"]) == 2  # "Putin visits" and "Mongolia hosts" are one trip


def test_since_and_org_options(mongolia_db, story_db):
    assert _travel(story_db, "--since", "2023-10-13") == [
        t for t in _travel(story_db) if t["date"] >= "2023-10-16"]
    (eu,) = _travel(mongolia_db, "--org", "EU")
    assert eu["org"] == "EU" and eu["host_member"] is False and eu["flagged"] is False
    bad = CliRunner().invoke(app, ["travel", "Putin", "--db", str(mongolia_db),
                                   "--org", "NOPE"])
    assert bad.exit_code != 0


def test_warrant_dates_decide_the_flag(mongolia_db):
    kb = default_kb()
    index = load_index(kb)
    with Store(mongolia_db, read_only=True) as store:
        (trip,) = trips(store, kb, index, "person:vladimir-putin", since=date(2024, 1, 1))
        before = [t for t in trips(store, kb, index, "Vladimir Putin")
                  if t.date and t.date < "2023-03-17"]
    assert trip.flagged and not before


def test_domestic_events_are_not_trips():
    kb = default_kb()
    who = resolve_traveller(kb, "Vladimir Putin")
    home = {"event_id": "x", "cameo": "042", "status": "asserted", "date": "2023-10-12",
            "date_precision": "day",
            "source": {"actor_id": "person:vladimir-putin", "country": "RUS"},
            "target": {"actor_id": "igo:CIS", "code": "CIS", "country": None},
            "location": {"name": "Moscow", "country": "RUS"}}
    assert leg_of(home, who) is None
    meeting = {**home, "cameo": "044", "location": {"name": "Astana", "country": "KAZ"}}
    leg = leg_of(meeting, who)
    assert leg is not None and leg.host == "KAZ" and leg.kind == "meeting"
    hosting = {**home, "cameo": "043", "location": None}
    assert leg_of(hosting, who) is None  # he hosts: not his trip
