"""The CAMEO codebook: names, Goldstein scores, QuadClass and the PLOVER mapping.

Every event carries its code's name, Goldstein score, QuadClass and PLOVER type
and mode; patterns must name codes that exist. Both facts come from here, so the
codebook is read once from the shipped data files (``data/cameo/``) and passed
around as a value rather than kept in module state.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from eventwire.errors import DataFileError
from eventwire.jsonl import json_objects

#: CAMEO's four quad categories, numbered as in ICEWS/GDELT QuadClass.
QUAD_CLASSES: Mapping[str, int] = {
    "verbal cooperation": 1,
    "material cooperation": 2,
    "verbal conflict": 3,
    "material conflict": 4,
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    parent: str | None = None
    level: int = 1


class Codebook:
    """The CAMEO codes and their PLOVER mapping, read-only."""

    def __init__(
        self,
        codes: Mapping[str, CameoCode],
        plover: Mapping[str, tuple[str, str | None]] | None = None,
    ) -> None:
        self._codes = dict(codes)
        self._plover = dict(plover or {})

    def get(self, code: str) -> CameoCode | None:
        return self._codes.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def codes(self) -> tuple[str, ...]:
        """All codes, in codebook order (each root before its sub-codes)."""
        return tuple(self._codes)

    def plover(self, code: str) -> tuple[str, str | None] | None:
        """PLOVER (event_type, mode) for a code; a code the mapping skips takes
        its parent's mapping, since a sub-code is a kind of its parent."""
        seen: set[str] = set()
        current: str | None = code
        while current is not None and current not in seen:
            seen.add(current)
            if current in self._plover:
                return self._plover[current]
            entry = self._codes.get(current)
            current = entry.parent if entry is not None else None
        return None


def _rows(source: Traversable) -> Iterator[tuple[str, dict[str, object]]]:
    for where, _, row in json_objects(source.read_text(encoding="utf-8"), str(source)):
        yield where, row


def _code_from_row(where: str, row: Mapping[str, object]) -> CameoCode:
    code, name, root = row.get("code"), row.get("name"), row.get("root")
    quad, goldstein = row.get("quad_category"), row.get("goldstein")
    parent, level = row.get("parent"), row.get("level", 1)
    if not isinstance(code, str) or not code.isdigit():
        raise DataFileError(where, f"code must be a string of digits, got {code!r}")
    if not isinstance(name, str) or not isinstance(root, str):
        raise DataFileError(where, "name and root must be strings")
    if not isinstance(quad, str) or quad not in QUAD_CLASSES:
        raise DataFileError(where, f"unknown quad_category {quad!r}")
    if not isinstance(goldstein, int | float) or isinstance(goldstein, bool):
        raise DataFileError(where, f"goldstein must be a number, got {goldstein!r}")
    if parent is not None and not isinstance(parent, str):
        raise DataFileError(where, "parent must be a code or null")
    if not isinstance(level, int):
        raise DataFileError(where, "level must be an integer")
    return CameoCode(code, name, root, float(goldstein), QUAD_CLASSES[quad], parent, level)


def read_codebook(codes_file: Traversable, plover_file: Traversable | None = None) -> Codebook:
    """Read a codebook from its two JSONL files (see ``data/cameo/SOURCES.md``)."""
    codes: dict[str, CameoCode] = {}
    for where, row in _rows(codes_file):
        entry = _code_from_row(where, row)
        if entry.code in codes:
            raise DataFileError(where, f"code {entry.code} listed twice")
        codes[entry.code] = entry
    plover: dict[str, tuple[str, str | None]] = {}
    if plover_file is not None:
        for where, row in _rows(plover_file):
            code, event, mode = row.get("cameo"), row.get("plover_event"), row.get("plover_mode")
            if not isinstance(code, str) or not isinstance(event, str):
                raise DataFileError(where, "cameo and plover_event must be strings")
            if mode is not None and not isinstance(mode, str):
                raise DataFileError(where, "plover_mode must be a string or null")
            # The PLOVER table maps 08 twice (CONCEDE, RETREAT); the first wins.
            plover.setdefault(code, (event, mode))
    return Codebook(codes, plover)


def codebook_files() -> tuple[Traversable, Traversable]:
    """The shipped codes and PLOVER mapping files."""
    folder = resources.files("eventwire") / "data" / "cameo"
    return folder / "cameo_codes.jsonl", folder / "cameo2plover.jsonl"


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """The shipped codebook (pure: reset with ``load_codebook.cache_clear()``)."""
    return read_codebook(*codebook_files())
