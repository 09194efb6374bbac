"""The shipped CAMEO codebook: QuadClass, Goldstein and PLOVER lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.cameo import CameoCode, Codebook, load_codebook, read_codebook


def test_codebook_has_all_codes_with_roots() -> None:
    book = load_codebook()
    assert len(book) == 312
    roots = [c for c in book if c.level == 0]
    assert [c.code for c in roots] == [f"{i:02d}" for i in range(1, 21)]


def test_quad_class_from_quad_category() -> None:
    book = load_codebook()
    visit = book.get("042")
    assert visit is not None
    assert (visit.name, visit.root, visit.quad_class, visit.goldstein) == (
        "Make a visit", "04", 1, 1.9,
    )
    assert book.get("070").quad_class == 2  # type: ignore[union-attr]
    assert book.get("112").quad_class == 3  # type: ignore[union-attr]
    assert book.get("190").quad_class == 4  # type: ignore[union-attr]
    assert book.get("999") is None


def test_plover_direct_and_inherited() -> None:
    book = load_codebook()
    assert book.plover("042") == ("CONSULT", "visit")
    assert book.plover("190") == ("ASSAULT", None)
    # PLOVER does not map the statement roots at all.
    assert book.plover("010") is None
    assert book.plover("nonsense") is None


def test_codes_lists_roots_before_children() -> None:
    codes = load_codebook().codes()
    assert codes.index("19") < codes.index("190") < codes.index("196")


def test_plover_walks_up_to_the_parent() -> None:
    codes = {
        "04": CameoCode("04", "CONSULT", "04", 1.0, 1, None, 0),
        "042": CameoCode("042", "Make a visit", "04", 1.9, 1, "04", 1),
        "0421": CameoCode("0421", "Visit by air", "04", 1.9, 1, "042", 2),
    }
    book = Codebook(codes, {"042": ("CONSULT", "visit"), "04": ("CONSULT", None)})
    assert book.plover("0421") == ("CONSULT", "visit")
    assert book.plover("04") == ("CONSULT", None)


def test_bad_codebook_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "codes.jsonl"
    bad.write_text(
        '{"code": "01", "name": "X", "root": "01", "parent": null, "level": 0,'
        ' "goldstein": 0.0, "quad_category": "verbal cooperation"}\n'
        '{"code": "010", "name": "Y", "root": "01", "parent": "01", "level": 1,'
        ' "goldstein": 0.0, "quad_category": "friendly chat"}\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        read_codebook(bad)
    assert info.value.where == f"{bad}:2"
    assert "friendly chat" in info.value.problem
