"""Every CAMEO code must be reachable by some shipped pattern (DESIGN: all codes reachable)."""

from __future__ import annotations

from eventwire.events.cameo import load_codebook
from eventwire.events.patterns import default_pattern_paths, load_patterns


def test_every_code_is_reachable_by_the_default_patterns() -> None:
    book = load_codebook()
    reached = load_patterns().codes()
    missing = [c.code for c in book if c.level > 0 and c.code not in reached]
    assert missing == [], f"no pattern codes {missing}"
    # A root (two digits) is reached through its own code or any code below it.
    roots = [c.code for c in book if c.level == 0]
    assert all(any(code.startswith(root) for code in reached) for root in roots)
    assert len(roots) == 20


def test_every_reached_code_is_in_the_codebook() -> None:
    book = load_codebook()
    assert all(code in book for code in load_patterns().codes())


def test_shipped_files_are_the_expected_ones() -> None:
    names = {f.name for f in default_pattern_paths()}
    assert {"petrarch_verbs.jsonl", "coverage.jsonl"} <= names
    assert all(name.endswith(".jsonl") for name in names)
