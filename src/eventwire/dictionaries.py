"""Run eventwire with a folder of PETRARCH dictionaries (``--dictionaries DIR``).

Why: projects with their own CAMEO dictionaries (and the PETRARCH validation
suites, whose fictional actors such as Arnor ``ARN`` and Gondor ``GON`` only
exist in their own files) should switch to eventwire without rewriting them.
Nothing is converted on disk: the actor and agent files are read by the
knowledge base as they are (see actors/kb.py); the verb and discard files
(``Options.verb_dictionaries``, ``Options.discard_files``) are read when the
pipeline loads and matched as PETRARCH word sequences (events/petrarch_match.py).

Not supported from that format: issue dictionaries (ignored), verb
transformations (``~`` lines), PETRARCH's comma and ``new_actor_length``
options (see the README, "Using your own dictionaries").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from eventwire.errors import DataFileError
from eventwire.options import Options

KINDS = ("verbs", "actors", "agents", "discards")


# A verb dictionary's block header: "--- ABANDON  [345]  ---".
VERB_BLOCK = re.compile(r"^---\s+\S[^\n]*\[[^\]\n]*\]\s*---", re.MULTILINE)


def find_dictionaries(folder: Path) -> dict[str, list[Path]]:
    """The folder's files by kind, found by the word in their name
    ("PETR.Validate.verbs.txt", "PETR_Validate_actors_2_02.txt"), or, for a
    ``.txt`` whose name says no kind, by its content: PETRARCH2's own verb
    dictionary is called "CAMEO.2.0.txt"."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataFileError(str(folder), "is not a folder of PETRARCH dictionaries")
    found: dict[str, list[Path]] = {k: [] for k in KINDS}
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        low = path.name.lower()
        kinds = [kind for kind in KINDS if kind in low]
        if not kinds and low.endswith(".txt") and _is_verb_dictionary(path):
            kinds = ["verbs"]
        for kind in kinds:
            found[kind].append(path)
    if not found["verbs"] and not found["actors"]:
        raise DataFileError(str(folder), "has no *verbs* or *actors* dictionary file")
    return found


def petrarch_options(folder: Path, *, actor_files: Sequence[Path] = (),
                     keep_defaults: bool = False, base: Options | None = None) -> Options:
    """Options that run the pipeline on ``folder``'s dictionaries.

    By default they replace the shipped actors and patterns, as a PETRARCH user
    expects; ``keep_defaults`` loads them on top of ours instead. The user's own
    ``actor_files`` are read after the folder's, so they win.
    """
    found = find_dictionaries(Path(folder))
    base = base or Options()
    kept = base.actor_files if keep_defaults else ()
    return Options(
        date_override=base.date_override,
        actor_files=(*kept, *found["actors"], *found["agents"], *(Path(p) for p in actor_files)),
        default_actors=keep_defaults,
        pattern_files=base.pattern_files if keep_defaults else (),
        default_patterns=keep_defaults,
        verb_dictionaries=tuple(found["verbs"]),
        discard_files=tuple(found["discards"]),
        batch_size=base.batch_size,
        max_bytes=base.max_bytes,
        extras={**base.extras, "dictionary_folder": str(folder)},
    )


def _is_verb_dictionary(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot be read: {exc.strerror}") from exc
    return VERB_BLOCK.search(text) is not None
