"""The public ICC warrants reference file: well formed, dated, linked to KB people."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.kb import default_kb
from eventwire.errors import DataFileError
from eventwire.travel.warrants import COLUMNS, WarrantIndex, load_index, read_warrants


@pytest.fixture(scope="module")
def index() -> WarrantIndex:
    return load_index(default_kb())


def test_the_warrants_issue_6_names(index):
    def issued(person_id: str | None, name: str) -> list[date]:
        return sorted(w.issued for w in index.of(person_id, name, "ICC"))

    assert issued("person:vladimir-putin", "Vladimir Putin") == [date(2023, 3, 17)]
    assert issued(None, "Maria Lvova-Belova") == [date(2023, 3, 17)]
    assert issued("person:benjamin-netanyahu", "Benjamin Netanyahu") == [date(2024, 11, 21)]
    assert issued(None, "Yoav Gallant") == [date(2024, 11, 21)]
    assert issued(None, "Omar al-Bashir") == [date(2009, 3, 4), date(2010, 7, 12)]
    assert issued(None, "Muammar Gaddafi") == [date(2011, 6, 27)]


def test_links_to_kb_people_without_namesakes(index):
    linked = {w.person: w.person_id for w in index.warrants}
    assert linked["Vladimir Putin"] == "person:vladimir-putin"
    assert linked["Benjamin Netanyahu"] == "person:benjamin-netanyahu"
    assert linked["Omar al-Bashir"] is not None  # through an alias spelling
    assert linked["Saif al-Islam Gaddafi"] != linked["Muammar Gaddafi"]


def test_in_force_between_issue_and_end(index):
    gaddafi = index.of(None, "Muammar Gaddafi", "ICC")
    assert index.covers(gaddafi, date(2011, 7, 1), date(2011, 7, 1)) is True
    assert index.covers(gaddafi, date(2011, 12, 1), date(2011, 12, 31)) is False  # ended
    assert index.covers(gaddafi, date(2011, 6, 1), date(2011, 6, 30)) is None  # issued mid-month
    putin = index.of("person:vladimir-putin", None, "ICC")
    assert index.covers(putin, date(2023, 3, 16), date(2023, 3, 16)) is False
    assert index.covers(putin, date(2023, 3, 17), date(2023, 3, 17)) is True
    assert index.of("person:vladimir-putin", None, "EU") == ()


def test_every_row_is_dated_and_sourced():
    warrants = read_warrants()
    assert len(warrants) >= 15
    for w in warrants:
        assert w.org == "ICC" and w.source_url.startswith("http")
        assert w.ended is None or w.ended > w.issued
        assert w.made_public is None or w.made_public >= w.issued
    ended = {w.person for w in warrants if w.ended}
    assert {"Muammar Gaddafi", "Mohammed Deif"} <= ended


@pytest.mark.parametrize("row, problem", [
    ("ICC,X Y,,2023-13-01,,,,,http://x", "issued"),
    ("ICC,X Y,,,,,,,http://x", "issued is required"),
    ("ICC,X Y,,2023-01-02,,2023-01-01,,,http://x", "before issued"),
    ("ICC,X Y,,2023-01-02,,,,,", "source_url"),
])
def test_bad_rows_are_refused_with_file_and_row(tmp_path, row, problem):
    path = tmp_path / "w.csv"
    path.write_text(",".join(COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=problem) as info:
        read_warrants(path)
    assert "w.csv:2" in str(info.value)
