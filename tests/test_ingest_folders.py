"""Folders: recursive, sorted, hidden files skipped, empty folders reported."""

from __future__ import annotations

from pathlib import Path

from eventwire.ingest import Problem, read_inputs
from eventwire.model import Article


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "z.txt").write_text("Zeta story.")
    (root / "a.txt").write_text("Alpha story.")
    (root / "b" / "deep" / "c.jsonl").write_text('{"text": "Gamma story."}\n')
    (root / "b" / "b.csv").write_text("text\nBeta story.\n")
    (root / ".hidden.txt").write_text("Hidden story.")
    (root / ".git" / "x.txt").write_text("Git story.")
    (root / "notes.md").write_text("Not an article format we read.")
    items = list(read_inputs([str(root)]))
    assert all(isinstance(i, Article) for i in items)
    assert [i.text for i in items if isinstance(i, Article)] == [
        "Alpha story.", "Beta story.", "Gamma story.", "Zeta story."
    ]
    assert [i.origin for i in items if isinstance(i, Article)] == [
        f"{root}/a.txt", f"{root}/b/b.csv:2", f"{root}/b/deep/c.jsonl:1", f"{root}/z.txt"
    ]


def test_bad_file_in_folder_is_named_and_others_read(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "good.txt").write_text("Good story.")
    bad, good = read_inputs([str(tmp_path)])
    assert bad == Problem(f"{tmp_path}/bad.txt", "binary file, not text", fatal=True)
    assert isinstance(good, Article)


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("no articles here")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "empty.txt").write_text("")
    items = list(read_inputs([str(tmp_path)]))
    assert items == [
        Problem(f"{tmp_path}/sub/empty.txt", "empty file", fatal=True),
        Problem(str(tmp_path), "no articles found", fatal=True),
    ]
    assert str(items[-1]) == f"{tmp_path}: no articles found"
