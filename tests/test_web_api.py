"""Issue 7: the HTTP API and the pages, in process (FastAPI's TestClient), over a store
the tests build by ingesting the user's story and the bundled example.

What must hold: every page answers with real data and links to a JSON twin; the
API's filters give what ``eventwire events/dyads/timeline`` give; cursors walk every
row once; highlights cover the evidence; bad input is a 422 naming the parameter;
the store stays read-only unless ingest is allowed; markup is escaped.
"""

from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app as cli_app
from tests.test_web_support import INJECTED_TEXT, STORY, injected_article, shared_store

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)
TestClient = pytest.importorskip("fastapi.testclient").TestClient

PAGES = ["/", "/events", "/events?country=KGZ&root=04", "/timeline", "/timeline?by=week&group=quad",
         "/map", "/network", "/articles", "/actors", "/actors?q=putin", "/travel",
         "/travel?person=Vladimir+Putin", "/docs"]


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, request) -> Path:
    return shared_store(tmp_path_factory, request)


@pytest.fixture(scope="module")
def client(web_db):
    from eventwire.web import create_app

    with TestClient(create_app(web_db)) as c:
        yield c


def _cli(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli_app, [*args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def _all_events(client, query: str) -> list[dict]:
    out, url = [], f"/api/events?{query}"
    while url:
        body = client.get(url).json()
        out += body["events"]
        url = body["next"]
    return out


# -- pages and twins ------------------------------------------------------------------
@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_json_twin(client, path):
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    twin = re.search(r'id="twin" href="([^"]+)"|href="([^"]+)" id="twin"', page.text)
    assert twin, "the page links to its JSON twin"
    target = (twin.group(1) or twin.group(2)).replace("&amp;", "&")
    data = client.get(target)
    assert data.status_code == 200 and data.headers["content-type"] == "application/json"
    assert data.json()


def test_pages_show_real_data(client, web_db):
    events = client.get("/events?country=KGZ").text
    assert "Sadyr Japarov" in events and "KGZGOV" in events
    assert 'class="bar"' in client.get("/timeline").text
    assert 'class="country" data-iso3="KGZ"' in client.get("/map").text
    assert 'data-party="KGZ"' in client.get("/network").text
    assert "Vladimir Putin" in client.get("/actors/person:vladimir-putin").text
    if STORY.exists():
        travel = client.get("/travel?person=Vladimir+Putin").text
        assert "Kyrgyzstan" in travel and "not an ICC state party" in travel


# -- events -------------------------------------------------------------------------
@pytest.mark.parametrize("query,cli_args", [
    ("country=KGZ", ["--country", "KGZ"]),
    ("root=04&sort=-mentions", ["--root", "04", "--sort", "-mentions"]),
    ("actor=Putin&status=planned", ["--actor", "Putin", "--status", "planned"]),
    ("dyad=RUS-KGZ&since=2023-10-01&until=2023-10-31",
     ["--dyad", "RUS-KGZ", "--since", "2023-10-01", "--until", "2023-10-31"]),
    ("quad=4&status=asserted&status=negated", ["--quad", "4", "--status", "asserted",
                                               "--status", "negated"]),
    ("per_article=true&text=talks", ["--per-article", "--text", "talks"]),
])
def test_events_match_the_cli(client, web_db, query, cli_args):
    expected = _cli("events", "--db", str(web_db), *cli_args)
    got = _all_events(client, query + "&limit=500")
    assert [e["event_id"] for e in got] == [e["event_id"] for e in expected]
    assert got == expected  # the same records, field for field


@pytest.mark.parametrize("sort", ["date", "-date", "-mentions", "goldstein", "-code", "articles"])
def test_cursor_pages_walk_every_event_once(client, sort):
    whole = client.get(f"/api/events?sort={sort}&limit=500&status=asserted&status=planned"
                       "&status=reported&status=negated&status=hypothetical").json()["events"]
    paged = _all_events(client, f"sort={sort}&limit=4&status=asserted&status=planned"
                                "&status=reported&status=negated&status=hypothetical")
    assert len(whole) > 8
    assert [e["event_id"] for e in paged] == [e["event_id"] for e in whole]


def test_event_with_its_evidence(client):
    merged = max(_all_events(client, "limit=500"), key=lambda e: e["mentions"])
    body = client.get(f"/api/events/{merged['event_id']}").json()
    assert body["kind"] == "merged" and body["event"]["evidence"] == merged["evidence"]
    assert len(body["event"]["evidence"]) == merged["mentions"] >= 2
    assert set(body["articles"]) >= {ev["article_id"] for ev in merged["evidence"]}
    member = body["event"]["members"][0]
    one = client.get(f"/api/events/{member}").json()
    assert one["kind"] == "per-article" and one["fact_id"] == merged["event_id"]
    assert client.get("/api/events/ffffffffffffffff").status_code == 404


# -- articles, actors ---------------------------------------------------------------------
def test_article_highlights_cover_each_evidence(client):
    listed = client.get("/api/articles").json()["articles"]
    assert len(listed) >= 2
    for item in listed:
        body = client.get(f"/api/articles/{item['id']}").json()
        text = body["article"]["text"]
        assert len(body["events"]) == item["events"]
        for event in body["events"]:
            covered = {i for h in body["highlights"] if event["event_id"] in h["event_ids"]
                       for i in range(h["start"], h["end"])}
            wanted = {i for ev in event["evidence"] for i in range(ev["start"], ev["end"])}
            assert covered == wanted
            for ev in event["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["sentence"]


def test_actor_search_and_resolution_over_time(client):
    found = client.get("/api/actors?q=putin").json()["actors"]
    assert found[0]["actor_id"] == "person:vladimir-putin" and found[0]["events"] > 0
    body = client.get("/api/actors/person:vladimir-putin").json()
    assert body["actor"]["code"] == "RUSGOV"
    assert any(r["code"] == "RUSGOV" and r["mentions"] >= 1 for r in body["resolutions"])
    assert sum(r["mentions"] for r in body["resolutions"]) == len(body["mentions"])
    assert any(p["role"] == "head of state" and p["curated"] for p in body["periods"])
    assert client.get("/api/actors/person:nobody-at-all").status_code == 404


# -- aggregates ---------------------------------------------------------------------------
def test_dyads_and_timeline_match_the_cli(client, web_db):
    dyads = client.get("/api/dyads?by=month&root=04").json()["rows"]
    assert dyads == _cli("dyads", "--db", str(web_db), "--by", "month", "--root", "04")
    rows = client.get("/api/timeline?by=week&group=quad&country=RUS").json()["rows"]
    assert rows == _cli("timeline", "--db", str(web_db), "--by", "week", "--group", "quad",
                        "--country", "RUS")


def test_timeline_bars_link_to_their_events(client):
    body = client.get("/api/timeline?by=month&group=root").json()
    assert body["bars"]
    for bar in body["bars"]:
        events = _all_events(client, bar["events_url"].split("?", 1)[1])
        assert len(events) == bar["events"], bar
        assert all(bar["since"] <= e["date"] <= bar["until"] for e in events)


def test_map_counts_places_and_countries(client):
    body = client.get("/api/map").json()
    assert body["countries"] and body["places"]
    for iso3, n in list(body["countries"].items())[:5]:
        located = [e for e in _all_events(client, f"place={iso3}&limit=500")
                   if (e["location"] or {}).get("country") == iso3]
        assert len(located) == n


def test_network_edges_are_the_dyads(client):
    body = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e["events"] for e in body["edges"]}
    dyads = {(r["source"], r["target"]): r["events"] for r in body["dyads"]
             if r["source"] != r["target"]}
    assert edges == dyads and ("RUS", "KGZ") in edges


@pytest.mark.skipif(not STORY.exists(), reason="the user's story is not in ../shared")
def test_travel_lists_the_story_trips(client):
    trips = client.get("/api/travel?person=Vladimir Putin").json()["trips"]
    kgz = [t for t in trips if t["host_country"] == "KGZ" and t["date"] == "2023-10-12"]
    assert kgz and kgz[0]["host_member"] is False and kgz[0]["flagged"] is False
    assert kgz[0]["membership"] == "not an ICC state party"


# -- validation and safety ---------------------------------------------------------------
@pytest.mark.parametrize("query,name", [
    ("quad=9", "quad"), ("code=abc", "code"), ("root=21", "root"), ("since=2023-13-01", "since"),
    ("dyad=RUS", "dyad"), ("sort=bogus", "sort"), ("limit=0", "limit"), ("limit=501", "limit"),
    ("cursor=bm90LWpzb24", "cursor"), ("cursor=%3Cx%3E", "cursor"), ("country=RUSSIA", "country"),
    ("status=maybe", "status"), ("code=05&root=04", "code"),
    ("since=2024-01-02&until=2024-01-01", "until"), ("actor=" + "x" * 201, "actor"),
    ("per_article=true&sort=articles", "sort"),
])
def test_bad_parameters_are_422_naming_the_parameter(client, query, name):
    api = client.get(f"/api/events?{query}")
    assert api.status_code == 422
    assert any(name in e["loc"] for e in api.json()["detail"])
    page = client.get(f"/events?{query}")
    assert page.status_code == 422 and name in page.text


def test_other_422s(client):
    cursor = client.get("/api/events?limit=1").json()["next_cursor"]
    assert client.get(f"/api/events?sort=-date&cursor={cursor}").status_code == 422
    assert client.get("/api/timeline?by=decade").status_code == 422
    assert client.get("/api/dyads?min_events=0").status_code == 422
    assert client.get("/api/travel?person=Putin&org=NOPE").status_code == 422
    assert client.get("/api/articles/not-hex").status_code == 422
    assert client.get("/articles/not-hex").status_code == 422


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/app.py", "/static/%2e%2e%2fapp.py",
                                  "/static/..%2Fweb%2Fapp.py", "/../../etc/passwd",
                                  "/static/countries-110m.geojson"])
def test_no_request_path_reaches_the_file_system(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_markup_in_articles_is_escaped(client):
    article = injected_article()
    page = client.get(f"/articles/{article.id}")
    assert page.status_code == 200
    assert "<script>window" not in page.text and "<img src=x" not in page.text
    shown = re.search(r'<article class="text" id="article-text">(.*?)</article>', page.text,
                      re.S)
    assert shown
    plain = re.sub(r"</?mark[^>]*>", "", shown.group(1))  # highlights cut the text in pieces
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in plain
    assert "&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt;" in plain
    assert "&lt;b onmouseover=" in page.text  # the title, shown as text
    assert client.get(f"/api/articles/{article.id}").json()["article"]["text"] == INJECTED_TEXT
    (event,) = client.get("/api/events?text=onerror").json()["events"]
    shown_event = client.get(f"/events/{event['event_id']}").text
    assert "<img src=x" not in shown_event and "&lt;img src=x onerror=" in shown_event
    assert "content-security-policy" in page.headers
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_docs_are_offline_and_the_schema_is_served(client):
    docs = client.get("/docs").text
    assert "/api/events" in docs and "cursor" in docs
    assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', docs)
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/actors",
            "/api/dyads", "/api/timeline", "/api/map", "/api/network",
            "/api/travel"} <= set(schema["paths"])
    assert "post" not in schema["paths"]["/api/articles"]  # read-only app


def test_read_only_store_refuses_posts(client, web_db):
    before = client.get("/api").json()["counts"]
    response = client.post("/api/articles", content="Putin visited China.",
                           headers={"content-type": "text/plain"})
    assert response.status_code == 405
    assert client.get("/api").json()["counts"] == before


# -- ingest -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ingest_client(web_db, tmp_path_factory, pipeline):
    from eventwire.web import create_app

    copy = tmp_path_factory.mktemp("ingest") / "w.duckdb"
    shutil.copy(web_db, copy)
    with TestClient(create_app(copy, allow_ingest=True, max_body=4000,
                               pipeline=pipeline)) as c:
        yield c


def test_post_text_returns_its_events_once(ingest_client):
    text = "October 2, ANKARA – Recep Tayyip Erdogan visited Azerbaijan on Monday."
    first = ingest_client.post("/api/articles", content=text,
                               headers={"content-type": "text/plain"})
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["new"] is True and body["events"]
    assert any(e["cameo"].startswith("04") for e in body["events"])
    assert set(body["facts"]) == {e["event_id"] for e in body["events"]}
    again = ingest_client.post("/api/articles", content=text,
                               headers={"content-type": "text/plain"})
    assert again.status_code == 200 and again.json()["new"] is False
    assert again.json()["events"] == body["events"]
    assert ingest_client.get(body["url"]).status_code == 200


def test_post_json_keeps_title_and_date(ingest_client):
    record = {"text": "Olaf Scholz met Emmanuel Macron in Paris on Tuesday.",
              "title": "Scholz in Paris", "published": "2024-05-08", "source": "Test Wire"}
    response = ingest_client.post("/api/articles", json=record)
    assert response.status_code == 201, response.text
    stored = ingest_client.get(f"/api/articles/{response.json()['article_id']}").json()
    assert stored["article"]["title"] == "Scholz in Paris"
    assert stored["article"]["published"] == "2024-05-08"


@pytest.mark.parametrize("body,content_type,status", [
    (b"{not json", "application/json", 422),
    (b'{"title": "no text"}', "application/json", 422),
    (b"[1, 2]", "application/json", 422),
    (b"   ", "text/plain", 422),
    (b"\xff\xfe\x00", "text/plain", 422),
    (b"<p>html</p>", "text/html", 422),
    (b"x" * 4001, "text/plain", 413),
])
def test_bad_posts_are_refused(ingest_client, body, content_type, status):
    before = ingest_client.get("/api").json()["counts"]
    response = ingest_client.post("/api/articles", content=body,
                                  headers={"content-type": content_type})
    assert response.status_code == status, response.text
    assert ingest_client.get("/api").json()["counts"] == before


def test_streamed_body_over_the_cap_is_refused(ingest_client):
    def chunks():
        for _ in range(10):
            yield b"y" * 1000

    response = ingest_client.post("/api/articles", content=chunks(),
                                  headers={"content-type": "text/plain"})
    assert response.status_code == 413


def test_serve_refuses_a_missing_store_in_one_line(tmp_path):
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0
    assert "no such store" in str(result.exception)


def test_empty_form_fields_mean_no_filter(client):
    plain = client.get("/api/events?limit=500").json()["events"]
    empty = client.get("/api/events?limit=500&actor=&country=&quad=&since=&until=&code=")
    assert empty.status_code == 200 and empty.json()["events"] == plain
