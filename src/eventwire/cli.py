"""The ``eventwire`` command: argument parsing and presentation only.

Each command turns its options into plain values and calls library functions
(ingestion, pipeline, store, evaluate). Library errors are EventwireError
subclasses; ``main`` prints them as one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire import output
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import parse_date_option
from eventwire.model import STATUSES
from eventwire.options import Options
from eventwire.store.query import DEFAULT_STATUSES, EventFilter

if TYPE_CHECKING:
    from eventwire.evaluate.report import EvalReport

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="eventwire: news articles to explainable CAMEO/PLOVER political event data.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
DEFAULT_DB = Path("eventwire.duckdb")

Format = Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv")]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Article date YYYY-MM-DD, overrides the text's.")
]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB store file.")]
# How an evaluation report is printed (eval, agreement).
ReportFormatOpt = Annotated[str, typer.Option("--format", "-f", help="text, json or markdown")]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary: CSV, YAML or PETRARCH .txt."),
]
DictOpt = Annotated[
    Path | None,
    typer.Option("--dictionaries", help="A folder of PETRARCH dictionaries used instead of ours."),
]
KeepOpt = Annotated[
    bool, typer.Option("--keep-defaults", help="Load --dictionaries on top of ours.")
]


def _options(date_text: str | None, actors: list[Path] | None = None,
             no_default_actors: bool = False, dictionaries: Path | None = None,
             keep_defaults: bool = False) -> Options:
    options = Options(
        date_override=parse_date_option(date_text) if date_text else None,
        actor_files=tuple(actors or ()),
        default_actors=not no_default_actors,
    )
    if dictionaries is None:
        return options
    from eventwire.dictionaries import petrarch_options

    return petrarch_options(dictionaries, keep_defaults=keep_defaults, base=options)


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise InputError("--format", f"unknown format {fmt!r}; choose {', '.join(allowed)}")
    return fmt


def _emit(records: list[dict], fmt: str, title: str = "") -> None:
    if fmt == "jsonl":
        output.write_jsonl(records, sys.stdout)
    elif fmt == "csv":
        output.write_csv(records, sys.stdout)
    else:
        output.print_table(records, Console(), title=title)


def _report_problems(problems: list) -> None:
    for problem in problems:
        err.print(f"eventwire: {problem}", markup=False)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    fmt: Format = "table",
    date_text: DateOpt = None,
    actors: ActorsOpt = None,
    dictionaries: DictOpt = None,
    keep_defaults: KeepOpt = False,
) -> None:
    """Print the events of articles, without storing them.

    Example: eventwire extract story.txt --format jsonl --date 2023-10-11
    """
    from eventwire.ingestion import read_articles
    from eventwire.pipeline import Pipeline

    _check_format(fmt, ("table", "jsonl", "csv"))
    options = _options(date_text, actors, dictionaries=dictionaries,
                       keep_defaults=keep_defaults)
    articles, problems = read_articles(paths, options)
    _report_problems(problems)
    if not articles:
        raise typer.Exit(1)
    pipeline = Pipeline.load(options)
    records = [ev.to_record() for _, events in pipeline.extract_many(articles) for ev in events]
    _emit(records, fmt, title=f"{len(records)} events from {len(articles)} article(s)")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOpt = DEFAULT_DB,
    date_text: DateOpt = None,
    actors: ActorsOpt = None,
    dictionaries: DictOpt = None,
    keep_defaults: KeepOpt = False,
    dask: Annotated[
        str | None,
        typer.Option("--dask", metavar="ADDRESS",
                     help="Run on Dask: local, local:N (N worker processes) or a running"
                          " scheduler's address, e.g. tcp://10.0.0.5:8786."),
    ] = None,
    partition_size: Annotated[
        int, typer.Option("--partition-size", help="Articles per Dask task (with --dask).")
    ] = 64,
) -> None:
    """Extract events and store them in DuckDB; re-running adds nothing.

    Example: eventwire ingest articles/ --db events.duckdb --dask local:4
    """
    from eventwire.ingestion import IngestSummary, ingest_articles, read_articles
    from eventwire.pipeline import Pipeline
    from eventwire.store.database import Store

    address = None
    if dask is not None:
        from eventwire.scale import parse_address

        address = parse_address(dask)  # a bad address fails before any reading
    if partition_size < 1:
        raise InputError("--partition-size", f"must be 1 or more, not {partition_size}")
    options = _options(date_text, actors, dictionaries=dictionaries,
                       keep_defaults=keep_defaults)
    articles, problems = read_articles(paths, options)
    _report_problems(problems)
    # every problem is an input (file, row or entry) that was not stored
    summary = IngestSummary(rejected=len(problems))
    console = Console(stderr=True)
    if articles and address is not None:
        from eventwire.scale import ingest_on_cluster, open_client

        with open_client(address) as client, Progress(
            TextColumn("partitions"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, disable=not console.is_terminal, transient=True,
        ) as progress:
            task = progress.add_task("ingest", total=-(-len(articles) // partition_size))
            on_cluster = ingest_on_cluster(
                articles, db, options, client, partition_size=partition_size,
                on_partition=lambda _p: progress.advance(task),
            )
        _report_problems(on_cluster.failures)  # each failed article, by id
        summary.rejected += on_cluster.rejected
        summary.new, summary.known = on_cluster.new, on_cluster.known
        summary.events = on_cluster.events
        err.print(on_cluster.line(), markup=False, highlight=False)
    elif articles:
        with Store(db) as store:
            pipeline = Pipeline.load(options)
            with Progress(
                TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=console, disable=not console.is_terminal, transient=True,
            ) as progress:
                task = progress.add_task("ingest", total=len(articles))
                done = ingest_articles(
                    articles, store, pipeline, on_article=lambda _a: progress.advance(task)
                )
        summary.new, summary.known, summary.events = done.new, done.known, done.events
    err.print(summary.line(), markup=False, highlight=False)
    if not articles:
        raise typer.Exit(1)


ActorOpt = Annotated[str | None, typer.Option(help="Actor name, id or code, either side.")]
CountryOpt = Annotated[str | None, typer.Option(help="ISO3 country, either side.")]
SourceOpt = Annotated[str | None, typer.Option(help="Source code or ISO3 country.")]
TargetOpt = Annotated[str | None, typer.Option(help="Target code or ISO3 country.")]
DyadOpt = Annotated[
    str | None, typer.Option(help="SOURCE-TARGET parties (code, ISO3 or IGO), e.g. RUS-KGZ.")
]
CodeOpt = Annotated[str | None, typer.Option(help="CAMEO code or prefix (04 = the root).")]
RootOpt = Annotated[str | None, typer.Option(help="CAMEO root, two digits (01-20).")]
QuadOpt = Annotated[int | None, typer.Option(help="QuadClass 1-4.")]
StatusOpt = Annotated[
    list[str] | None,
    typer.Option(help="Statuses to show (repeat); default: asserted, planned, reported."),
]
SinceOpt = Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")]
PlaceOpt = Annotated[str | None, typer.Option(help="Place name words or its ISO3 country.")]
TextOpt = Annotated[str | None, typer.Option(help="Words in the evidence sentence.")]
PerArticleOpt = Annotated[
    bool, typer.Option("--per-article", help="Per-article events instead of merged ones.")
]


def _filter(*, actor: str | None = None, country: str | None = None, source: str | None = None,
            target: str | None = None, dyad: str | None = None, code: str | None = None,
            root: str | None = None, quad: int | None = None,
            status: list[str] | None = None, since: str | None = None,
            until: str | None = None, place: str | None = None, text: str | None = None
            ) -> EventFilter:
    """Command-line filter options, checked, as the library's EventFilter."""
    from eventwire.store.query import parse_dyad

    for s in status or ():
        if s not in STATUSES:
            raise InputError("--status", f"unknown status {s!r}; choose {', '.join(STATUSES)}")
    if root is not None and not (len(root) == 2 and root.isdigit() and "01" <= root <= "20"):
        raise InputError("--root", f"expected a CAMEO root 01-20, got {root!r}")
    if code is not None and not code.isdigit():
        raise InputError("--code", f"expected CAMEO digits such as 042, got {code!r}")
    if quad is not None and quad not in (1, 2, 3, 4):
        raise InputError("--quad", f"QuadClass is 1, 2, 3 or 4, not {quad}")
    if code and root and not code.startswith(root):
        raise InputError("--code", f"code {code} is not in root {root}")
    return EventFilter(
        actor=actor, country=country, source=source, target=target,
        dyad=parse_dyad(dyad) if dyad else None, code=code or root, quad=quad,
        statuses=tuple(status) if status else DEFAULT_STATUSES,
        since=_date_opt("--since", since), until=_date_opt("--until", until),
        place=place, text=text,
    )


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    source: SourceOpt = None,
    target: TargetOpt = None,
    dyad: DyadOpt = None,
    code: CodeOpt = None,
    root: RootOpt = None,
    quad: QuadOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    place: PlaceOpt = None,
    text: TextOpt = None,
    sort: Annotated[
        str, typer.Option(help="date, mentions, sources, articles, goldstein or code;"
                               " prefix - for descending (-mentions).")
    ] = "date",
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    per_article: PerArticleOpt = False,
    fmt: Format = "table",
) -> None:
    """Read events back from the store: merged events (one per fact) by default.

    Example: eventwire events --country KGZ --code 04 --sort -mentions --format jsonl
    """
    from eventwire.store.database import Store
    from eventwire.store.query import sort_clause

    _check_format(fmt, ("table", "jsonl", "csv"))
    if limit is not None and limit < 0:
        raise InputError("--limit", "must be 0 or more")
    flt = _filter(actor=actor, country=country, source=source, target=target, dyad=dyad,
                  code=code, root=root, quad=quad, status=status, since=since, until=until,
                  place=place, text=text)
    order = sort_clause(sort, merged=not per_article)
    where, params = flt.to_sql(merged=not per_article)
    with Store(db, read_only=True) as store:
        read = store.records if per_article else store.facts
        records = list(read(where, params, limit=limit, order=order))
    kind = "per-article events" if per_article else "merged events"
    _emit(records, fmt, title=f"{len(records)} {kind} in {db}")


def _date_opt(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_date_option(value)
    except EventwireError as exc:
        raise InputError(name, exc.problem) from exc


def _emit_rows(rows: list[dict], columns: tuple[str, ...], fmt: str, title: str) -> None:
    if fmt == "jsonl":
        output.write_jsonl(rows, sys.stdout)
    elif fmt == "csv":
        output.write_rows_csv(rows, columns, sys.stdout)
    else:
        output.print_rows(rows, columns, Console(), title=title)


@app.command()
def dyads(
    db: DbOpt = DEFAULT_DB,
    by: Annotated[str, typer.Option(help="Period: all, year, month, week or day.")] = "all",
    min_events: Annotated[int, typer.Option(help="Only dyads with this many events.")] = 1,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    code: CodeOpt = None,
    root: RootOpt = None,
    quad: QuadOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Format = "table",
) -> None:
    """Merged events per dyad (source party, target party) and period, with mean Goldstein.

    Example: eventwire dyads --by month --root 04 --format csv
    """
    from eventwire.store.aggregate import as_records
    from eventwire.store.aggregate import dyads as count_dyads
    from eventwire.store.database import Store

    _check_format(fmt, ("table", "jsonl", "csv"))
    flt = _filter(actor=actor, country=country, code=code, root=root, quad=quad,
                  status=status, since=since, until=until)
    with Store(db, read_only=True) as store:
        rows = as_records(count_dyads(store, flt, by=by, min_events=min_events))
    columns = ("period", "source", "target", "events", "mentions", "articles",
               "mean_goldstein")
    _emit_rows(rows, columns, fmt, f"{len(rows)} dyad rows in {db}")


@app.command()
def timeline(
    db: DbOpt = DEFAULT_DB,
    by: Annotated[str, typer.Option(help="Period: day, week, month or year.")] = "month",
    group: Annotated[str, typer.Option(help="Count per root, quad or plover.")] = "root",
    actor: ActorOpt = None,
    country: CountryOpt = None,
    dyad: DyadOpt = None,
    code: CodeOpt = None,
    root: RootOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Format = "table",
) -> None:
    """Merged events per period and CAMEO root (or QuadClass): a time series.

    Example: eventwire timeline --by week --group quad --country RUS
    """
    from eventwire.store.aggregate import as_records
    from eventwire.store.aggregate import timeline as count_timeline
    from eventwire.store.database import Store

    _check_format(fmt, ("table", "jsonl", "csv"))
    flt = _filter(actor=actor, country=country, dyad=dyad, code=code, root=root,
                  status=status, since=since, until=until)
    with Store(db, read_only=True) as store:
        rows = as_records(count_timeline(store, flt, by=by, group=group))
    columns = ("period", "group", "events", "mentions", "mean_goldstein")
    _emit_rows(rows, columns, fmt, f"merged events per {by} and {group} in {db}")


@app.command()
def travel(
    person: Annotated[str, typer.Argument(help="A person's name or KB id (person:...).")],
    db: DbOpt = DEFAULT_DB,
    org: Annotated[
        str, typer.Option(help="Check hosts' membership of this organisation (ICC, EU, ...).")
    ] = "ICC",
    since: SinceOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv")] = "table",
) -> None:
    """A person's trips (visits, summits, meetings abroad) with host membership and
    warrant flags: was the host a member of --org on that day?

    Example: eventwire travel "Vladimir Putin" --org ICC --since 2023-03-17 --format jsonl
    """
    from eventwire.actors.kb import default_kb
    from eventwire.store.database import Store
    from eventwire.travel.trips import TRIP_FIELDS, trips
    from eventwire.travel.warrants import load_index

    _check_format(fmt, ("table", "jsonl", "csv"))
    kb = default_kb()
    key = kb.org_of(org) or org
    if key not in kb.orgs:
        raise InputError("--org", f"unknown organisation {org!r}; choose {', '.join(kb.orgs)}")
    with Store(db, read_only=True) as store:
        found = trips(store, kb, load_index(kb), person, org=key,
                      since=_date_opt("--since", since))
    rows = [t.to_record() for t in found]
    if fmt == "table":
        name = rows[0]["person"] if rows else person
        output.print_rows([output.trip_cells(r) for r in rows], output.TRIP_TABLE, Console(),
                          title=f"{len(rows)} trips of {name} (host checked against {key})")
    elif fmt == "csv":
        output.write_rows_csv(rows, (*TRIP_FIELDS, "membership", "event_ids"), sys.stdout)
    else:
        output.write_jsonl(rows, sys.stdout)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl, csv, parquet, gdelt or plover")
    ] = "jsonl",
    per_article: PerArticleOpt = False,
) -> None:
    """Export every stored merged event (all statuses) to a file.

    gdelt writes GDELT 2.0 event-table columns, tab separated, with a header row;
    plover writes PLOVER JSON records, one a line.

    Example: eventwire export events.tsv --db events.duckdb --format gdelt
    """
    from eventwire.store.database import Store
    from eventwire.store.export import export as run_export

    with Store(db, read_only=True) as store:
        n = run_export(store, fmt, out, merged=not per_article)
    kind = "per-article events" if per_article else "merged events"
    err.print(f"exported {n} {kind} to {out}", markup=False, highlight=False)


@app.command()
def merge(
    db: DbOpt = DEFAULT_DB,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Recompute every merged event from the"
                                             " per-article events first.")
    ] = False,
) -> None:
    """Show how per-article events were merged into facts; --rebuild recomputes them.

    Example: eventwire merge --db events.duckdb --rebuild
    """
    from eventwire.store.database import Store

    with Store(db, read_only=not rebuild) as store:
        summary = store.rebuild_facts() if rebuild else store.merge_summary()
    err.print(summary.line(), markup=False, highlight=False)


def example_path() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "examples" / "summit-week.txt"))


@app.command()
def demo(
    db: Annotated[Path | None, typer.Option("--db", help="Also store the events here.")] = None,
) -> None:
    """Run the bundled example story end to end and print its events."""
    from eventwire.ingestion import ingest_articles, read_articles
    from eventwire.pipeline import Pipeline
    from eventwire.store.database import Store

    path = example_path()
    err.print(f"example: {path}", markup=False, highlight=False)
    options = Options()
    articles, problems = read_articles([str(path)], options)
    _report_problems(problems)
    pipeline = Pipeline.load(options)
    records = [ev.to_record() for _, evs in pipeline.extract_many(articles) for ev in evs]
    _emit(records, "table", title=f"{len(records)} events from the bundled example")
    if db is not None:
        with Store(db) as store:
            summary = ingest_articles(articles, store, pipeline)
        err.print(summary.line(), markup=False, highlight=False)


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="A name, title or phrase, e.g. 'the Kremlin'.")],
    date_text: Annotated[
        str | None, typer.Option("--date", help="Resolve as of YYYY-MM-DD (default: today).")
    ] = None,
    actors: ActorsOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """Show how a name resolves on a date, and the knowledge behind it.

    Example: eventwire actor "the Russian president" --date 2010-05-01
    """
    from eventwire.actors.explain import explain
    from eventwire.actors.kb import load_kb
    from eventwire.nlp.pipeline import load_nlp

    _check_format(fmt, ("text", "json"))
    on = parse_date_option(date_text) if date_text else date.today()
    kb = load_kb(tuple(actors or ()))
    found = explain(name, on, load_nlp(kb), kb)
    if fmt == "json":
        import json

        print(json.dumps(found.to_record(), ensure_ascii=False))
        return
    who = found.actor
    if who is None:
        print(f"{name!r} on {on}: not an actor eventwire can resolve")
    else:
        desc = ", ".join(x for x in (who.kind, who.role, who.country) if x)
        print(f"{name!r} on {on}: {who.name or who.text} -> {who.code or '(no code)'} "
              f"({desc}) [rule {found.rule}]")
    for fact in found.facts:
        print(f"  - {fact}")


@app.command(name="eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files.")],
    actors: ActorsOpt = None,
    no_default_actors: Annotated[
        bool, typer.Option("--no-default-actors", help="Use only the --actors dictionaries.")
    ] = False,
    dictionaries: Annotated[
        Path | None, typer.Option(help="A folder of PETRARCH-format dictionaries.")
    ] = None,
    fmt: ReportFormatOpt = "text",
    worst: Annotated[int, typer.Option(help="How many worst records to show.")] = 10,
) -> None:
    """Score the pipeline against gold records.

    Example: eventwire eval eval/gold/dev_a.jsonl eval/gold/dev_b.jsonl
    """
    from eventwire.evaluate.command import run_evaluation

    _check_format(fmt, ("text", "json", "markdown"))
    report = run_evaluation(
        gold, actor_files=tuple(actors or ()), default_actors=not no_default_actors,
        dictionaries=dictionaries, worst=worst,
    )
    _print_report(report, fmt)


def _print_report(report: EvalReport, fmt: str) -> None:
    if fmt == "json":
        import json

        print(json.dumps(report.to_dict(), indent=2))
    elif fmt == "markdown":
        print(report.to_markdown())
    else:
        print(report.to_text())


@app.command()
def agreement(
    reference: Annotated[Path, typer.Argument(help="Gold JSONL file of the first coder.")],
    other: Annotated[Path, typer.Argument(help="The same records annotated by a second coder.")],
    optional: Annotated[
        bool, typer.Option("--optional", help="Count the second coder's optional events too.")
    ] = False,
    fmt: ReportFormatOpt = "text",
    worst: Annotated[int, typer.Option(help="How many records of most disagreement to show.")] = 10,
) -> None:
    """Score a second coder's annotation against the first's, as eval scores the pipeline.

    Example: eventwire agreement eval/gold/dev_k.jsonl eval/agreement/dev_k.jsonl
    """
    from eventwire.evaluate.agreement import score_agreement

    _check_format(fmt, ("text", "json", "markdown"))
    for path in (reference, other):
        if not path.is_file():
            raise InputError(str(path), "no such gold file")
    _print_report(score_agreement(reference, other, optional=optional, worst=worst), fmt)


@app.command(name="eval-actors")
def evaluate_actors(
    gold: Annotated[list[Path], typer.Argument(help="Actor gold JSONL files.")],
    actors: ActorsOpt = None,
) -> None:
    """Score actor resolution against annotated mentions (code, country, person).

    Example: eventwire eval-actors eval/actors/mentions.jsonl
    """
    from eventwire.evaluate.actors import format_report, run_actor_eval
    from eventwire.pipeline import Pipeline

    for path in gold:
        if not path.is_file():
            raise InputError(str(path), "no such gold file")
    report = run_actor_eval(gold, Pipeline.load(_options(None, actors)))
    print(format_report(report))


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Open the store for writing and accept"
                                                  " POST /api/articles.")
    ] = False,
    max_body: Annotated[
        int, typer.Option(help="Largest request body accepted, in bytes.")
    ] = 1_000_000,
) -> None:
    """Serve the web view and JSON API over the store (read-only unless --allow-ingest).

    Pages: /events /timeline /map /network /articles /actors /travel; each has a
    JSON twin under /api; the API reference is at /docs.

    Example: eventwire serve --db events.duckdb --port 8000
    """
    from eventwire.web import create_app
    from eventwire.web.server import is_loopback, run

    if not 1 <= port <= 65535:
        raise InputError("--port", f"expected 1-65535, got {port}")
    if max_body < 1:
        raise InputError("--max-body", "must be 1 or more")
    web = create_app(db, allow_ingest=allow_ingest, max_body=max_body)
    mode = "read-write, POST /api/articles on" if allow_ingest else "read-only"
    err.print(f"eventwire: serving {db} ({mode}) on http://{host}:{port}/", markup=False,
              highlight=False)
    if not is_loopback(host):
        err.print(f"eventwire: warning: {host} is reachable from other machines; the API has"
                  " no authentication", markup=False, highlight=False)
    run(web, host=host, port=port)


def main() -> None:
    try:
        result = app(standalone_mode=False)
        sys.exit(result if isinstance(result, int) else 0)
    except EventwireError as exc:
        err.print(f"eventwire: {exc}", markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("eventwire: interrupted; every article stored before it is kept",
                  markup=False, highlight=False)
        sys.exit(130)
    except Exception as exc:  # click usage errors come through here in standalone_mode=False
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise


if __name__ == "__main__":
    main()
