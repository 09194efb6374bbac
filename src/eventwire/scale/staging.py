"""The staging folder: finished partitions on disk, between a worker and the store.

Why stage at all: extraction runs on many workers but the DuckDB store has one
writer. Each finished partition is written next to the store
(``events.duckdb.staging/<partition key>/``) before it is loaded, so a run
killed at any point loses at most the partitions still being computed: a
restart with the same command finds the staged ones by key (a hash of the
options and article ids) and loads them without computing them again.

A partition folder holds ``articles.parquet`` (the extracted articles, events
or not), ``events.parquet`` (see ``parquet.py``) and ``manifest.json``, which
is written last, by rename: a folder without it is an interrupted write and is
written again. A loaded partition's folder is removed, and the staging folder
itself once it is empty.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from eventwire.model import Article, Event
from eventwire.scale.parquet import (
    ARTICLE_SCHEMA,
    COMPRESSION,
    EVENT_SCHEMA,
    FORMAT_VERSION,
    articles_from_table,
    articles_table,
    events_by_article,
)
from eventwire.scale.partitions import ArticleFailure

MANIFEST = "manifest.json"
ARTICLES = "articles.parquet"
EVENTS = "events.parquet"


@dataclass(frozen=True, slots=True)
class StagedPartition:
    key: str
    articles: list[Article]
    events: dict[str, list[Event]]  # by article id, extraction order
    failures: list[ArticleFailure]


@dataclass(frozen=True, slots=True)
class Staging:
    root: Path

    @classmethod
    def beside(cls, store_path: Path | str) -> Staging:
        """``events.duckdb`` stages in ``events.duckdb.staging/``: next to the
        store the user named, nowhere else."""
        path = Path(store_path)
        return cls(path.with_name(path.name + ".staging"))

    def folder(self, key: str) -> Path:
        return self.root / key

    def is_staged(self, key: str) -> bool:
        return (self.folder(key) / MANIFEST).is_file()

    def keys(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / MANIFEST).is_file())

    def write(self, key: str, articles: Sequence[Article], events_parquet: bytes,
              failures: Sequence[ArticleFailure]) -> Path:
        """Stage one partition; ``events_parquet`` is the worker's file as is."""
        folder = self.folder(key)
        if folder.exists():  # an interrupted write: start it again
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        pq.write_table(articles_table(articles), folder / ARTICLES, compression=COMPRESSION)
        (folder / EVENTS).write_bytes(events_parquet)
        manifest = {
            "format": FORMAT_VERSION,
            "key": key,
            "articles": [a.id for a in articles],
            "failures": [f.to_record() for f in failures],
        }
        partial = folder / (MANIFEST + ".partial")
        partial.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, folder / MANIFEST)
        return folder

    def read(self, key: str) -> StagedPartition:
        folder = self.folder(key)
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT_VERSION:
            raise ValueError(f"{folder}: staged by another eventwire version; delete it")
        articles = articles_from_table(pq.read_table(folder / ARTICLES, schema=ARTICLE_SCHEMA))
        events = events_by_article(pq.read_table(folder / EVENTS, schema=EVENT_SCHEMA))
        failures = [ArticleFailure(**f) for f in manifest["failures"]]
        return StagedPartition(key, articles, events, failures)

    def remove(self, key: str) -> None:
        shutil.rmtree(self.folder(key), ignore_errors=True)

    def tidy(self) -> None:
        """Remove the staging folder when nothing is left in it."""
        try:
            self.root.rmdir()
        except OSError:
            pass  # missing, or partitions left for the next run
