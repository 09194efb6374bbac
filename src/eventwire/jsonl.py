"""Reading our JSONL data files (patterns, codebook, gold) line by line.

One reader so that every data file reports a broken line the same way:
``FILE:LINE: not valid JSON (...)`` or ``... expected a JSON object``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from eventwire.errors import DataFileError


def json_objects(text: str, name: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(``name:line``, line number, object) for every non-blank line of ``text``."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(where, f"not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise DataFileError(where, "expected a JSON object")
        yield where, lineno, row
