"""Evaluation: read gold files, score predicted events, report.

``gold`` reads the two gold shapes, ``scorer`` holds the scoring rules (pure),
``matching`` the one-to-one matching, ``metrics`` the sums, ``report`` the
renderings and ``runner`` ties them to a predictor.
"""

from eventwire.evaluate.gold import GoldEvent, GoldFile, GoldRecord, read_gold, read_gold_file
from eventwire.evaluate.metrics import Counts, RecordScore, Totals, summarize, worst
from eventwire.evaluate.report import EvalReport, FileSummary
from eventwire.evaluate.runner import run_eval
from eventwire.evaluate.scorer import (
    Prediction,
    predicted_interval,
    predictions_from_events,
    score_record,
)

__all__ = [
    "Counts", "EvalReport", "FileSummary", "GoldEvent", "GoldFile", "GoldRecord", "Prediction",
    "RecordScore", "Totals", "predicted_interval", "predictions_from_events", "read_gold",
    "read_gold_file", "run_eval", "score_record", "summarize", "worst",
]
