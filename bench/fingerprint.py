"""A hash of eventwire's source and data files, shared by the benchmark scripts.

The stages of a benchmark run one after another; if someone edits the package in
between, their events and speeds are not comparable, and the report says so.
Use from a benchmark script in this folder with ``from fingerprint import
source_fingerprint``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire"


def source_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
