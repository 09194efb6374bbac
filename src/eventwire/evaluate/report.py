"""The evaluation report and its three renderings (JSON dict, text, Markdown).

Rendering is kept apart from scoring so the CLI's ``--format`` only chooses a
method; the numbers are the same in every format. Text output is plain (no
rich markup) so it can go to a log file or a CI job summary unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluate.metrics import LEVELS, Counts, RecordScore, Totals, worst

_LEVEL_HEADERS = ("level", "tp", "fp", "fn", "neutral", "precision", "recall", "f1")
_EXCERPT = 240


@dataclass(frozen=True, slots=True)
class FileSummary:
    """What one gold file contributed: its records, skipped lines and scores."""

    path: str
    records: int
    skipped: int
    shapes: dict[str, int] = field(default_factory=dict)
    totals: Totals = Totals()

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "records": self.records, "skipped": self.skipped,
                "shapes": dict(self.shapes), "totals": self.totals.to_dict()}


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores over all gold files, per file, and the records most worth reading."""

    files: tuple[FileSummary, ...]
    totals: Totals
    scores: tuple[RecordScore, ...] = ()
    worst_records: tuple[RecordScore, ...] = ()

    @property
    def skipped(self) -> int:
        return sum(f.skipped for f in self.files)

    def worst(self, n: int) -> list[RecordScore]:
        """Records ranked by FP + FN (code level), worst first."""
        return worst(self.scores, n)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": [f.to_dict() for f in self.files],
            "skipped": self.skipped,
            "totals": self.totals.to_dict(),
            "worst": [s.to_dict() for s in self.worst_records],
        }

    def to_text(self) -> str:
        out = [self._headline(), ""]
        out += _text_table(_LEVEL_HEADERS, _level_rows(self.totals))
        out += [""] + [f"{k}: {v}" for k, v in _extras(self.totals)]
        out += [""] + _text_table(("file", "records", "skipped", "p", "r", "f1"),
                                  _file_rows(self.files))
        if self.totals.roots:
            out += [""] + _text_table(("root", "tp", "fp", "fn", "precision", "recall", "f1"),
                                      _root_rows(self.totals.roots))
        if self.worst_records:
            out += ["", f"worst {len(self.worst_records)} records (by FP + FN):"]
            for rank, score in enumerate(self.worst_records, start=1):
                out += _text_record(rank, score)
        return "\n".join(out) + "\n"

    def to_markdown(self) -> str:
        out = ["# eventwire evaluation", "", self._headline(), ""]
        out += _md_table(_LEVEL_HEADERS, _level_rows(self.totals))
        out += [""] + [f"- {k}: {v}" for k, v in _extras(self.totals)]
        out += ["", "## Files", ""] + _md_table(("file", "records", "skipped", "p", "r", "f1"),
                                                _file_rows(self.files))
        if self.totals.roots:
            out += ["", "## By CAMEO root (code level)", ""]
            out += _md_table(("root", "tp", "fp", "fn", "precision", "recall", "f1"),
                             _root_rows(self.totals.roots))
        if self.worst_records:
            out += ["", "## Worst records (by FP + FN)"]
            for rank, score in enumerate(self.worst_records, start=1):
                out += _md_record(rank, score)
        return "\n".join(out) + "\n"

    def _headline(self) -> str:
        return (f"{self.totals.records} records from {len(self.files)} file(s), "
                f"{self.skipped} non-event lines skipped")


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}" + ("" if whole == 0 else f" ({100 * part / whole:.1f}%)")


def _prf(counts: Counts) -> list[str]:
    return [_num(counts.precision), _num(counts.recall), _num(counts.f1)]


def _level_rows(totals: Totals) -> list[list[str]]:
    rows = []
    for name in LEVELS:
        c = totals.level(name)
        rows.append([name, str(c.tp), str(c.fp), str(c.fn), str(c.neutral), *_prf(c)])
    return rows


def _extras(t: Totals) -> list[tuple[str, str]]:
    return [
        ("records fully right (no FP, no FN)", _share(t.fully_right, t.records)),
        ("records where nothing was coded", _share(t.nothing_coded, t.records)),
        ("date accuracy (matched dated core events)", _share(t.date_ok, t.date_checked)),
        ("status accuracy (gold with status)", _share(t.status_ok, t.status_checked)),
        ("negated/hypothetical gold coded as happened", str(t.negated_hits)),
        ("predictions ignored (negated/hypothetical)", str(t.ignored)),
    ]


def _file_rows(files: Sequence[FileSummary]) -> list[list[str]]:
    return [[f.path, str(f.records), str(f.skipped), *_prf(f.totals.code)] for f in files]


def _root_rows(roots: dict[str, Counts]) -> list[list[str]]:
    return [[root, str(c.tp), str(c.fp), str(c.fn), *_prf(c)]
            for root, c in sorted(roots.items())]


def _text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Left-align the first column, right-align the numbers."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows,
                                                                       strict=False)]

    def line(cells: Sequence[str]) -> str:
        parts = [cells[0].ljust(widths[0])]
        parts += [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join(parts).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    align = ["---"] + ["---:"] * (len(headers) - 1)
    return ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |",
            *("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)]


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[:_EXCERPT - 3] + "..."


def _text_record(rank: int, score: RecordScore) -> list[str]:
    out = [f"[{rank}] {score.record_id} ({score.origin}) fp={score.code.fp} "
           f"fn={score.code.fn} tp={score.code.tp}",
           f"    text: {_excerpt(score.text)}", "    expected:"]
    out += [f"      {line.outcome:<15} {line.event}" for line in score.expected] or ["      -"]
    out.append("    found:")
    out += [f"      {line.outcome:<15} {line.event}" for line in score.found] or ["      -"]
    return out


def _md_record(rank: int, score: RecordScore) -> list[str]:
    out = ["", f"### {rank}. `{score.record_id}` ({score.origin}): fp={score.code.fp}, "
               f"fn={score.code.fn}, tp={score.code.tp}", "", f"> {_excerpt(score.text)}", "",
           "Expected:", ""]
    out += [f"- **{line.outcome}** `{line.event}`" for line in score.expected] or ["- (none)"]
    out += ["", "Found:", ""]
    out += [f"- **{line.outcome}** `{line.event}`" for line in score.found] or ["- (none)"]
    return out
