"""Plain-text articles, stdin, encodings and the bad inputs a user can hand us."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import Problem, article_from_text, read_inputs
from eventwire.model import Article

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"


def read_all(*paths: Path | str, **kwargs: object) -> list[Article | Problem]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only_article(items: list[Article | Problem]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_problem(items: list[Article | Problem]) -> Problem:
    assert len(items) == 1 and isinstance(items[0], Problem), items
    return items[0]


def test_users_story_gets_dateline_date_and_place() -> None:
    path = EXAMPLES / "kyrgyzstan-visit.txt"
    if not path.exists():
        pytest.skip("shared example not present")
    article = only_article(read_all(path))
    assert article.published == date(2023, 10, 11)
    assert article.place == "Moscow"
    assert article.origin == str(path)
    assert article.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert article.id == Article.make_id(article.text)


def test_text_is_kept_unchanged_except_crlf(tmp_path: Path) -> None:
    raw = "MOSCOW, Oct 11 (Reuters) - Talks began.\r\n\r\n  Second paragraph.  \r\n"
    path = tmp_path / "story.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = only_article(read_all(path))
    assert article.text == "MOSCOW, Oct 11 (Reuters) - Talks began.\n\n  Second paragraph.  \n"
    assert article.place == "Moscow"
    assert article.published is None  # no year anywhere, no --date


def test_dateline_year_comes_from_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("October 3, PARIS – In 2019 a deal. On October 5, 2021 talks resume.\n")
    article = only_article(read_all(path))
    assert article.published == date(2021, 10, 3)  # the year next to October wins
    assert article.place == "Paris"


def test_dateline_year_falls_back_to_any_year(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Oct 3, PARIS – The accord of 2019 was renewed.\n")
    assert only_article(read_all(path)).published == date(2019, 10, 3)


def test_dateline_with_year(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("BISHKEK, October 11, 2023 — The presidents met in 1999 style.\n")
    article = only_article(read_all(path))
    assert (article.published, article.place) == (date(2023, 10, 11), "Bishkek")


def test_date_override_wins(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("BISHKEK, October 11, 2023 — The presidents met.\n")
    article = only_article(read_all(path, date_override=date(2024, 1, 2)))
    assert article.published == date(2024, 1, 2)
    assert article.place == "Bishkek"


def test_date_override_dates_text_without_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The presidents met.\n")
    assert only_article(read_all(path)).published is None
    assert only_article(read_all(path, date_override=date(2022, 5, 1))).published == date(
        2022, 5, 1
    )


def test_same_content_same_id_wherever_it_comes_from(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Leaders met in Minsk.\n")
    (tmp_path / "b.txt").write_text("Leaders met in Minsk.\r\n")
    first, second = read_all(tmp_path / "a.txt", tmp_path / "b.txt")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id
    assert first.origin != second.origin


def test_cp1252_file_with_curly_quotes(tmp_path: Path) -> None:
    text = "He said \u201cwe will visit\u201d \u2013 a na\u00efve caf\u00e9 plan.\n"
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("cp1252"))
    assert only_article(read_all(path)).text == text


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffOctober 11, MOSCOW – Talks in 2023.\n".encode())
    article = only_article(read_all(path))
    assert article.text.startswith("October 11")
    assert article.place == "Moscow"


def test_latin1_without_cp1252_characters(tmp_path: Path) -> None:
    text = "Les ministres se sont r\u00e9unis \u00e0 Gen\u00e8ve pour la r\u00e9union.\n"
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("latin-1"))
    assert only_article(read_all(path)).text == text


def test_file_without_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "NOTES"
    path.write_text("KYIV (AP) — Officials met.\n")
    article = only_article(read_all(path))
    assert article.place == "Kyiv"


def test_missing_file(tmp_path: Path) -> None:
    problem = only_problem(read_all(tmp_path / "nope.txt"))
    assert problem.fatal
    assert str(problem) == f"{tmp_path / 'nope.txt'}: no such file"


@pytest.mark.parametrize("content", [b"", b"  \n\n\t "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    problem = only_problem(read_all(path))
    assert problem.message == "empty file" and problem.fatal


@pytest.mark.parametrize(
    "content",
    [
        b"some text\x00with a NUL byte",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary stream",
        bytes(range(1, 32)) * 40,
    ],
)
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(content)
    problem = only_problem(read_all(path))
    assert problem.message == "binary file, not text"
    assert problem.where == str(path)


def test_random_bytes_are_not_text(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    path = tmp_path / "noise"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(4000)))
    assert only_problem(read_all(path)).message == "binary file, not text"


def test_article_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1_240_000)  # 6.2 MB
    problem = only_problem(read_all(path))
    assert problem.message == "article is 6.2 MB, over the 5 MB limit"
    assert problem.fatal


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text("x" * 2000)
    assert "over the 1 kB limit" in only_problem(read_all(path, max_bytes=1000)).message
    assert isinstance(read_all(path, max_bytes=2000)[0], Article)


def test_bad_inputs_do_not_stop_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Leaders met.")
    items = read_all(tmp_path / "missing.txt", good, tmp_path / "also-missing")
    assert [type(i).__name__ for i in items] == ["Problem", "Article", "Problem"]


def test_stdin_as_text_stream() -> None:
    stream = io.StringIO("October 11, MOSCOW – Talks. On October 12, 2023 more.\r\n")
    article = only_article(read_all("-", stdin=stream))
    assert article.origin == "<stdin>"
    assert article.published == date(2023, 10, 11)
    assert article.text.endswith("more.\n")


def test_stdin_bytes_are_decoded_like_files() -> None:
    raw = io.BytesIO("He said \u201cyes\u201d.".encode("cp1252"))
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    assert only_article(read_all("-", stdin=stream)).text == "He said \u201cyes\u201d."


def test_empty_and_binary_stdin() -> None:
    assert only_problem(read_all("-", stdin=io.StringIO(" \n"))).message == "empty input"
    binary = io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02abc"), encoding="utf-8")
    assert str(only_problem(read_all("-", stdin=binary))) == "<stdin>: binary input, not text"


def test_article_from_text() -> None:
    article = article_from_text("BISHKEK, October 11, 2023 — Talks.", origin="api")
    assert (article.published, article.place, article.origin) == (
        date(2023, 10, 11), "Bishkek", "api"
    )
    with pytest.raises(InputError, match="api: no text"):
        article_from_text("   ", origin="api")
