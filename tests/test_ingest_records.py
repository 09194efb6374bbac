"""JSON Lines and CSV/TSV files: one article per row, bad rows reported and skipped."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from eventwire.ingest import Problem, read_inputs
from eventwire.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


def read_all(*paths: Path, **kwargs: object) -> list[Article | Problem]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def by_origin(items: list[Article | Problem]) -> dict[str, list[Article | Problem]]:
    grouped: dict[str, list[Article | Problem]] = {}
    for item in items:
        key = item.origin if isinstance(item, Article) else item.where
        grouped.setdefault(key.rsplit(":", 1)[-1], []).append(item)
    return grouped


def test_jsonl_rows_and_problems() -> None:
    path = FIXTURES / "articles.jsonl"
    rows = by_origin(read_all(path))
    first = rows["1"][0]
    assert isinstance(first, Article)
    assert (first.ref, first.url, first.title, first.source) == (
        "a1", "https://x.example/a1", "Talks", "Reuters"
    )
    assert first.published == date(2023, 10, 11)  # the day as written, not shifted to UTC
    assert first.place == "Moscow"
    assert first.origin == f"{path}:1"
    second = rows["3"][0]
    assert isinstance(second, Article)
    assert (second.ref, second.published) == ("2", date(2023, 10, 12))  # "date" synonym
    # an unreadable date: reported for its row, the article is kept without it
    problem, kept = rows["4"]
    assert isinstance(problem, Problem) and not problem.fatal
    assert "the day after" in problem.message
    assert isinstance(kept, Article) and kept.published is None
    messages = {key: str(items[0]) for key, items in rows.items() if key in "56789"}
    assert messages["5"].startswith(f"{path}:5: malformed JSON")
    assert messages["6"] == f"{path}:6: expected a JSON object, got an array"
    assert messages["7"] == f'{path}:7: no "text" in this row'
    assert messages["8"] == f'{path}:8: no "text" in this row'
    assert messages["9"] == f'{path}:9: "text" must be a string, not a number'
    assert "2" not in rows  # blank line skipped silently


def test_jsonl_date_override_wins_over_rows() -> None:
    items = read_all(FIXTURES / "articles.jsonl", date_override=date(2020, 1, 1))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 3
    assert {a.published for a in articles} == {date(2020, 1, 1)}


def test_jsonl_reingest_gives_same_ids() -> None:
    ids = [[i.id for i in read_all(FIXTURES / "articles.jsonl") if isinstance(i, Article)]
           for _ in range(2)]
    assert ids[0] == ids[1] and len(set(ids[0])) == 3


def test_jsonl_row_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    rows = [{"text": "x" * 3000}, {"text": "short story"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    problem, article = read_all(path, max_bytes=2000)
    assert str(problem) == f"{path}:1: article is 3 kB, over the 2 kB limit"
    assert isinstance(article, Article) and article.text == "short story"


def test_jsonl_all_rows_bad_is_fatal(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("not json\n{}\n")
    items = read_all(path)
    assert [isinstance(i, Problem) for i in items] == [True, True, True]
    assert items[-1] == Problem(str(path), "no articles found in 2 rows", fatal=True)


def test_jsonl_empty_and_binary(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b'{"text": "a"}\x00\x00\x01')
    assert [str(p) for p in read_all(empty, binary)] == [
        f"{empty}: empty file",
        f"{binary}: binary file, not text",
    ]


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    problem, article = read_all(path)
    assert isinstance(problem, Problem) and problem.where == f"{path}:1"
    assert "UTF-8" in problem.message
    assert isinstance(article, Article) and article.text == "fine"


def test_csv_rows_and_problems() -> None:
    path = FIXTURES / "articles.csv"
    rows = by_origin(read_all(path))
    first = rows["2"][0]
    assert isinstance(first, Article)
    assert first.text == (
        "BISHKEK, October 11, 2023 — The presidents met.\n\nThey signed two agreements."
    )
    assert (first.published, first.place, first.source, first.ref) == (
        date(2023, 10, 11), "Bishkek", "AKIpress", "c1"
    )
    assert str(rows["3"][0]) == f'{path}:3: no "text" in this row'
    short = rows["4"][0]
    assert isinstance(short, Article) and short.url is None and short.title == "Short row"
    problem, kept = rows["5"]
    assert isinstance(problem, Problem) and "not a date" in problem.message
    assert isinstance(kept, Article) and kept.published is None


def test_tsv() -> None:
    (article,) = read_all(FIXTURES / "articles.tsv")
    assert isinstance(article, Article)
    assert (article.text, article.published, article.ref) == (
        "The council met in Brussels.", date(2023, 10, 13), "t1"
    )


def test_csv_large_field(tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    body = "A long story. " * 40_000  # 560 kB, over the csv module's default field limit
    path.write_text(f'text,id\n"{body}",big\n', encoding="utf-8")
    (article,) = read_all(path)
    assert isinstance(article, Article) and article.text == body and article.ref == "big"


def test_csv_from_excel_cp1252_and_utf8_sig(tmp_path: Path) -> None:
    text = "He said \u201cwe will come\u201d \u2013 to Gen\u00e8ve."
    old = tmp_path / "old.csv"
    old.write_bytes(f"Text,Title\n{text},T\n".encode("cp1252"))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(f"text,title\n{text},T\n".encode("utf-8-sig"))
    first, second = read_all(old, bom)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == second.text == text
    assert first.id == second.id


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("body,title\nsomething,t\n")
    (problem,) = read_all(path)
    assert problem == Problem(str(path), 'no "text" column (columns: body, title)', fatal=True)


def test_csv_header_only_and_empty(tmp_path: Path) -> None:
    header = tmp_path / "header.csv"
    header.write_text("text,title\n")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert [str(p) for p in read_all(header, empty)] == [
        f"{header}: no rows after the header",
        f"{empty}: empty file",
    ]


def test_csv_binary(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00 an xlsx renamed to csv")
    (problem,) = read_all(path)
    assert isinstance(problem, Problem) and problem.message == "binary file, not text"
