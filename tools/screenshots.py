"""Screenshots of every page of the web view, for the README (``docs/screenshots/``).

Usage: python tools/screenshots.py [--db FILE] [--out docs/screenshots]

Without ``--db`` it builds a store in a temporary folder from the user's story
(``../shared/examples/kyrgyzstan-visit.txt`` when present), the bundled example and
the gold texts (``eval/gold/*.jsonl``): the data the README describes. It serves the
app on loopback in a thread and drives Debian's Chromium (``/usr/bin/chromium``)
through Playwright; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STORY = REPO.parent / "shared" / "examples" / "kyrgyzstan-visit.txt"
EXAMPLE = REPO / "src" / "eventwire" / "data" / "examples" / "summit-week.txt"
GOLD = REPO / "eval" / "gold"
CHROMIUM = Path("/usr/bin/chromium")
FULL_PAGE = ("overview", "article", "network", "travel", "event")  # the others: first screen
BROWSER_ARGS = ["--no-sandbox", "--headless", "--disable-background-networking",
                "--disable-component-update", "--disable-default-apps", "--disable-sync",
                "--no-first-run", "--disable-gpu"]


def build_store(path: Path) -> None:
    from eventwire.ingestion import ingest_articles, read_articles
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline
    from eventwire.store.database import Store

    inputs = [str(p) for p in (STORY, EXAMPLE) if p.exists()]
    inputs += [str(p) for p in sorted(GOLD.glob("*.jsonl"))]
    articles, problems = read_articles(inputs, Options())
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    with Store(path) as store:
        summary = ingest_articles(articles, store, Pipeline.load())
    print(summary.line(), file=sys.stderr)


def shoot(db: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from eventwire.web import create_app
    from eventwire.web.server import background

    out.mkdir(parents=True, exist_ok=True)
    app = create_app(db)
    saved = []
    with background(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.goto(f"{base}/api/events?country=KGZ&limit=1")
        first = page.evaluate("() => JSON.parse(document.body.innerText).events[0]")
        article_id = first["evidence"][0]["article_id"]
        page.goto(f"{base}/api/articles?q=scheduled%20to%20go%20to%20Kyrgyzstan")
        story = page.evaluate("() => JSON.parse(document.body.innerText).articles")
        if story:  # the user's story, when it was ingested
            article_id = story[0]["id"]
        shots = [
            ("overview", "/"),
            ("events", "/events?country=KGZ"),
            ("timeline", "/timeline?by=week&group=quad&since=2023-09-01&until=2024-12-31"),
            ("map", "/map"),
            ("network", "/network"),
            ("article", f"/articles/{article_id}"),
            ("actor", "/actors/person:vladimir-putin"),
            ("travel", "/travel?person=Vladimir+Putin"),
            ("event", f"/events/{first['event_id']}"),
            ("docs", "/docs"),
        ]
        for name, path in shots:
            page.goto(base + path)
            if name == "article":
                page.hover("mark.hl >> nth=0")
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=name in FULL_PAGE)
            saved.append(target)
        browser.close()
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: build one)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "screenshots.duckdb"
            build_store(db)
        for path in shoot(db, args.out):
            print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


if __name__ == "__main__":
    main()
