"""Raise the quality-gate floor in eval/floor.json after a real improvement.

Usage: python tools/update_floor.py   (runs the pipeline on the development gold)
Refuses to lower the floor on the same gold files; a new set of files starts a new floor.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import DataFileError
from eventwire.evaluate.command import run_evaluation
from eventwire.evaluate.gate import raise_floor, read_floor, write_floor

REPO = Path(__file__).resolve().parents[1]
FLOOR = REPO / "eval" / "floor.json"
# Every development file tuned on (the newest, dev_k, is kept untuned for one stop).
DEV_GOLD = ("eval/gold/dev_a.jsonl", "eval/gold/dev_b.jsonl", "eval/gold/dev_c.jsonl",
            "eval/gold/dev_d.jsonl", "eval/gold/dev_e.jsonl", "eval/gold/dev_f.jsonl",
            "eval/gold/dev_g.jsonl", "eval/gold/dev_h.jsonl", "eval/gold/dev_i.jsonl",
            "eval/gold/dev_j.jsonl")


def main() -> None:
    report = run_evaluation([REPO / g for g in DEV_GOLD])
    old = read_floor(FLOOR) if FLOOR.exists() else None
    try:
        new = raise_floor(report.totals, report.scores, old, DEV_GOLD)
    except DataFileError as exc:
        raise SystemExit(f"update_floor: {exc}") from None
    write_floor(FLOOR, new)
    print(f"floor: code F1 {new.f1:.4f}, root F1 {new.root_f1:.4f} -> {FLOOR}")


if __name__ == "__main__":
    main()
