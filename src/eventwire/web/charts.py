"""Geometry and colours of the timeline chart, as plain values the templates draw.

Why in Python: the chart is computed where the data is, so the page works without
JavaScript, every bar is a link (``<a>`` in SVG) to the events it counts, and the
geometry is unit-tested. A bar's link asks the events page for the same
filter plus the bar's period as ``since``/``until`` and its group as ``root`` or
``quad``: the rows behind the bar.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventwire.store.aggregate import TimelineRow

QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation",
              "3": "verbal conflict", "4": "material conflict"}
QUAD_COLOURS = {"1": "#4c9be8", "2": "#1b6bb8", "3": "#f0a04b", "4": "#c8412c"}
# 20 distinguishable colours for CAMEO roots 01-20 (cooperative roots blue-green,
# conflictual ones warm, in the codebook's order)
ROOT_COLOURS = ("#8ecae6", "#5fa8d3", "#3c8dbc", "#2a6f97", "#1d5d7a", "#4daf7c",
                "#2e8b57", "#6a994e", "#a7c957", "#b5a642", "#e9c46a", "#f4a261",
                "#e76f51", "#d1495b", "#b23a48", "#9c2c3f", "#7b2d26", "#5e1f1b",
                "#3d1414", "#6d597a")
OTHER_COLOUR = "#999999"

WIDTH, HEIGHT = 900, 320
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 58


def group_colour(group: str, by: str) -> str:
    if by == "quad":
        return QUAD_COLOURS.get(group, OTHER_COLOUR)
    if by == "root" and group.isdigit() and 1 <= int(group) <= 20:
        return ROOT_COLOURS[int(group) - 1]
    return OTHER_COLOUR


def goldstein_colour(score: float | None) -> str:
    """Red for conflict (-10), grey for neutral, green for cooperation (+10)."""
    if score is None:
        return OTHER_COLOUR
    t = max(-1.0, min(1.0, score / 10.0))
    grey = (150, 150, 150)
    end = (46, 139, 87) if t >= 0 else (200, 50, 40)
    mix = [round(g + (e - g) * abs(t)) for g, e in zip(grey, end, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def period_range(period: str, by: str) -> tuple[date, date]:
    """First and last day of a period label as ``aggregate.timeline`` writes it."""
    if by == "day":
        day = date.fromisoformat(period)
        return day, day
    if by == "week":  # the label is the Monday
        monday = date.fromisoformat(period)
        return monday, monday + timedelta(days=6)
    if by == "month":
        year, month = (int(x) for x in period.split("-"))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    year = int(period)
    return date(year, 1, 1), date(year, 12, 31)


@dataclass(frozen=True, slots=True)
class BarPart:
    """One stacked segment of one period's bar."""

    period: str
    group: str
    events: int
    x: float
    y: float
    width: float
    height: float
    colour: str
    since: str
    until: str

    def to_record(self) -> dict[str, Any]:
        return {"period": self.period, "group": self.group, "events": self.events,
                "since": self.since, "until": self.until}


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    width: int
    height: int
    parts: tuple[BarPart, ...]
    x_labels: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    groups: tuple[tuple[str, str, str], ...]  # (group, label, colour) for the legend
    baseline: float


def group_label(group: str, by: str, root_names: dict[str, str]) -> str:
    if by == "quad":
        return f"{group} {QUAD_NAMES.get(group, '')}".strip()
    if by == "root":
        return f"{group} {root_names.get(group, '')}".strip()
    return group


def timeline_chart(rows: Sequence[TimelineRow], by: str, group: str,
                   root_names: dict[str, str]) -> TimelineChart:
    """Stacked bars, one per period (in order), segments in group order."""
    periods = sorted({r.period for r in rows})
    totals = {p: sum(r.events for r in rows if r.period == p) for p in periods}
    peak = max(totals.values(), default=0) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(periods), 1)
    bar_w = max(2.0, min(60.0, slot * 0.8))
    parts: list[BarPart] = []
    labels: list[Tick] = []
    every = max(1, len(periods) // 12)  # at most about a dozen x labels
    for i, period in enumerate(periods):
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = float(TOP + plot_h)
        first, last = period_range(period, by)
        for r in sorted((r for r in rows if r.period == period), key=lambda r: r.group):
            h = plot_h * r.events / peak
            y -= h
            parts.append(BarPart(period, r.group, r.events, round(x, 1), round(y, 1),
                                 round(bar_w, 1), round(h, 1), group_colour(r.group, group),
                                 first.isoformat(), last.isoformat()))
        if i % every == 0:
            labels.append(Tick(round(x + bar_w / 2, 1), TOP + plot_h + 16, period))
    step = _nice_step(peak)
    ticks = tuple(Tick(LEFT - 6, round(TOP + plot_h - plot_h * v / peak, 1), str(v))
                  for v in range(0, peak + 1, step))
    groups = tuple((g, group_label(g, group, root_names), group_colour(g, group))
                   for g in sorted({r.group for r in rows}))
    return TimelineChart(WIDTH, HEIGHT, tuple(parts), tuple(labels), ticks, groups,
                         float(TOP + plot_h))


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if peak / step <= 6:
            return step
    return max(1, peak // 5)
