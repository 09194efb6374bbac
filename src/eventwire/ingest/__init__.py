"""Ingest: news articles from files, folders, feeds and stdin.

    from eventwire.ingest import read_inputs, Problem
    for item in read_inputs(["news/", "feed.xml", "-"]):
        if isinstance(item, Problem):
            print(item)          # "news/a.csv:7: no \"text\" in this row"
        else:
            handle(item)         # an eventwire.model.Article

Modules: ``readers`` (dispatch, folders, stdin), ``records`` (JSONL, CSV),
``markup`` (web pages), ``feeds`` (RSS/Atom), ``decode`` (encodings, binary
files), ``dateline`` (date and place from "October 11, MOSCOW –"), ``dates``
(``--date`` and record dates), ``build`` (the Article itself), ``options``
(``ReadOptions``) and ``problem`` (``Problem``).
"""

from eventwire.ingest.dateline import Dateline, find_dateline
from eventwire.ingest.dates import parse_date_option, parse_record_date
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.problem import Problem
from eventwire.ingest.readers import KNOWN_SUFFIXES, article_from_text, read_inputs

__all__ = [
    "KNOWN_SUFFIXES",
    "Dateline",
    "Problem",
    "ReadOptions",
    "article_from_text",
    "find_dateline",
    "parse_date_option",
    "parse_record_date",
    "read_inputs",
]
