"""Shared fixtures: paths to the user's story (read from ../shared, never copied),
and one loaded pipeline, knowledge base and spaCy model per test session, since
loading them is the slow part."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
STORY = SHARED / "examples" / "kyrgyzstan-visit.txt"


@pytest.fixture(scope="session")
def story_path() -> Path:
    if not STORY.exists():
        pytest.skip(f"the user's story is not at {STORY}")
    return STORY


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def kb():
    from eventwire.actors.kb import default_kb

    return default_kb()


@pytest.fixture(scope="session")
def nlp(kb):
    from eventwire.nlp.pipeline import load_nlp

    return load_nlp(kb)
