"""Saved web pages (trafilatura) and RSS/Atom feed files (feedparser)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.ingest import Problem, read_inputs
from eventwire.ingest.markup import html_to_text
from eventwire.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


def read_all(*paths: Path, **kwargs: object) -> list[Article | Problem]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def test_html_page_main_text_and_metadata() -> None:
    (article,) = read_all(FIXTURES / "page.html")
    assert isinstance(article, Article)
    assert article.text.startswith("ASTANA, Oct 11 (Example Wire) – The foreign minister")
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.title == "Minister visits Astana"
    assert article.url == "https://wire.example/world/minister-visits-astana"
    assert article.source == "Example Wire"
    assert article.published == date(2023, 10, 11)
    assert article.place == "Astana"


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.htm"
    path.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>")
    (problem,) = read_all(path)
    assert isinstance(problem, Problem) and problem.fatal
    assert problem.message == "no article text found in this HTML page"


def test_html_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    path.write_bytes((FIXTURES / "page.html").read_bytes())
    (article,) = read_all(path)
    assert isinstance(article, Article) and article.title == "Minister visits Astana"


def test_rss_entries() -> None:
    path = FIXTURES / "feed.rss"
    items = read_all(path)
    first = items[0]
    assert isinstance(first, Article)
    assert first.text == (
        "ASTANA, Oct 11 (Example Wire) – Ruritania\u2019s foreign minister met his Kazakh "
        "counterpart.\nTalks continue on Thursday."
    )
    assert (first.title, first.url, first.source, first.ref) == (
        "Talks open in Astana", "https://wire.example/world/talks-open",
        "Example Wire: World", "wire-1001",
    )
    assert first.published == date(2023, 10, 11)  # as written, not moved to UTC
    assert first.origin == f"{path}:1"
    assert items[1] == Problem(f"{path}:2", "feed entry has no text (no content or summary)")
    date_problem, third = items[2], items[3]
    assert isinstance(date_problem, Problem) and "sometime last week" in date_problem.message
    assert isinstance(third, Article) and third.published is None
    assert len(items) == 4


def test_atom_prefers_content_over_summary_and_drops_scripts() -> None:
    (article,) = read_all(FIXTURES / "feed.atom")
    assert isinstance(article, Article)
    assert article.text == (
        "The regional summit was postponed until November, the host government said."
    )
    assert article.source == "Example Atom Desk"
    assert article.published == date(2023, 10, 12)


def test_feed_detected_by_content_in_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "download.txt"
    path.write_bytes((FIXTURES / "feed.atom").read_bytes())
    (article,) = read_all(path)
    assert isinstance(article, Article) and article.title == "Summit postponed"


def test_broken_and_empty_feeds(tmp_path: Path) -> None:
    broken = tmp_path / "broken.rss"
    broken.write_text("this is not xml at all")
    empty = tmp_path / "empty.atom"
    empty.write_text('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>')
    plain_xml = tmp_path / "data.xml"
    plain_xml.write_text("<?xml version='1.0'?><records><r>1</r></records>")
    problems = read_all(broken, empty, plain_xml)
    assert all(isinstance(p, Problem) and p.fatal for p in problems)
    assert problems[0].message.startswith("not a valid RSS/Atom feed")  # type: ignore[union-attr]
    assert str(problems[1]) == f"{empty}: feed has no entries"
    assert str(problems[2]) == f"{plain_xml}: XML file is not an RSS or Atom feed"


def test_html_to_text() -> None:
    fragment = "<p>One &amp; two</p><script>x()</script><ul><li>three</li><li>four</li></ul>"
    assert html_to_text(fragment) == "One & two\nthree\nfour"
    assert html_to_text("plain &lt;text&gt;") == "plain <text>"
