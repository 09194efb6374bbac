"""Issue 7: the pages in a real headless Chromium (Debian's ``chromium`` package,
driven by Playwright's Python API; never ``playwright install``).

One server (uvicorn on loopback, in a thread) and one browser serve the whole
module. The tests load each page, use the filters, click from a timeline bar
through the events to an article, check that each event's highlight covers
exactly its evidence text, and check that script injected through an article
never runs. They skip only when ``/usr/bin/chromium`` is missing (CI installs it).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.test_web_support import injected_article, shared_store

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = ["--no-sandbox", "--headless", "--disable-background-networking",
                "--disable-component-update", "--disable-default-apps", "--disable-sync",
                "--no-first-run", "--disable-gpu", "--disable-dev-shm-usage"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing (apt-get install chromium)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, request):
    from eventwire.web import create_app
    from eventwire.web.server import background

    app = create_app(shared_store(tmp_path_factory, request))
    with background(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh page that records script errors and any request leaving the server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.outside = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("request", lambda req: None if req.url.startswith(base_url)
           else tab.outside.append(req.url))
    yield tab
    assert tab.errors == [], tab.errors
    assert tab.outside == [], "pages must not reach the network"
    context.close()


@pytest.mark.parametrize("path,selector", [
    ("/", ".count"),
    ("/events", "#events-table tbody tr"),
    ("/timeline", "#timeline-chart a.bar"),
    ("/map", "#world-map a.country"),
    ("/network", "#network a.node"),
    ("/articles", "table.data tbody tr"),
    ("/actors", "#actors-table tbody tr"),
    ("/actors/person:vladimir-putin", "#resolutions tbody tr"),
    ("/travel?person=Vladimir+Putin", "#trips tbody tr"),
    ("/docs", "section.op"),
])
def test_each_page_loads_with_data(page, base_url, path, selector):
    response = page.goto(base_url + path)
    assert response is not None and response.status == 200
    assert page.locator(selector).count() > 0


def test_quick_filter_and_column_sort(page, base_url):
    page.goto(base_url + "/events")
    rows = page.locator("#events-table tbody tr")
    total = rows.count()
    page.fill("input[data-filter-table=events-table]", "japarov")
    visible = page.locator("#events-table tbody tr:not(.hidden)")
    assert 0 < visible.count() < total
    assert all("japarov" in t.lower() for t in visible.all_inner_texts())
    assert page.inner_text("#shown") == str(visible.count())
    page.fill("input[data-filter-table=events-table]", "")
    page.click("#events-table thead th:nth-child(7)")  # goldstein, ascending
    page.click("#events-table thead th:nth-child(7)")  # then descending
    scores = [float(v) for v in page.eval_on_selector_all(
        "#events-table tbody tr td:nth-child(7)", "cells => cells.map(c => c.dataset.value)")
        if v]
    assert scores == sorted(scores, reverse=True) and len(scores) > 3


def test_filter_form_narrows_the_table(page, base_url):
    page.goto(base_url + "/events")
    page.fill("#filters input[name=country]", "KGZ")
    page.select_option("#filters select[name=quad]", "1")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?*country=KGZ*")
    query = parse_qs(urlsplit(page.url).query)
    assert query["country"] == ["KGZ"] and query["quad"] == ["1"]
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0
    assert all("KGZ" in t for t in rows.all_inner_texts())


def _highlight_of(page, event_id: str) -> str:
    return page.eval_on_selector_all(
        "#article-text mark.hl",
        "(marks, id) => marks.filter(m => m.dataset.events.split(' ').includes(id))"
        ".map(m => m.textContent).join('')", event_id)


def test_timeline_bar_to_events_to_article(page, base_url):
    page.goto(base_url + "/timeline?by=month&group=root&country=KGZ")
    bar = page.locator("#timeline-chart a.bar").first
    expected = int(bar.get_attribute("data-events") or 0)
    bar.locator("rect").click()
    page.wait_for_url("**/events?*since=*")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == expected > 0
    link = rows.first.locator("a.article-link").first
    link.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("#article-text mark.hl").count() > 0
    first = page.locator("ol.event-list li").first
    event_id = first.get_attribute("data-event-id")
    first.hover()
    panel = page.inner_text("#record")
    assert event_id in panel
    record = page.evaluate(f"() => fetch('/api/events/{event_id}').then(r => r.json())")
    assert record["event"]["cameo"] in panel
    assert page.locator("#article-text mark.hl.active").count() > 0
    page.locator("#article-text mark.hl").first.hover()
    assert page.inner_text("#record").strip()


def test_highlights_cover_the_evidence_text(page, base_url):
    articles = page.request.get(base_url + "/api/articles").json()["articles"]
    checked = 0
    for item in articles:
        body = page.request.get(f"{base_url}/api/articles/{item['id']}").json()
        page.goto(f"{base_url}/articles/{item['id']}")
        text = body["article"]["text"]
        assert page.inner_text("#article-text").replace("\n", "") == text.replace("\n", "")
        for event in body["events"]:
            spans = sorted({(ev["start"], ev["end"]) for ev in event["evidence"]})
            wanted = "".join(text[s:e] for s, e in _merged(spans))
            assert _highlight_of(page, event["event_id"]) == wanted
            checked += 1
    assert checked > 10


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def test_injected_script_never_runs(page, base_url):
    article = injected_article()
    page.goto(f"{base_url}/articles/{article.id}")
    shown = page.inner_text("#article-text")
    assert "<script>window.__pwned = 1</script>" in shown
    assert '<img src=x onerror="window.__pwned = 2">' in shown
    assert "<b onmouseover=" in page.inner_text("h1")
    page.locator("#article-text mark.hl").first.hover()
    page.hover("h1")
    for path in ("/events?text=onerror", "/articles", "/actors?q=%3Cscript%3E",
                 "/events?actor=%3Cscript%3Ewindow.__pwned%3D5%3C/script%3E"):
        page.goto(base_url + path)
    event_id = page.request.get(base_url + "/api/events?text=onerror").json()["events"][0]
    page.goto(f"{base_url}/events/{event_id['event_id']}")
    assert "onerror" in page.inner_text("ol.evidence")
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#article-text img, main script, ol.evidence img").count() == 0


def test_map_country_click_filters_events(page, base_url):
    page.goto(base_url + "/map")
    country = page.locator('#world-map a.country[data-iso3="KGZ"]')
    expected = int(country.get_attribute("data-events") or 0)
    country.locator("path").dispatch_event("click")
    page.wait_for_url("**/events?*place=KGZ*")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= expected > 0
