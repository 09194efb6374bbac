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
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire import output
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import parse_date_option
from eventwire.model import STATUSES
from eventwire.options import Options
from eventwire.store.query import DEFAULT_STATUSES, EventFilter

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
) -> None:
    """Extract events and store them in DuckDB; re-running adds nothing.

    Example: eventwire ingest articles/ --db events.duckdb
    """
    from eventwire.ingestion import IngestSummary, ingest_articles, read_articles
    from eventwire.pipeline import Pipeline
    from eventwire.store.database import Store

    options = _options(date_text, actors, dictionaries=dictionaries,
                       keep_defaults=keep_defaults)
    articles, problems = read_articles(paths, options)
    _report_problems(problems)
    # every problem is an input (file, row or entry) that was not stored
    summary = IngestSummary(rejected=len(problems))
    if articles:
        with Store(db) as store:
            pipeline = Pipeline.load(options)
            console = Console(stderr=True)
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


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor name, id or code.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country, either side.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix.")] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(help="Statuses to show (repeat); default: happened or planned."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Format = "table",
) -> None:
    """Read events back from the store.

    Example: eventwire events --country KGZ --code 04 --format jsonl
    """
    from eventwire.store.database import Store

    _check_format(fmt, ("table", "jsonl", "csv"))
    for s in status or ():
        if s not in STATUSES:
            raise InputError("--status", f"unknown status {s!r}; choose {', '.join(STATUSES)}")
    flt = EventFilter(
        actor=actor, country=country, code=code,
        statuses=tuple(status) if status else DEFAULT_STATUSES,
        since=_date_opt("--since", since), until=_date_opt("--until", until), text=text,
    )
    where, params = flt.to_sql()
    with Store(db, read_only=True) as store:
        records = list(store.records(where, params, limit=limit))
    _emit(records, fmt, title=f"{len(records)} events in {db}")


def _date_opt(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_date_option(value)
    except EventwireError as exc:
        raise InputError(name, exc.problem) from exc


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet")] = "jsonl",
) -> None:
    """Export every stored event (all statuses) to a file.

    Example: eventwire export events.parquet --db events.duckdb --format parquet
    """
    from eventwire.store.database import Store
    from eventwire.store.export import export as run_export

    with Store(db, read_only=True) as store:
        n = run_export(store, fmt, out)
    err.print(f"exported {n} events to {out}", markup=False, highlight=False)


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
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json or markdown")] = "text",
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
    if fmt == "json":
        import json

        print(json.dumps(report.to_dict(), indent=2))
    elif fmt == "markdown":
        print(report.to_markdown())
    else:
        print(report.to_text())


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
