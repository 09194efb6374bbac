"""A deterministic benchmark corpus built only from text the project already ships.

Why generated rather than downloaded: benchmarks must run offline and give the same
numbers for the same code, so the corpus is a pure function of ``(n, seed)`` and the
gold files. Why varied: throughput depends on article length (spaCy batches by
document, the later stages work per sentence), so the corpus mixes four shapes in
turn: whole gold articles, their first halves cut at a paragraph or sentence
boundary, two whole articles joined, and two first halves joined. Every text is
made of real sentences and is distinct from every other one by *which* pieces it
combines, never by padding, so no text is parsed twice and none carries junk that
would flatter or penalise a stage.

Use from a benchmark script in this folder with ``from corpus import make_corpus``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.model import Article

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "eval" / "gold"
EXAMPLE = REPO / "src" / "eventwire" / "data" / "examples" / "summit-week.txt"
SOURCE = "eventwire-bench"
KINDS: tuple[str, ...] = ("whole", "half", "pair", "half-pair")

# A full stop ends a sentence unless it ends one of these (or an initial: "U.S.").
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr St Gen Lt Col Sgt Capt Gov Sen Rep Prof Jr Sr No vs etc Jan Feb Mar "
    "Apr Aug Sept Sep Oct Nov Dec".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Source:
    """One base article: a gold row or the bundled example."""

    key: str
    text: str
    published: date | None
    title: str | None


def load_sources(gold_dir: Path = GOLD_DIR, example: Path = EXAMPLE) -> list[Source]:
    """Gold articles in file-name then line order, then the bundled example.

    A text seen before (the example is also a gold row) is kept once. The example
    takes the date of its gold twin, or else no date.
    """
    sources: list[Source] = []
    seen: dict[str, Source] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            text = str(row["text"]).strip()
            if not text or text in seen:
                continue
            day = row.get("date")
            src = Source(
                key=str(row.get("id") or f"{path.stem}:{line_no}"),
                text=text,
                published=date.fromisoformat(day) if day else None,
                title=row.get("title"),
            )
            seen[text] = src
            sources.append(src)
    if example.exists():
        text = example.read_text(encoding="utf-8").strip()
        if text and text not in seen:
            sources.append(Source(key=example.stem, text=text, published=None, title=None))
    return sources


def paragraph_ends(text: str) -> list[int]:
    """Offsets just past the last character of each paragraph but the last."""
    ends = {len(text[: m.start()].rstrip()) for m in re.finditer(r"\n\s*\n", text)}
    return sorted(e for e in ends if 0 < e < len(text.rstrip()))


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence end inside ``text`` (not the text's own end).

    Paragraph breaks are always boundaries; within a paragraph a full stop counts
    unless it closes a known abbreviation or a one-letter initial ("U.S.").
    """
    ends: set[int] = set(paragraph_ends(text))
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"(\w+)\W*$", text[: match.start()])
        if match.group().startswith(".") and word and (
            word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1
        ):
            continue
        ends.add(match.end())
    return sorted(e for e in ends if 0 < e < len(text.rstrip()))


def first_half(text: str) -> str | None:
    """The text cut at the boundary nearest its middle; None for a single sentence.

    Paragraph ends are used when there are any, since they are sure sentence ends
    and keep the article's own layout; otherwise the nearest sentence end.
    """
    ends = paragraph_ends(text) or sentence_ends(text)
    if not ends:
        return None
    middle = len(text) / 2
    cut = min(ends, key=lambda e: (abs(e - middle), e))
    return text[:cut].rstrip()


def _pairs(count: int, rng: random.Random) -> list[tuple[int, int]]:
    pairs = [(i, j) for i in range(count) for j in range(count) if i != j]
    rng.shuffle(pairs)
    return pairs


def _candidates(sources: list[Source], kind: str, rng: random.Random
                ) -> Iterator[tuple[str, str, Source]]:
    """(ref, text, first source) for one kind, in a seed-determined order."""
    halves = [first_half(s.text) for s in sources]
    if kind == "whole":
        order = list(range(len(sources)))
        rng.shuffle(order)
        for i in order:
            yield f"whole:{sources[i].key}", sources[i].text, sources[i]
    elif kind == "half":
        order = list(range(len(sources)))
        rng.shuffle(order)
        for i in order:
            half = halves[i]
            if half is not None:
                yield f"half:{sources[i].key}", half, sources[i]
    elif kind == "pair":
        for i, j in _pairs(len(sources), rng):
            text = f"{sources[i].text}\n\n{sources[j].text}"
            yield f"pair:{sources[i].key}+{sources[j].key}", text, sources[i]
    elif kind == "half-pair":
        for i, j in _pairs(len(sources), rng):
            hi, hj = halves[i], halves[j]
            if hi is not None and hj is not None:
                yield f"half-pair:{sources[i].key}+{sources[j].key}", f"{hi}\n\n{hj}", sources[i]
    else:
        raise ValueError(f"unknown corpus kind {kind!r}; use one of {', '.join(KINDS)}")


def make_corpus(n: int = 300, seed: int = 7) -> list[Article]:
    """``n`` distinct articles, taking the four kinds in turn until each runs out.

    The same ``(n, seed)`` gives the same articles in the same order; a longer
    corpus starts with the shorter one. Each article's ``ref`` names how it was
    made ("pair:dev-a-01+heldout-07") and ``published`` is the date of its first
    gold piece. Raises ValueError when ``n`` is negative or more than the gold
    can make distinct.
    """
    if n < 0:
        raise ValueError(f"corpus size must be >= 0, not {n}")
    sources = load_sources()
    rngs = {kind: random.Random(f"{seed}:{kind}") for kind in KINDS}
    streams = [_candidates(sources, kind, rngs[kind]) for kind in KINDS]
    articles: list[Article] = []
    seen: set[str] = set()
    while len(articles) < n and streams:
        for stream in list(streams):
            if len(articles) >= n:
                break
            for ref, text, first in stream:
                if text not in seen:
                    seen.add(text)
                    articles.append(_article(ref, text, first))
                    break
            else:
                streams.remove(stream)
    if len(articles) < n:
        raise ValueError(f"the gold files make only {len(articles)} distinct articles, not {n}")
    return articles


def _article(ref: str, text: str, first: Source) -> Article:
    return Article(
        id=Article.make_id(text),
        text=text,
        source=SOURCE,
        published=first.published,
        title=first.title,
        ref=ref,
        origin=f"bench/corpus.py:{ref}",
    )
