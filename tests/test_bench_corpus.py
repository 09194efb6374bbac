"""The benchmark corpus is deterministic, distinct, varied and made only of gold text.

These pin the corpus, not any timing: a benchmark is only comparable between
commits if it parses the same texts. bench/ is a folder of scripts, not a
package, so the module is loaded from its file.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def _load_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


@pytest.fixture(scope="module")
def default_corpus() -> list:
    return corpus.make_corpus()


def _gold_rows() -> list[dict]:
    rows = []
    for path in sorted((REPO / "eval" / "gold").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return rows


def test_same_seed_gives_same_corpus(default_corpus: list) -> None:
    again = corpus.make_corpus(300, seed=7)
    assert [a.id for a in again] == [a.id for a in default_corpus]
    assert [a.text for a in again] == [a.text for a in default_corpus]


def test_other_seed_reorders_but_shorter_is_prefix(default_corpus: list) -> None:
    other = corpus.make_corpus(300, seed=8)
    assert [a.id for a in other] != [a.id for a in default_corpus]
    assert [a.id for a in corpus.make_corpus(40)] == [a.id for a in default_corpus[:40]]


def test_size_and_distinct_ids(default_corpus: list) -> None:
    assert len(default_corpus) == 300
    assert len({a.id for a in default_corpus}) == 300
    assert len({a.text for a in default_corpus}) == 300
    assert all(a.id == a.make_id(a.text) for a in default_corpus)


def test_all_four_kinds_and_varied_lengths(default_corpus: list) -> None:
    kinds = Counter(a.ref.split(":")[0] for a in default_corpus)
    assert set(kinds) == set(corpus.KINDS)
    assert min(kinds.values()) >= 50
    lengths = sorted(len(a.text) for a in default_corpus)
    whole = [len(r["text"].strip()) for r in _gold_rows()]
    assert lengths[0] < min(whole)  # halves are shorter than any whole article
    assert lengths[-1] > max(whole)  # pairs are longer than any


def test_texts_are_made_of_gold_paragraphs_only(default_corpus: list) -> None:
    gold_paragraphs = {
        p.strip() for r in _gold_rows() for p in r["text"].split("\n\n") if p.strip()
    }
    for article in default_corpus:
        for paragraph in article.text.split("\n\n"):
            assert paragraph.strip() in gold_paragraphs, article.ref


def test_dates_come_from_the_first_gold_piece(default_corpus: list) -> None:
    dates = {r["id"]: r["date"] for r in _gold_rows()}
    for article in default_corpus:
        first = article.ref.split(":", 1)[1].split("+")[0]
        assert article.published is not None
        assert article.published.isoformat() == dates[first]


def test_half_cuts_at_a_sentence_end_near_the_middle() -> None:
    text = "One two three. Four five six.\n\nSeven eight nine. Ten.\n\nEleven twelve."
    assert corpus.first_half(text) == "One two three. Four five six."
    single = "Mr. Putin met U.S. officials in Bishkek. They talked for an hour."
    assert corpus.first_half(single) == "Mr. Putin met U.S. officials in Bishkek."
    assert corpus.first_half("Only one sentence here.") is None


def test_asking_for_too_many_or_negative_fails() -> None:
    with pytest.raises(ValueError, match="distinct"):
        corpus.make_corpus(10**9)
    with pytest.raises(ValueError):
        corpus.make_corpus(-1)
    assert corpus.make_corpus(0) == []
