"""Run a predictor over gold files and build the report.

The predictor is passed in (the lead passes the real pipeline) so this module
needs no NLP model and tests can score hand-written predictions. Errors raised
by the predictor are not caught: an evaluation that silently skipped crashing
records would report a better score than the pipeline deserves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from eventwire.evaluate import metrics
from eventwire.evaluate.gold import GoldFile, GoldRecord, read_gold_file
from eventwire.evaluate.metrics import RecordScore, summarize
from eventwire.evaluate.report import EvalReport, FileSummary
from eventwire.evaluate.scorer import predictions_from_events, score_record
from eventwire.model import Event

Predictor = Callable[[GoldRecord], Sequence[Event]]


def run_eval(paths: Sequence[Path], predict: Predictor, *, worst: int = 10) -> EvalReport:
    """Score ``predict`` on every record of ``paths`` (read in the order given);
    the report lists the ``worst`` records with most errors."""
    files: list[FileSummary] = []
    scores: list[RecordScore] = []
    for path in paths:
        gold = read_gold_file(path)
        file_scores = [score_record(record, predictions_from_events(predict(record),
                                                                    record.shape))
                       for record in gold.records]
        files.append(file_summary(path, gold, file_scores))
        scores.extend(file_scores)
    return build_report(files, scores, worst)


def file_summary(path: Path | str, gold: GoldFile, scores: Sequence[RecordScore]
                 ) -> FileSummary:
    """What one gold file contributed, from the scores of its records."""
    shapes = Counter(str(record.shape) for record in gold.records)
    return FileSummary(path=str(path), records=len(gold.records), skipped=gold.skipped,
                       shapes=dict(shapes), totals=summarize(scores))


def build_report(files: Sequence[FileSummary], scores: Sequence[RecordScore],
                 worst: int) -> EvalReport:
    """The report over every file, with the ``worst`` records by FP + FN."""
    return EvalReport(files=tuple(files), totals=summarize(scores), scores=tuple(scores),
                      worst_records=tuple(metrics.worst(scores, worst)))
