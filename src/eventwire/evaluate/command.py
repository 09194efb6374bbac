"""``eventwire eval``: the real pipeline as the predictor of the scorer.

Kept apart from the scorer so the scorer never imports spaCy and its tests run
on hand-written predictions; this module is the only bridge between the two.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.report import EvalReport
from eventwire.evaluate.runner import run_eval
from eventwire.model import Article, Event
from eventwire.options import Options


def run_evaluation(
    gold: Sequence[Path],
    *,
    actor_files: tuple[Path, ...] = (),
    default_actors: bool = True,
    dictionaries: Path | None = None,
    worst: int = 10,
    pipeline: object | None = None,
) -> EvalReport:
    """Score the pipeline on gold files; pass ``pipeline`` to reuse a loaded one."""
    from eventwire.pipeline import Pipeline

    for path in gold:
        if not Path(path).is_file():
            raise InputError(str(path), "no such gold file")
    if dictionaries is not None:
        from eventwire.dictionaries import petrarch_options

        options = petrarch_options(dictionaries, actor_files=actor_files)
    else:
        options = Options(actor_files=actor_files, default_actors=default_actors)
    loaded = pipeline if isinstance(pipeline, Pipeline) else Pipeline.load(options)

    def predict(record: GoldRecord) -> list[Event]:
        article = Article(id=Article.make_id(record.text), text=record.text,
                          published=record.date, ref=record.id, origin=record.origin)
        return loaded.extract(article)

    return run_eval(list(gold), predict, worst=worst)
