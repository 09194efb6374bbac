"""What the readers report instead of raising: one ``Problem`` per bad file or row.

Ingest runs over folders of thousands of files; one unreadable row must not stop
the batch, so readers yield ``Problem`` values next to the articles they read and
leave it to the caller (the CLI, a Dask task) to print, count or fail on them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an input (``where``: "notes.txt", "data/a.csv:7") gave no article.

    ``fatal`` means the whole file (or folder, or stream) was unusable, not just
    one row or entry of it.
    """

    where: str
    message: str
    fatal: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def human_size(n_bytes: int) -> str:
    """A short size for messages: "512 bytes", "3.4 kB", "6.2 MB" (decimal units)."""
    if n_bytes < 1000:
        return f"{n_bytes} bytes"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n_bytes >= scale:
            text = f"{n_bytes / scale:.1f}"
            if text.endswith(".0"):
                text = text[:-2]
            return f"{text} {unit}"
    raise AssertionError("unreachable")


def too_big(n_bytes: int, limit: int) -> str:
    """The message for an article over the size limit, never "5 MB, over 5 MB"."""
    size, cap = human_size(n_bytes), human_size(limit)
    if size == cap:
        size, cap = f"{n_bytes:,} bytes", f"{limit:,} bytes"
    return f"article is {size}, over the {cap} limit"
