"""Rebuild ``data/patterns/petrarch_verbs.jsonl`` from PETRARCH's CAMEO verb dictionary.

Run from the repository root:

    PYTHONPATH=src .venv/bin/python tools/build_patterns.py \\
        [--dictionary ../shared/data/petrarch2/CAMEO.2.0.txt] [--out PATH]

The output is data, committed with the package; this tool only needs rerunning
when the converter or the dictionary changes. It prints what it skipped and why.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventwire.events.cameo import load_codebook
from eventwire.events.patterns import pattern_to_dict, read_pattern_file
from eventwire.events.petrarch import convert_verb_file

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DICT = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_OUT = ROOT / "src" / "eventwire" / "data" / "patterns" / "petrarch_verbs.jsonl"


def build(dictionary: Path, out: Path) -> int:
    codebook = load_codebook()
    conversion = convert_verb_file(dictionary, codebook)
    with out.open("w", encoding="utf-8") as fh:
        for pattern in conversion.patterns:
            row = pattern_to_dict(pattern, compact=True)
            fh.write(json.dumps(row, separators=(",", ":"), ensure_ascii=False) + "\n")
    # Read it back through the schema check: the file we ship must load.
    count = len(read_pattern_file(out, codebook))
    for skip in conversion.skipped:
        print(f"skipped {dictionary.name}:{skip.line}: {skip.reason}: {skip.text}")
    print(f"wrote {count} patterns to {out}")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=DEFAULT_DICT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    build(args.dictionary, args.out)


if __name__ == "__main__":
    main()
