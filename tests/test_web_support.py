"""Issue 7: the store the web tests share, and unit tests of the web view's pure parts
(highlight segments, keyset cursors, chart periods, map projection, network layout).

The store is built once per test session from the user's story (skipped when
absent), the bundled example and one article carrying markup meant to run as
script. It lives at a fixed place under pytest's session temp folder, so the API
tests and the browser tests reuse one build instead of ingesting twice.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.model import Article
from eventwire.store.aggregate import DyadRow, TimelineRow
from eventwire.web import geo
from eventwire.web.charts import goldstein_colour, period_range, timeline_chart
from eventwire.web.highlight import Span, segments, spans_of
from eventwire.web.network import network
from eventwire.web.params import after_cursor, decode_cursor, encode_cursor

REPO = Path(__file__).resolve().parents[1]
STORY = REPO.parent / "shared" / "examples" / "kyrgyzstan-visit.txt"
EXAMPLE = REPO / "src" / "eventwire" / "data" / "examples" / "summit-week.txt"
INJECTED_TITLE = ('<b onmouseover="window.__pwned = 3">Injected</b>'
                  "<script>window.__pwned = 4</script>")
INJECTED_TEXT = (
    "October 11, MOSCOW – Vladimir Putin will visit Kyrgyzstan on October 12, 2023 "
    "<script>window.__pwned = 1</script>, the Kremlin said.\n"
    'Sadyr Japarov met Vladimir Putin in Bishkek <img src=x onerror="window.__pwned = 2">'
    " on Thursday.\n"
)


def injected_article() -> Article:
    return Article(id=Article.make_id(INJECTED_TEXT), text=INJECTED_TEXT,
                   title=INJECTED_TITLE, source="<i>Wire</i>", published=date(2023, 10, 11))


def shared_store(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
                 ) -> Path:
    """The session's web store, built on first use (loads the pipeline only then)."""
    folder = tmp_path_factory.getbasetemp() / "web-store"
    path = folder / "web.duckdb"
    done = folder / "built"
    if done.exists():
        return path
    from eventwire.ingestion import ingest_articles, read_articles
    from eventwire.options import Options
    from eventwire.store.database import Store

    folder.mkdir(exist_ok=True)
    pipeline = request.getfixturevalue("pipeline")
    inputs = [str(p) for p in (STORY, EXAMPLE) if p.exists()]
    articles, problems = read_articles(inputs, Options())
    assert not problems
    with Store(path) as store:
        ingest_articles([*articles, injected_article()], store, pipeline)
    done.write_text("ok")
    return path


# -- highlight segments -------------------------------------------------------------
def test_segments_cover_the_text_and_tag_overlaps():
    text = "Alpha met Beta. Gamma left."
    spans = [Span("e1", 0, 15, False), Span("e2", 6, 27, False), Span("e1", 6, 9, True)]
    parts = segments(text, spans)
    assert "".join(p.text for p in parts) == text
    for event, (start, end) in {"e1": (0, 15), "e2": (6, 27)}.items():
        covered = "".join(p.text for p in parts if event in p.event_ids)
        assert covered == text[start:end]
    (trigger,) = [p for p in parts if p.trigger_ids]
    assert trigger.text == "met" and set(trigger.event_ids) == {"e1", "e2"}


def test_spans_outside_the_text_are_clipped_and_other_articles_ignored():
    records = [{"event_id": "e1", "evidence": [
        {"article_id": "a", "start": 4, "end": 99, "trigger_start": 4, "trigger_end": 6},
        {"article_id": "b", "start": 0, "end": 3},
    ]}]
    spans = spans_of(records, "a")
    assert {(s.start, s.end, s.trigger) for s in spans} == {(4, 99, False), (4, 6, True)}
    parts = segments("0123456789", spans)
    assert "".join(p.text for p in parts if p.event_ids) == "456789"


# -- cursors ----------------------------------------------------------------------------
def test_cursor_round_trip_and_sql():
    record = {"event_id": "abc123", "date": "2023-10-12", "mentions": 3}
    keys, event_id = decode_cursor(encode_cursor("-mentions", record), "-mentions")
    assert keys == [3, date(2023, 10, 12)] and event_id == "abc123"
    where, params = after_cursor("-mentions", keys, event_id)
    assert where.count("?") == len(params)
    assert params[0] == 3 and params[-1] == "abc123"


def test_cursor_keys_follow_the_query_layer_sort_orders():
    from eventwire.store.query import SORTS
    from eventwire.web.params import SORT_KEYS

    assert set(SORT_KEYS) == set(SORTS)
    for name, clause in SORTS.items():
        terms = [t.split() for t in clause.split(",")]
        assert [t[0] for t in terms] == [c for c, _ in SORT_KEYS[name]] + ["event_id"], name
        assert ["DESC" in t for t in terms[:-1]] == [d for _, d in SORT_KEYS[name]], name


def test_cursor_after_a_null_date_only_compares_ids():
    where, params = after_cursor("date", [None], "ff")
    assert where == "((date IS NULL AND event_id > ?))" and params == ["ff"]


# -- charts, map, network ----------------------------------------------------------------
@pytest.mark.parametrize(("period", "by", "first", "last"), [
    ("2023-10-12", "day", date(2023, 10, 12), date(2023, 10, 12)),
    ("2023-10-09", "week", date(2023, 10, 9), date(2023, 10, 15)),
    ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023", "year", date(2023, 1, 1), date(2023, 12, 31)),
])
def test_period_range(period, by, first, last):
    assert period_range(period, by) == (first, last)


def test_timeline_bars_stack_to_their_totals():
    rows = [TimelineRow("2023-10", "04", 3, 3, 1.0), TimelineRow("2023-10", "17", 1, 1, -5.0),
            TimelineRow("2023-11", "04", 2, 2, 1.0)]
    chart = timeline_chart(rows, "month", "root", {"04": "Consult"})
    october = [p for p in chart.parts if p.period == "2023-10"]
    assert sum(p.height for p in october) == pytest.approx(chart.baseline - min(
        p.y for p in chart.parts), abs=0.2)  # the busiest bar reaches the top
    assert {(p.since, p.until) for p in october} == {("2023-10-01", "2023-10-31")}
    assert chart.groups[0] == ("04", "04 Consult", chart.parts[0].colour)


def test_goldstein_colours_run_from_red_to_green():
    assert goldstein_colour(-10) == "#c83228" and goldstein_colour(10) == "#2e8b57"
    assert goldstein_colour(0) == "#969696" and goldstein_colour(None) == "#999999"


def test_map_projection_and_antimeridian():
    assert geo.project(-180, geo.NORTH) == (0.0, 0.0)
    assert geo.project(0, 0)[0] == pytest.approx(500.0)
    world = {c.iso3: c for c in geo.load_world()}
    assert {"KGZ", "RUS", "FJI"} <= set(world) and "ATA" not in world
    for country in (world["RUS"], world["FJI"]):  # no stroke jumps across the whole map
        for piece in country.path.split("M")[1:]:
            xs = [float(p.split(",")[0]) for p in piece.rstrip("Z").split("L")]
            assert max(xs) - min(xs) < 600


def test_network_layout_is_deterministic_and_inside_the_frame():
    rows = [DyadRow("all", "RUS", "KGZ", 5, 9, 3, 4.2), DyadRow("all", "KGZ", "TJK", 2, 2, 1,
                                                                -6.0),
            DyadRow("all", "RUS", "RUS", 1, 1, 1, 1.0), DyadRow("all", "EU", "ARM", 1, 1, 1, 3.0)]
    first = network(rows, {"RUS": "Russia"}, {"RUS", "KGZ", "TJK", "ARM"})
    assert first == network(rows, {"RUS": "Russia"}, {"RUS", "KGZ", "TJK", "ARM"})
    assert {n.party for n in first.nodes} == {"RUS", "KGZ", "TJK", "EU", "ARM"}
    assert all(0 <= n.x <= first.width and 0 <= n.y <= first.height for n in first.nodes)
    assert not any(e.source == e.target for e in first.edges)
    widest = max(first.edges, key=lambda e: e.width)
    assert (widest.source, widest.target, widest.events) == ("RUS", "KGZ", 5)
    assert not next(n for n in first.nodes if n.party == "EU").is_country
