"""Scaling out: ingest throughput with 1 and 2 Dask workers against one process.

Usage (from the repository root):

    .venv/bin/python bench/scale.py [--articles 2000] [--workers 1,2] [--partition-size 64]
                                    [--json] [--snippet FILE]

What is measured: one generated corpus (bench/corpus.py, deterministic) is
ingested into a fresh DuckDB store three ways: in one process
(``ingestion.ingest_articles``, the reference) and on a ``LocalCluster`` of 1
and of 2 worker processes (``scale.ingest_on_cluster``). Throughput is
articles per second of the ingest call itself; starting the cluster and loading
the model on every worker come before the clock starts and are reported on
their own, as the single process's model load is. The speed-up is against the
1-worker cluster (the same code path) and against the single process.

Why one fresh process per configuration: peak RSS (``ru_maxrss``) is a
high-water mark of a whole process, so each configuration runs as a
subprocess of this script; the workers report their own peaks. Every
configuration must store the same events: the script compares a hash of the
sorted (event_id, record) rows and says so if they differ.

Why the numbers are modest on a laptop: the driver (loading DuckDB, the one
writer), the scheduler and the workers share the machine's cores; two workers
on two cores also compete with the driver. The README discusses what changes
on a real cluster.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
for _path in (REPO / "src", BENCH):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from fingerprint import source_fingerprint  # noqa: E402  (bench/ is on sys.path now)


def peak_mb() -> float:
    """This process's peak resident set in MB (Linux: KiB, macOS: bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def worker_peak_mb(dask_worker: Any = None) -> float:
    """Run on each worker by ``client.run``: that worker process's peak RSS."""
    return peak_mb()


def events_digest(db: Path) -> tuple[int, str]:
    from eventwire.store.database import Store

    with Store(db, read_only=True) as store:
        rows = sorted(store.con.execute("SELECT event_id, record FROM events").fetchall())
    digest = hashlib.sha256()
    for event_id, record in rows:
        digest.update(f"{event_id}\x1f{record}\n".encode())
    return len(rows), digest.hexdigest()[:16]


def measure(mode: str, n: int, seed: int, partition_size: int) -> dict[str, Any]:
    """One configuration: ``single`` or ``local:N``; runs in its own process."""
    from corpus import make_corpus

    from eventwire.options import Options

    articles = make_corpus(n, seed=seed)
    options = Options()
    out: dict[str, Any] = {"mode": mode, "articles": len(articles),
                           "chars": sum(len(a.text) for a in articles),
                           "source": source_fingerprint(),
                           "load_average": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="eventwire-scale-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        if mode == "single":
            out.update(_single(articles, options, db))
        else:
            out.update(_cluster(mode, articles, options, db, partition_size))
        out["events"], out["digest"] = events_digest(db)
    out["driver_peak_mb"] = round(peak_mb(), 1)
    if source_fingerprint() != out["source"]:
        out["source"] += "+changed"
    out["articles_per_s"] = round(out["articles"] / out["run_s"], 2)
    return out


def _single(articles: list[Any], options: Any, db: Path) -> dict[str, Any]:
    from eventwire.ingestion import ingest_articles
    from eventwire.pipeline import Pipeline
    from eventwire.store.database import Store

    started = time.perf_counter()
    pipeline = Pipeline.load(options)
    setup_s = time.perf_counter() - started
    started = time.perf_counter()
    with Store(db) as store:
        summary = ingest_articles(articles, store, pipeline)
    run_s = time.perf_counter() - started
    return {"setup_s": round(setup_s, 2), "run_s": round(run_s, 2), "new": summary.new,
            "workers": 0, "worker_peak_mb": []}


def _cluster(mode: str, articles: list[Any], options: Any, db: Path,
             partition_size: int) -> dict[str, Any]:
    from eventwire.scale import ingest_on_cluster, open_client, parse_address
    from eventwire.scale.partitions import PipelinePlugin

    started = time.perf_counter()
    with open_client(parse_address(mode), timeout_s=120) as client:
        client.register_plugin(PipelinePlugin(options))  # every worker loads its model now
        setup_s = time.perf_counter() - started
        started = time.perf_counter()
        summary = ingest_on_cluster(articles, db, options, client,
                                    partition_size=partition_size)
        run_s = time.perf_counter() - started
        peaks = sorted(round(v, 1) for v in client.run(worker_peak_mb).values())
    return {"setup_s": round(setup_s, 2), "run_s": round(run_s, 2), "new": summary.new,
            "workers": summary.workers, "worker_peak_mb": peaks,
            "partitions": summary.partitions, "failures": summary.rejected,
            "worker_extract_s": round(summary.extract_s, 1),
            "driver_load_s": round(summary.load_s, 1)}


def run_isolated(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    """Measure one configuration in a fresh interpreter; its JSON comes back on stdout."""
    command = [sys.executable, __file__, "--measure", mode, "--articles", str(args.articles),
               "--seed", str(args.seed), "--partition-size", str(args.partition_size)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(BENCH)])}
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    by_mode = {r["mode"]: r for r in results}
    single = by_mode.get("single")
    one = by_mode.get("local:1")
    for r in results:
        r["speedup_vs_single"] = (round(r["articles_per_s"] / single["articles_per_s"], 2)
                                  if single else None)
        r["speedup_vs_1_worker"] = (round(r["articles_per_s"] / one["articles_per_s"], 2)
                                    if one else None)
    return {
        "articles": results[0]["articles"],
        "chars": results[0]["chars"],
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "identical_events": len({(r["events"], r["digest"]) for r in results}) == 1,
        "same_source": len({r["source"] for r in results}) == 1
        and not results[0]["source"].endswith("+changed"),
        "results": results,
    }


def render(summary: dict[str, Any]) -> str:
    lines = [
        f"eventwire scale-out: {summary['articles']} articles ({summary['chars']:,} chars)"
        f" from bench/corpus.py on {summary['cores']} cores; one fresh process per row",
        "",
        "| run | setup s | ingest s | articles/s | speed-up vs 1 worker | vs one process"
        " | peak RSS per worker MB | driver peak MB | worker extract s | driver load s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in summary["results"]:
        name = "one process" if r["mode"] == "single" else \
            f"Dask {r['mode']} ({r['workers']} worker{'s' if r['workers'] != 1 else ''})"
        peaks = ", ".join(f"{p:.0f}" for p in r["worker_peak_mb"]) or "-"
        vs1 = "-" if r["speedup_vs_1_worker"] is None or r["mode"] == "single" \
            else f"{r['speedup_vs_1_worker']:.2f}x"
        vss = "-" if r["speedup_vs_single"] is None else f"{r['speedup_vs_single']:.2f}x"
        lines.append(f"| {name} | {r['setup_s']:.1f} | {r['run_s']:.1f} |"
                     f" {r['articles_per_s']:.2f} | {vs1} | {vss} | {peaks} |"
                     f" {r['driver_peak_mb']:.0f} | {r.get('worker_extract_s', '-')} |"
                     f" {r.get('driver_load_s', '-')} |")
    verdict = "identical" if summary["identical_events"] else "DIFFERENT (a bug: report it)"
    events = summary["results"][0]["events"]
    loads = ", ".join(f"{r['load_average']:.1f}" for r in summary["results"])
    lines += ["", f"events stored: {events} in the first run; {verdict} across runs"
                  " (hash of sorted event_id + record).",
              f"1-minute load average as each run started: {loads} (other work on the machine"
              " slows the runs it overlaps)."]
    if not summary["same_source"]:
        lines.append("WARNING: eventwire's source changed during the benchmark; events and"
                     " speeds of different runs are not comparable. Rerun on a quiet tree.")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (>= 1)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed")
    parser.add_argument("--workers", default="1,2", help="local worker counts, comma separated")
    parser.add_argument("--partition-size", type=int, default=64, help="articles per partition")
    parser.add_argument("--no-single", action="store_true", help="skip the one-process run")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--snippet", metavar="FILE", help="also write the Markdown table here")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: one configuration
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.articles < 1 or args.partition_size < 1:
        print("--articles and --partition-size must be >= 1", file=sys.stderr)
        return 2
    if args.measure:
        print(json.dumps(measure(args.measure, args.articles, args.seed, args.partition_size)))
        return 0
    modes = ([] if args.no_single else ["single"]) + \
        [f"local:{int(w)}" for w in args.workers.split(",") if w.strip()]
    results = []
    for mode in modes:
        print(f"measuring {mode} ...", file=sys.stderr, flush=True)
        results.append(run_isolated(mode, args))
    summary = summarise(results)
    table = render(summary)
    if args.snippet:
        Path(args.snippet).write_text(table + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2) if args.json else table)
    return 0 if summary["identical_events"] or not summary["same_source"] else 1


if __name__ == "__main__":
    sys.exit(main())
