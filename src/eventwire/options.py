"""One keyword-only options object handed to every stage; no module state.

The CLI, the web app, the evaluation command and Dask workers all build an
``Options`` and pass it down, so two pipelines with different dictionaries can
live in one process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True, kw_only=True)
class Options:
    date_override: date | None = None  # --date: the article date for every input
    actor_files: tuple[Path, ...] = ()  # --actors: user dictionaries added on top
    default_actors: bool = True  # --no-default-actors turns the shipped KB off
    pattern_files: tuple[Path, ...] = ()  # extra pattern JSONL files
    default_patterns: bool = True
    verb_dictionaries: tuple[Path, ...] = ()  # PETRARCH verb files, converted at load
    discard_files: tuple[Path, ...] = ()  # PETRARCH discards: phrases that drop a sentence
    batch_size: int = 16  # articles per spaCy nlp.pipe batch
    max_bytes: int = 5_000_000  # larger articles are rejected
    extras: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
