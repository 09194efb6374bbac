"""The settings passed to every reader (one keyword-only object, no module state)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """The settings every reader receives, so no reader depends on module state.

    ``date_override`` is the CLI's ``--date``: it wins over any date found in the
    input. ``max_bytes`` bounds one article's UTF-8 size.
    """

    date_override: date | None = None
    max_bytes: int = 5_000_000
