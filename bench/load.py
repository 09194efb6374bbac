"""Load on the web API: a bounded burst of concurrent requests against ``eventwire serve``.

Usage (from the repository root):

    .venv/bin/python bench/load.py [--db FILE] [--requests 1200] [--concurrency 16] [--json]

It starts ``eventwire serve`` on loopback in a child process (building a store in
a temporary folder from the user's story, the bundled example and the gold texts
when ``--db`` is not given), waits until it answers, sends each request mix as one
burst of ``--requests`` requests with at most ``--concurrency`` in flight (httpx,
asyncio), prints requests per second and latency percentiles per mix, stops the
server and exits. Nothing runs longer than ``--timeout`` seconds per request.

Why a baseline: requests per second depend on the machine, so the same run also
measures a burst of ``GET /static/app.css`` (the cheapest route: no store, no
template) and prints each mix's rate as a ratio of it; the ratio says what the
store reads and the rendering cost on top of the server itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

STORY = REPO.parent / "shared" / "examples" / "kyrgyzstan-visit.txt"
EXAMPLE = REPO / "src" / "eventwire" / "data" / "examples" / "summit-week.txt"
GOLD = REPO / "eval" / "gold"

MIXES: dict[str, list[str]] = {
    "baseline (static file)": ["/static/app.css"],
    "API reads": ["/api/events?limit=50", "/api/events?country=KGZ&root=04",
                  "/api/events?sort=-mentions&limit=20", "/api/timeline?by=week&group=quad",
                  "/api/dyads?by=month", "/api/actors?q=putin", "/api/map",
                  "/api/travel?person=Vladimir%20Putin"],
    "HTML pages": ["/events?country=KGZ", "/timeline", "/network", "/map", "/articles",
                   "/actors/person:vladimir-putin"],
}


@dataclass(frozen=True)
class Result:
    mix: str
    requests: int
    errors: int
    seconds: float
    per_second: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    ratio_to_baseline: float | None = None


def build_store(path: Path) -> None:
    from eventwire.ingestion import ingest_articles, read_articles
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline
    from eventwire.store.database import Store

    inputs = [str(p) for p in (STORY, EXAMPLE) if p.exists()]
    inputs += [str(p) for p in sorted(GOLD.glob("*.jsonl"))]
    articles, _ = read_articles(inputs, Options())
    with Store(path) as store:
        ingest_articles(articles, store, Pipeline.load())


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(base: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            problem = server.stderr.read().decode() if server.stderr else ""
            raise SystemExit(f"server exited: {problem}")
        try:
            if httpx.get(base + "/api", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("server did not answer in time")


async def burst(base: str, paths: list[str], total: int, concurrency: int,
                timeout: float) -> tuple[list[float], int, float]:
    """``total`` GETs cycling over ``paths``, at most ``concurrency`` at once."""
    latencies: list[float] = []
    errors = 0
    queue = iter(range(total))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            for i in queue:
                start = time.perf_counter()
                try:
                    response = await client.get(paths[i % len(paths)])
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - start) * 1000)
                errors += not ok

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return latencies, errors, elapsed


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(base: str, total: int, concurrency: int, timeout: float) -> list[Result]:
    results: list[Result] = []
    for mix, paths in MIXES.items():
        asyncio.run(burst(base, paths, min(total, 4 * len(paths)), concurrency, timeout))  # warm
        latencies, errors, elapsed = asyncio.run(burst(base, paths, total, concurrency, timeout))
        results.append(Result(mix, total, errors, round(elapsed, 2), round(total / elapsed, 1),
                              round(statistics.median(latencies), 1),
                              round(percentile(latencies, 0.95), 1), round(max(latencies), 1)))
    base_rate = results[0].per_second
    return [Result(**{**asdict(r), "ratio_to_baseline": round(r.per_second / base_rate, 3)})
            for r in results]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: build one)")
    parser.add_argument("--requests", type=int, default=1200, help="requests per mix")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "load.duckdb"
            build_store(db)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            wait_until_up(base, server)
            results = measure(base, args.requests, args.concurrency, args.timeout)
        finally:
            server.terminate()
            server.wait(timeout=30)
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
        return
    print(f"{args.requests} requests per mix, {args.concurrency} concurrent,"
          f" one uvicorn worker, {os.cpu_count()} CPUs")
    print(f"{'mix':<24}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'errors':>8}"
          f"{'vs static':>11}")
    for r in results:
        print(f"{r.mix:<24}{r.per_second:>8}{r.p50_ms:>9}{r.p95_ms:>9}{r.max_ms:>9}"
              f"{r.errors:>8}{r.ratio_to_baseline:>11}")


if __name__ == "__main__":
    main()
