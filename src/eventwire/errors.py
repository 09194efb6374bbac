"""One exception type per kind of user mistake.

The library raises these; the CLI turns each into one line on stderr
("eventwire: FILE: problem") and never shows a traceback. Each message names
the file (and row or line when there is one) and says what is wrong.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: ``where`` is the file (and row) the problem is about."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class InputError(EventwireError):
    """An input file, row or stream that cannot be read as an article."""


class DataFileError(EventwireError):
    """A shipped or user-supplied data file (dictionary, gazetteer, gold) that
    does not match its schema."""


class DateError(EventwireError):
    """A date given on the command line or in a record that cannot be parsed."""


class StoreError(EventwireError):
    """The DuckDB store cannot be opened or written."""
