"""Check the curated office terms: overlaps, gaps and agreement with PETRARCH.

Run: python tools/check_kb.py. Prints one line per finding and a summary; the
numbers go into the issue notes. Why a tool and not a test: gaps are often
real (caretakers we chose to skip), so they are for a person to read; the hard
rule (no overlapping terms of one office) is in tests/test_actors_kb.py.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

KB = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "kb"
GAP_DAYS = 45


def day(text: str, end: bool = False) -> date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1)
    return date(parts[0], 12 if end else 1, 31 if end else 1)


def terms() -> list[dict[str, str]]:
    with (KB / "leaders.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def overlaps_and_gaps(rows: list[dict[str, str]]) -> tuple[list[str], list[str]]:
    by_office: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        if r["role"] == "spokesperson":
            continue  # a ministry has several spokespeople at once
        title = r["title"] if r["role"] == "head_of_organization" else ""
        by_office[(r["iso3"], r["role"], title.lower())].append(r)
    overlaps, gaps = [], []
    for office, items in sorted(by_office.items()):
        # acting terms overlap on purpose; year-only dates cannot be compared
        items = sorted((r for r in items if "acting" not in r["title"].lower()),
                       key=lambda r: day(r["start"]) or date.min)
        for a, b in zip(items, items[1:], strict=False):
            a_end, b_start = day(a["end"], end=True), day(b["start"])
            if len(a["end"]) < 10 and a["end"] or len(b["start"]) < 10:
                continue
            if a_end is None or b_start is None:
                if a_end is None:
                    overlaps.append(f"{office}: {a['person']} has no end but {b['person']} "
                                    f"starts {b['start']}")
                continue
            if a_end - b_start > timedelta(days=1):
                overlaps.append(f"{office}: {a['person']} to {a['end']} overlaps "
                                f"{b['person']} from {b['start']}")
            if b_start - a_end > timedelta(days=GAP_DAYS):
                gaps.append(f"{office}: {(b_start - a_end).days} days between {a['person']} "
                            f"and {b['person']}")
    return overlaps, gaps


def petrarch_agreement(rows: list[dict[str, str]]) -> tuple[int, int, list[str]]:
    """For terms in PETRARCH's years (to 2014), does PETRARCH code the same person
    as the same country's government at the middle of the term?"""
    with (KB / "petrarch_persons.csv").open(encoding="utf-8") as fh:
        petrarch = list(csv.DictReader(fh))
    by_name: dict[str, list[dict[str, str]]] = defaultdict(list)
    for p in petrarch:
        for n in (p["name"], *p["aliases"].split("|")):
            if n:
                by_name[n.lower()].append(p)
    agree = compared = 0
    disagree = []
    for r in rows:
        start, end = day(r["start"]), day(r["end"], end=True) or date(2026, 11, 29)
        if r["role"] == "head_of_organization" or start is None or start.year >= 2013:
            continue
        found = by_name.get(r["person"].lower())
        if not found:
            continue
        middle = start + (min(end, date(2014, 1, 1)) - start) / 2
        compared += 1
        codes = {p["code"] for p in found
                 if (day(p["start"]) or date.min) <= middle < (day(p["end"], True) or date.max)}
        if f"{r['iso3']}GOV" in codes:
            agree += 1
        else:
            disagree.append(f"{r['person']} ({r['iso3']} {r['role']} {r['start']}..{r['end']}): "
                            f"PETRARCH has {sorted(codes) or 'no code'} on {middle}")
    return agree, compared, disagree


def main() -> None:
    rows = terms()
    overlaps, gaps = overlaps_and_gaps(rows)
    agree, compared, disagree = petrarch_agreement(rows)
    for line in overlaps:
        print("OVERLAP", line)
    for line in gaps:
        print("GAP", line)
    for line in disagree:
        print("PETRARCH", line)
    checked = sum(r["source"].startswith("checked") for r in rows)
    print(f"{len(rows)} terms, {checked} checked against a source page, "
          f"{len(overlaps)} overlaps, {len(gaps)} gaps over {GAP_DAYS} days; "
          f"PETRARCH agrees on {agree} of {compared} terms it also covers")


if __name__ == "__main__":
    main()
