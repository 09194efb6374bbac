"""Helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from eventwire.model import Article

REPO = Path(__file__).resolve().parents[1]


def gold_articles(n: int) -> list[Article]:
    """The ``n`` shortest distinct development gold articles: news-style text,
    quick to parse. The held-out file is never read by tests."""
    by_text: dict[str, dict] = {}
    for path in sorted((REPO / "eval" / "gold").glob("*.jsonl")):
        if path.name == "heldout.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                by_text.setdefault(row["text"].strip(), row)
    rows = sorted(by_text.items(), key=lambda kv: (len(kv[0]), kv[0]))[:n]
    return [Article(id=Article.make_id(text), text=text, title=row.get("title"),
                    published=date.fromisoformat(row["date"]) if row.get("date") else None,
                    origin=f"gold:{row.get('id')}") for text, row in rows]


def extract_text(pipeline, text: str, day: date) -> list:
    """Events of one article written for a test, dated ``day``."""
    return pipeline.extract(Article(id=Article.make_id(text), text=text, published=day))


def coded_events(pipeline, text: str, day: date
                 ) -> list[tuple[str, str | None, str | None, str]]:
    """(code, source party, target party, status) of each event of a test
    article, in the order found."""
    return [(e.cameo, e.source.party if e.source else None,
             e.target.party if e.target else None, e.status)
            for e in extract_text(pipeline, text, day)]


def fired(pipeline, text: str, day: date
          ) -> list[tuple[str, str, str | None, str | None, str]]:
    """(rule, code, source party, target party, status) of each event of a test
    article: what a pattern test asserts fired."""
    return [(e.evidence[0].rule, e.cameo, e.source.party if e.source else None,
             e.target.party if e.target else None, e.status)
            for e in extract_text(pipeline, text, day)]


def assert_coded(pipeline, text: str, expected: tuple[str, str, str], day: date) -> None:
    """Some event of the text has a code starting with the expected prefix and
    the expected (source, target)."""
    prefix, source, target = expected
    found = coded_events(pipeline, text + "\n", day)
    assert any(code.startswith(prefix) and (src, tgt) == (source, target)
               for code, src, tgt, _ in found), found
